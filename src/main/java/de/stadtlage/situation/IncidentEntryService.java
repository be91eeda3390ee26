package de.stadtlage.situation;

import static de.stadtlage.persistence.jooq.Tables.INCIDENT;

import de.stadtlage.access.AuditLog;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * Incidents typed in, corrected or removed on the map. Each write is one transaction with its audit entry;
 * only users who may write the situation picture get here.
 */
public final class IncidentEntryService {

    private static final String ENTITY = "incident";

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;

    /** @param clock the app's clock: an incident may not lie after its day */
    public IncidentEntryService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    public IncidentEntryService(Database database, CurrentUser user) {
        this(database, user, Clock.systemDefaultZone());
    }

    /** Saves a new incident and returns its id. */
    public long record(Incident incident) {
        check(incident, IncidentRules.positionProblem(incident.latitude(), incident.longitude()));
        return database.dsl().transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = tx.insertInto(INCIDENT)
                    .set(INCIDENT.OCCURRED_AT, incident.occurredAt())
                    .set(INCIDENT.CATEGORY, incident.category().name())
                    .set(INCIDENT.SOURCE, incident.source().name())
                    .set(INCIDENT.LATITUDE, incident.latitude())
                    .set(INCIDENT.LONGITUDE, incident.longitude())
                    .set(INCIDENT.PLACE, incident.place())
                    .set(INCIDENT.INCIDENT_COUNT, incident.count())
                    .set(INCIDENT.NOTE, incident.note())
                    .returning(INCIDENT.ID).fetchOne().getId();
            AuditLog.append(tx, user.name(), ENTITY, id, "CREATE", null, incident);
            return id;
        });
    }

    /** Corrects time, category, source, place, count and note; the position stays. */
    public void update(Incident incident) {
        check(incident, null);
        database.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Incident before = new IncidentRepository(tx).findById(incident.id()).orElseThrow(() ->
                    new UserMessage("Der Vorfall wurde inzwischen gelöscht."));
            tx.update(INCIDENT)
                    .set(INCIDENT.OCCURRED_AT, incident.occurredAt())
                    .set(INCIDENT.CATEGORY, incident.category().name())
                    .set(INCIDENT.SOURCE, incident.source().name())
                    .set(INCIDENT.PLACE, incident.place())
                    .set(INCIDENT.INCIDENT_COUNT, incident.count())
                    .set(INCIDENT.NOTE, incident.note())
                    .where(INCIDENT.ID.eq(incident.id())).execute();
            AuditLog.append(tx, user.name(), ENTITY, incident.id(), "UPDATE", before, incident);
        });
    }

    public void delete(long id) {
        requireWriter();
        database.dsl().transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            Incident before = new IncidentRepository(tx).findById(id).orElse(null);
            if (tx.deleteFrom(INCIDENT).where(INCIDENT.ID.eq(id)).execute() == 1) {
                AuditLog.append(tx, user.name(), ENTITY, id, "DELETE", before, null);
            }
        });
    }

    /** Refuses what the dialog's validation refuses too, for callers that bypass it; nothing is changed silently. */
    private void check(Incident incident, String positionProblem) {
        requireWriter();
        Stream.of(positionProblem, IncidentRules.countProblem(incident.count()),
                        IncidentRules.dayProblem(incident.occurredAt().toLocalDate(), LocalDate.now(clock)))
                .filter(Objects::nonNull).findFirst().ifPresent(problem -> {
                    throw new UserMessage(problem);
                });
    }

    private void requireWriter() {
        if (!user.canWriteSituation()) {
            throw new PermissionDeniedException("Nur Vorsitz und Administration dürfen Vorfälle erfassen oder ändern.");
        }
    }
}
