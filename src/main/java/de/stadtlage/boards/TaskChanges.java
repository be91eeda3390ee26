package de.stadtlage.boards;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Describes in German what differs between two states of a task: for the history and for edit conflicts. */
public final class TaskChanges {

    private TaskChanges() {
    }

    public static List<String> describe(BoardTask before, BoardTask after, TaskNames names) {
        List<String> lines = new ArrayList<>();
        if (!Objects.equals(before.title(), after.title())) {
            lines.add(Messages.get("boards.change.title", before.title(), after.title()));
        }
        if (before.status() != after.status()) {
            lines.add(Messages.get("boards.change.status", before.status().label(), after.status().label()));
        } else if (before.position() != after.position()) {
            lines.add(Messages.get("boards.change.position", before.position() + 1, after.position() + 1));
        }
        if (before.priority() != after.priority()) {
            lines.add(Messages.get("boards.change.priority", before.priority().label(), after.priority().label()));
        }
        String ownerBefore = names.owner(before);
        String ownerAfter = names.owner(after);
        if (!ownerBefore.equals(ownerAfter)) {
            lines.add(Messages.get("boards.change.owner", orNone(ownerBefore), orNone(ownerAfter)));
        }
        if (!Objects.equals(before.dueDate(), after.dueDate())) {
            lines.add(Messages.get("boards.change.due", orNone(Formats.date(before.dueDate())),
                    orNone(Formats.date(after.dueDate()))));
        }
        if (!Objects.equals(before.focusAreaId(), after.focusAreaId())) {
            lines.add(Messages.get("boards.change.area", orNone(names.area(before.focusAreaId())),
                    orNone(names.area(after.focusAreaId()))));
        }
        if (!Objects.equals(blankToNull(before.blockedReason()), blankToNull(after.blockedReason()))) {
            lines.add(Messages.get("boards.change.blocked", orNone(after.blockedReason())));
        }
        if (!Objects.equals(blankToNull(before.description()), blankToNull(after.description()))) {
            lines.add(Messages.get("boards.change.description"));
        }
        if (before.archived() != after.archived()) {
            lines.add(Messages.get(after.archived() ? "boards.change.archived" : "boards.change.restored"));
        }
        return lines;
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? Messages.get("boards.change.none") : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
