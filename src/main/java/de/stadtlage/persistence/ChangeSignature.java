package de.stadtlage.persistence;

import static de.stadtlage.persistence.jooq.Tables.ACTION_ITEM;
import static de.stadtlage.persistence.jooq.Tables.AGENDA_ITEM;
import static de.stadtlage.persistence.jooq.Tables.ATTENDANCE;
import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static de.stadtlage.persistence.jooq.Tables.DECISION;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;
import static de.stadtlage.persistence.jooq.Tables.KEY_FIGURE;
import static de.stadtlage.persistence.jooq.Tables.MEETING;
import static de.stadtlage.persistence.jooq.Tables.TASK;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A cheap fingerprint of the content other people may change while a screen is open. Screens poll it every few
 * seconds and reload only when it differs (changes by other users of a shared database show up without a restart).
 */
public final class ChangeSignature {

    private ChangeSignature() {
    }

    public static String of(DSLContext dsl) {
        var row = dsl.select(
                DSL.field(dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG)),
                DSL.field(dsl.selectCount().from(TASK)),
                DSL.field(dsl.select(DSL.max(TASK.UPDATED_AT)).from(TASK)),
                DSL.field(dsl.select(DSL.max(ACTION_ITEM.UPDATED_AT)).from(ACTION_ITEM)),
                DSL.field(dsl.selectCount().from(ACTION_ITEM)),
                DSL.field(dsl.selectCount().from(DECISION)),
                DSL.field(dsl.selectCount().from(AGENDA_ITEM)),
                DSL.field(dsl.selectCount().from(ATTENDANCE)),
                DSL.field(dsl.select(DSL.sum(MEETING.VERSION)).from(MEETING)),
                DSL.field(dsl.selectCount().from(INCIDENT)),
                DSL.field(dsl.selectCount().from(KEY_FIGURE))).fetchOne();
        return row == null ? "" : row.formatCSV(false);
    }
}
