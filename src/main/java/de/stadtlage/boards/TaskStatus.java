package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.util.Locale;

/** The columns of a board, left to right. */
public enum TaskStatus {
    OFFEN, IN_ARBEIT, BLOCKIERT, ERLEDIGT;

    public String label() {
        return Messages.get("task.status." + name().toLowerCase(Locale.ROOT));
    }
}
