package de.stadtlage.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Someone else saved the same thing since it was loaded (optimistic locking): nothing was written. The message
 * names who changed it and when; the view shows it and reloads, so the person can repeat the change on the
 * current state.
 */
public class ConflictException extends UserMessage {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public ConflictException(String message) {
        super(message);
    }

    /** Who made the other change, for the message: their name, or "Jemand" when the audit log does not say. */
    public static String who(String actor) {
        return actor == null || actor.isBlank() ? Messages.get("conflict.someone") : actor;
    }

    /** When the other change was made: "am 03.12.2026 um 09:15 Uhr", or "inzwischen" when unknown. */
    public static String when(Instant at, ZoneId zone) {
        if (at == null) {
            return Messages.get("conflict.meanwhile");
        }
        ZonedDateTime local = at.atZone(zone);
        return Messages.get("conflict.at", Formats.date(local.toLocalDate()), TIME.format(local));
    }
}
