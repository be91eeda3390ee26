package de.stadtlage.boards;

import java.time.Instant;
import java.util.List;

/** One line of a task's history, read from the audit log: who did what when, and which fields changed how. */
public record TaskHistoryEntry(Instant at, String actor, String action, List<String> changes) {
}
