package de.stadtlage.access;

import java.time.Instant;

/** One line of the append-only audit log. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entity, String entityId, String action,
                         String beforeJson, String afterJson, String prevHash, String entryHash) {
}
