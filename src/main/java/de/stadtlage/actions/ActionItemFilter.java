package de.stadtlage.actions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What the Maßnahmen page shows. Empty statuses mean all; owner matches as a case-insensitive part of the name.
 */
public record ActionItemFilter(Set<ActionStatus> statuses, String owner, Integer subgroupId, boolean overdueOnly) {

    public static final ActionItemFilter ALL = new ActionItemFilter(Set.of(), null, null, false);

    public ActionItemFilter {
        statuses = Set.copyOf(statuses);
    }

    public boolean matches(ActionItemRow row, LocalDate today) {
        ActionItem item = row.item();
        if (!statuses.isEmpty() && !statuses.contains(item.status())) {
            return false;
        }
        if (owner != null && !owner.isBlank()
                && !item.owner().toLowerCase(Locale.GERMANY).contains(owner.strip().toLowerCase(Locale.GERMANY))) {
            return false;
        }
        if (subgroupId != null && !subgroupId.equals(item.subgroupId())) {
            return false;
        }
        return !overdueOnly || row.isOverdue(today);
    }
}
