package de.stadtlage.access;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the admin narrows the audit log down to; every part is optional.
 *
 * @param from     first day shown (local time), or {@code null}
 * @param to       last day shown, inclusive, or {@code null}
 * @param actor    exactly this person, or {@code null}/blank for everybody
 * @param entities these kinds of things ({@code task}, {@code person}, …); empty for all
 * @param text     found in the entry's number, action or before/after JSON (ignoring case), or blank
 */
public record AuditLogFilter(LocalDate from, LocalDate to, String actor, Set<String> entities, String text) {

    public AuditLogFilter {
        entities = entities == null ? Set.of() : Set.copyOf(entities);
    }

    public static AuditLogFilter none() {
        return new AuditLogFilter(null, null, null, Set.of(), null);
    }
}
