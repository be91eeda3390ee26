package de.stadtlage.access;

import static de.stadtlage.persistence.jooq.Tables.PERSON;

import de.stadtlage.persistence.jooq.tables.records.PersonRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** People of the staff. */
public final class PersonRepository {

    private final DSLContext dsl;

    public PersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Person> listActive() {
        return dsl.selectFrom(PERSON).where(PERSON.ACTIVE.isTrue())
                .orderBy(PERSON.ORGANISATION, PERSON.DISPLAY_NAME).fetch(PersonRepository::toPerson);
    }

    public Optional<Person> findById(int id) {
        return dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::toPerson);
    }

    public Optional<Person> findByName(String displayName) {
        return dsl.selectFrom(PERSON).where(PERSON.DISPLAY_NAME.eq(displayName)).fetchOptional(PersonRepository::toPerson);
    }

    /** Inserts within the caller's transaction and returns the person with its id. */
    public static Person insert(DSLContext tx, Person person) {
        PersonRecord record = tx.newRecord(PERSON);
        record.setLogin(person.login());
        record.setDisplayName(person.displayName());
        record.setOrganisation(person.organisation().name());
        record.setOrganisationUnit(person.organisationUnit());
        record.setRole(person.role().name());
        record.setSubgroupId(person.subgroupId());
        record.setActive(person.active());
        record.store();
        return person.withId(record.getId());
    }

    static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getLogin(), r.getDisplayName(), Organisation.valueOf(r.getOrganisation()),
                r.getOrganisationUnit(), Role.valueOf(r.getRole()), r.getSubgroupId(), r.getActive());
    }
}
