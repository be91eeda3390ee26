package de.stadtlage.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;

/**
 * What someone with plain SQL access can do after changing a row: recompute every entry's hash the way
 * {@link AuditLog} does and move the head, so that the chain is whole in itself again.
 */
public final class ChainRewriter {

    private ChainRewriter() {
    }

    public static void recompute(Connection connection) throws SQLException {
        String prev = "0".repeat(64);
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, occurred_at, actor, entity, entity_id, action,"
                     + " before_json, after_json from audit_log order by id");
             PreparedStatement update = connection.prepareStatement(
                     "update audit_log set prev_hash = ?, entry_hash = ? where id = ?")) {
            while (rows.next()) {
                String hash = AuditLog.hash(rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                        rows.getString(8), prev);
                update.setString(1, prev);
                update.setString(2, hash);
                update.setLong(3, rows.getLong(1));
                update.executeUpdate();
                prev = hash;
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "update app_setting set setting_value = ? where setting_key = 'audit.head'")) {
            head.setString(1, prev);
            head.executeUpdate();
        }
    }
}
