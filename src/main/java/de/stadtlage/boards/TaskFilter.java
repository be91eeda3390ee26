package de.stadtlage.boards;

import java.time.LocalDate;
import java.util.Locale;

/** The filters above a board: free text (title, description, owner), one owner, overdue only. */
public record TaskFilter(String text, String owner, boolean overdueOnly) {

    public static TaskFilter none() {
        return new TaskFilter("", null, false);
    }

    public boolean matches(BoardTask task, TaskNames names, LocalDate today) {
        if (overdueOnly && !task.isOverdue(today)) {
            return false;
        }
        String ownerName = names.owner(task);
        if (owner != null && !owner.isBlank() && !owner.equals(ownerName)) {
            return false;
        }
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.GERMAN);
        if (needle.isEmpty()) {
            return true;
        }
        return contains(task.title(), needle) || contains(task.description(), needle) || contains(ownerName, needle)
                || contains(task.blockedReason(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.GERMAN).contains(needle);
    }
}
