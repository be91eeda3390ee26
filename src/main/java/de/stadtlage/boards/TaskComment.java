package de.stadtlage.boards;

import java.time.Instant;

/** A comment on a task. */
public record TaskComment(int id, int taskId, String author, String body, Instant createdAt) {
}
