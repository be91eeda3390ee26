package de.stadtlage.sample;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Person;
import de.stadtlage.boards.Subgroup;
import de.stadtlage.boards.SubgroupRepository;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseContent;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentRepository;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Loads the sample situation of City and Nordstadt (synthetic, marked as sample): eight weeks of incidents up to
 * the day before {@code today}, tasks on every board, the two weekly meetings before the next one, and the key
 * figures of the product description (real figures with their real 2022/2023 periods). Everything except those
 * figures is dated relative to {@code today}, so every screen has something to show whenever the sample is loaded.
 * One transaction: it is all there or nothing is.
 */
public final class SampleData {

    public static final String BATCH_NAME = "Beispieldaten (synthetisch)";

    private SampleData() {
    }

    /** The date of the meeting after the two sample meetings, which were held one and two weeks before it. */
    public static LocalDate nextMeeting(LocalDate today) {
        return SampleMeetings.nextMeeting(today);
    }

    /**
     * @param replace {@code false} refuses a database that already has content; {@code true} first removes it
     */
    public static SampleSummary load(Database database, CurrentUser user, LocalDate today, boolean replace) {
        List<Incident> incidents = new IncidentGenerator(today).generate();
        return database.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (!DatabaseContent.isEmpty(tx)) {
                if (!replace) {
                    throw new de.stadtlage.common.UserMessage("Die Datenbank enthält bereits Daten. Beispieldaten werden"
                            + " nur in eine leere Datenbank geladen (mit --force werden alle Inhalte ersetzt).");
                }
                DatabaseContent.clear(tx, user.name());
            }
            Map<String, Subgroup> subgroups = new LinkedHashMap<>();
            List<Subgroup> list = new SubgroupRepository(tx).list();
            list.forEach(s -> subgroups.put(s.code(), s));
            Map<String, Person> people = SamplePeople.insert(tx, subgroups);
            int batch = IncidentRepository.insertBatch(tx, BATCH_NAME, user.name(), true);
            IncidentRepository.insertAll(tx, incidents, batch);
            int tasks = SampleTasks.insert(tx, subgroups, people, today);
            SampleMeetings.Result meetings = SampleMeetings.insert(tx, list, people, today);
            int figures = SampleKeyFigures.insert(tx);
            SampleSummary summary = new SampleSummary(people.size(), incidents.size(), tasks, meetings.meetings(),
                    meetings.decisions(), meetings.actionItems(), figures,
                    incidents.get(0).occurredAt().toLocalDate(),
                    incidents.get(incidents.size() - 1).occurredAt().toLocalDate());
            AuditLog.append(tx, user.name(), "database", null, "SAMPLE_LOADED", null, summary);
            return summary;
        });
    }
}
