package de.stadtlage.boards;

import de.stadtlage.common.ConflictException;
import java.util.Optional;

/**
 * Someone else saved the task since it was loaded. The message says what they changed; {@link #current()} is the
 * task as it is stored now (empty when it was deleted), so the view can offer to reload.
 */
public class TaskConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final transient BoardTask current;

    public TaskConflictException(String message, BoardTask current) {
        super(message);
        this.current = current;
    }

    public Optional<BoardTask> current() {
        return Optional.ofNullable(current);
    }
}
