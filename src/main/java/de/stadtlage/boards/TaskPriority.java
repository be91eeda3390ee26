package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.util.Locale;

/** How urgent a task is. */
public enum TaskPriority {
    HOCH, MITTEL, NIEDRIG;

    public String label() {
        return Messages.get("task.priority." + name().toLowerCase(Locale.ROOT));
    }
}
