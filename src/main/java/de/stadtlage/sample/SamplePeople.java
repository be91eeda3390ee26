package de.stadtlage.sample;

import de.stadtlage.access.Organisation;
import de.stadtlage.access.Person;
import de.stadtlage.access.PersonRepository;
import de.stadtlage.access.Role;
import de.stadtlage.boards.Subgroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The staff of the sample: fictitious names in the roles the real staff has. */
final class SamplePeople {

    private SamplePeople() {
    }

    /** Inserts the people; returns them by display name. */
    static Map<String, Person> insert(DSLContext tx, Map<String, Subgroup> subgroups) {
        List<Person> people = List.of(
                Person.of("Martina Krüger", Organisation.STADT, "Büro des Oberbürgermeisters", Role.VORSITZ, null),
                Person.of("Jens Hoffmann", Organisation.POLIZEI, "Polizeipräsidium Dortmund, Leitungsstab", Role.VORSITZ, null),
                Person.of("Sabine Yilmaz", Organisation.STADT, "Ordnungsamt, Geschäftsstelle Sonderstab", Role.PROTOKOLL, null),
                Person.of("Peter Schulte", Organisation.STADT, "Stadtplanungs- und Bauordnungsamt", Role.UNTERGRUPPENLEITUNG,
                        subgroups.get("SV").id()),
                Person.of("Leonie Wagner", Organisation.STADT, "Sozialamt, Wohnungslosenhilfe", Role.UNTERGRUPPENLEITUNG,
                        subgroups.get("CR").id()),
                Person.of("Kai Brandt", Organisation.POLIZEI, "Polizeiinspektion Mitte", Role.UNTERGRUPPENLEITUNG,
                        subgroups.get("BB").id()),
                Person.of("Dr. Miriam Özdemir", Organisation.STADT, "Gesundheitsamt, Suchtprävention", Role.UNTERGRUPPENLEITUNG,
                        subgroups.get("SU").id()),
                Person.of("Frank Becker", Organisation.SONSTIGE, "Freier Träger der Drogenhilfe", Role.UNTERGRUPPENLEITUNG,
                        subgroups.get("SH").id()),
                Person.of("Tobias Lang", Organisation.STADT, "Kommunaler Ordnungsdienst", Role.LESEND, null),
                Person.of("Claudia Neumann", Organisation.POLIZEI, "Kriminalprävention/Opferschutz", Role.LESEND, null),
                Person.of("Ayşe Demir", Organisation.SONSTIGE, "Streetwork Nordstadt", Role.LESEND, null));
        Map<String, Person> byName = new LinkedHashMap<>();
        for (Person person : people) {
            byName.put(person.displayName(), PersonRepository.insert(tx, person));
        }
        return byName;
    }
}
