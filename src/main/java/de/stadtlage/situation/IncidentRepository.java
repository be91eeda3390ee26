package de.stadtlage.situation;

import static de.stadtlage.persistence.jooq.Tables.IMPORT_BATCH;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;

import de.stadtlage.persistence.jooq.tables.records.IncidentRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Incidents and the import batches they came in. */
public final class IncidentRepository {

    private static final int BATCH_ROWS = 1000;

    private final DSLContext dsl;

    public IncidentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Creates an import batch inside the caller's transaction and returns its id. */
    public static int insertBatch(DSLContext tx, String fileName, String importedBy, boolean sample) {
        return tx.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_NAME, fileName)
                .set(IMPORT_BATCH.IMPORTED_BY, importedBy)
                .set(IMPORT_BATCH.SAMPLE, sample)
                .returning(IMPORT_BATCH.ID).fetchOne().getId();
    }

    /** Inserts many incidents inside the caller's transaction, a thousand rows per statement. */
    public static void insertAll(DSLContext tx, List<Incident> incidents, Integer batchId) {
        for (int from = 0; from < incidents.size(); from += BATCH_ROWS) {
            List<Incident> chunk = incidents.subList(from, Math.min(incidents.size(), from + BATCH_ROWS));
            var insert = tx.insertInto(INCIDENT, INCIDENT.OCCURRED_AT, INCIDENT.CATEGORY,
                    INCIDENT.SOURCE, INCIDENT.LATITUDE, INCIDENT.LONGITUDE, INCIDENT.PLACE, INCIDENT.INCIDENT_COUNT,
                    INCIDENT.NOTE, INCIDENT.APPROXIMATE, INCIDENT.IMPORT_BATCH_ID);
            for (Incident i : chunk) {
                insert = insert.values(i.occurredAt(), i.category().name(), i.source().name(), i.latitude(),
                        i.longitude(), i.place(), i.count(), i.note(), i.approximate(), batchId);
            }
            insert.execute();
        }
        if (batchId != null) {
            tx.update(IMPORT_BATCH).set(IMPORT_BATCH.ROW_COUNT, IMPORT_BATCH.ROW_COUNT.plus(incidents.size()))
                    .where(IMPORT_BATCH.ID.eq(batchId)).execute();
        }
    }

    /**
     * Inserts many incidents inside the caller's transaction as one JDBC batch of a single prepared statement
     * (rendered by jOOQ): for large imports several times faster than {@link #insertAll}, which renders a
     * multi-row statement with bind values for every row.
     */
    public static void insertBatched(DSLContext tx, List<Incident> incidents, Integer batchId) {
        if (incidents.isEmpty()) {
            return;
        }
        String sql = tx.render(tx.insertInto(INCIDENT, INCIDENT.OCCURRED_AT, INCIDENT.CATEGORY,
                INCIDENT.SOURCE, INCIDENT.LATITUDE, INCIDENT.LONGITUDE, INCIDENT.PLACE, INCIDENT.INCIDENT_COUNT,
                INCIDENT.NOTE, INCIDENT.APPROXIMATE, INCIDENT.IMPORT_BATCH_ID)
                .values((LocalDateTime) null, null, null, null, null, null, null, null, null, null));
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Incident i : incidents) {
                    bind(insert, i, batchId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        if (batchId != null) {
            tx.update(IMPORT_BATCH).set(IMPORT_BATCH.ROW_COUNT, IMPORT_BATCH.ROW_COUNT.plus(incidents.size()))
                    .where(IMPORT_BATCH.ID.eq(batchId)).execute();
        }
    }

    private static void bind(PreparedStatement insert, Incident i, Integer batchId) throws SQLException {
        insert.setObject(1, i.occurredAt());
        insert.setString(2, i.category().name());
        insert.setString(3, i.source().name());
        insert.setDouble(4, i.latitude());
        insert.setDouble(5, i.longitude());
        insert.setString(6, i.place());
        insert.setInt(7, i.count());
        insert.setString(8, i.note());
        insert.setBoolean(9, i.approximate());
        insert.setObject(10, batchId, Types.INTEGER);
    }

    /** Incidents with {@code from <= occurredAt < to}, oldest first. */
    public List<Incident> findBetween(LocalDateTime from, LocalDateTime to) {
        List<Incident> result = new ArrayList<>();
        try (var cursor = dsl.selectFrom(INCIDENT)
                .where(INCIDENT.OCCURRED_AT.ge(from).and(INCIDENT.OCCURRED_AT.lt(to)))
                .orderBy(INCIDENT.OCCURRED_AT).fetchSize(5000).fetchLazy()) {
            cursor.forEach(r -> result.add(toIncident(r)));
        }
        return result;
    }

    public Optional<Incident> findById(long id) {
        return dsl.selectFrom(INCIDENT).where(INCIDENT.ID.eq(id)).fetchOptional(IncidentRepository::toIncident);
    }

    /** The time of the newest incident, if there is any: the default time window ends there. */
    public Optional<LocalDateTime> latestOccurrence() {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(INCIDENT.OCCURRED_AT)).from(INCIDENT).fetchOne().value1());
    }

    public int count() {
        return dsl.fetchCount(INCIDENT);
    }

    static Incident toIncident(IncidentRecord r) {
        return new Incident(r.getId(), r.getOccurredAt(), IncidentCategory.valueOf(r.getCategory()),
                IncidentSource.valueOf(r.getSource()), r.getLatitude(), r.getLongitude(), r.getPlace(),
                r.getIncidentCount(), r.getNote(), r.getApproximate(), r.getImportBatchId());
    }
}
