package de.stadtlage.actions;

import java.time.LocalDate;

/**
 * An action item as the Maßnahmen page and the CSV export show it: with the date of the meeting that decided it
 * and how far it has been carried over.
 */
public record ActionItemRow(ActionItem item, LocalDate originDate, String subgroupCode, CarryOver carryOver) {

    public boolean isOpen() {
        return item.status() == ActionStatus.OFFEN || item.status() == ActionStatus.VERSCHOBEN;
    }

    /** Open and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && item.dueDate() != null && item.dueDate().isBefore(today);
    }

    /** Open and overdue for two or more meetings: the chair decides. */
    public boolean isEscalated() {
        return isOpen() && carryOver.escalated();
    }
}
