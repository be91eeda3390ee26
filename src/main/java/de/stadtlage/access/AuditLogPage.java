package de.stadtlage.access;

import java.util.List;

/**
 * One answer to a search in the audit log, newest first.
 *
 * @param entries the entries shown, at most the service's cap
 * @param more    whether more entries match than are shown (the filter should be narrower)
 */
public record AuditLogPage(List<AuditEntry> entries, boolean more) {

    public AuditLogPage {
        entries = List.copyOf(entries);
    }
}
