package de.stadtlage.boards;

import java.util.List;

/** Comments and history of one task, for the details dialog. */
public record TaskDetails(List<TaskComment> comments, List<TaskHistoryEntry> history) {
}
