package de.stadtlage.boards;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PermissionDeniedException;
import de.stadtlage.access.Role;
import de.stadtlage.common.Messages;
import de.stadtlage.common.Titles;
import de.stadtlage.common.UserMessage;
import java.time.LocalDate;
import java.util.Objects;

/** Who may change a board, and what a valid task is. Checked by {@link TaskService} before every write. */
final class TaskRules {

    static final int OWNER_MAX = 200;

    private TaskRules() {
    }

    static void requireWrite(CurrentUser user, int subgroupId, String subgroupName) {
        if (user.canWriteSubgroup(subgroupId)) {
            return;
        }
        if (user.role() == Role.UNTERGRUPPENLEITUNG) {
            throw new PermissionDeniedException(Messages.get("boards.denied.otherSubgroup", subgroupName));
        }
        throw new PermissionDeniedException(Messages.get("boards.denied.readOnly", user.role().label()));
    }

    /**
     * Title required and at most {@link Titles#MAX_LENGTH} characters; the due date may not lie in the past when it is set or changed ({@code previousDue} is the
     * stored date of an edited task, {@code null} for a new one), so an overdue task can still be edited.
     */
    static TaskInput validate(TaskInput input, LocalDate today, LocalDate previousDue, boolean isNew) {
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            throw new UserMessage(Messages.get("boards.invalid.titleMissing"));
        }
        Titles.requireShort(title);
        if (input.priority() == null) {
            throw new UserMessage(Messages.get("boards.invalid.priorityMissing"));
        }
        String ownerText = blankToNull(input.ownerText());
        if (ownerText != null && ownerText.length() > OWNER_MAX) {
            throw new UserMessage(Messages.get("boards.invalid.ownerTooLong", OWNER_MAX));
        }
        boolean dueChanged = isNew || !Objects.equals(previousDue, input.dueDate());
        if (dueChanged && input.dueDate() != null && input.dueDate().isBefore(today)) {
            throw new UserMessage(Messages.get("boards.invalid.dueInPast"));
        }
        // A chosen person replaces free text, so a card never shows two owners.
        String owner = input.ownerPersonId() != null ? null : ownerText;
        return new TaskInput(title, blankToNull(input.description()), input.priority(), input.ownerPersonId(), owner,
                input.dueDate(), input.focusAreaId(), blankToNull(input.blockedReason()));
    }

    static String validComment(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new UserMessage(Messages.get("boards.invalid.commentEmpty"));
        }
        return text;
    }

    static Integer validLimit(Integer limit) {
        if (limit != null && limit < 1) {
            throw new UserMessage(Messages.get("boards.invalid.wipLimit"));
        }
        return limit;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
