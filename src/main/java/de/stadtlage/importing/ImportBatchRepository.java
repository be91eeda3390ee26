package de.stadtlage.importing;

import static de.stadtlage.persistence.jooq.Tables.IMPORT_BATCH;

import org.jooq.DSLContext;

/** The outcome columns of an import batch (the batch itself is created by the incident repository). */
final class ImportBatchRepository {

    private ImportBatchRepository() {
    }

    static void recordOutcome(DSLContext tx, int batchId, String format, int duplicates, int approximate) {
        tx.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_FORMAT, format)
                .set(IMPORT_BATCH.DUPLICATES_SKIPPED, duplicates)
                .set(IMPORT_BATCH.APPROXIMATE_COUNT, approximate)
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }
}
