package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Moves on the board (drag and drop, Ctrl+arrows) and the undo of the last one. Translates a slot among the
 * visible (filtered) cards into a place in the whole column, so a filter never scrambles the stored order.
 */
final class BoardMoves {

    private record LastMove(int taskId, String title, TaskStatus from, int position) {
    }

    private final BoardViewModel model;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private LastMove last;
    // Without a view (tests) nobody is asked and the task is blocked without a reason.
    private Function<BoardTask, Optional<String>> blockedReasonPrompt = task -> Optional.of("");

    BoardMoves(BoardViewModel model) {
        this.model = model;
    }

    /** Who asks why a task is blocked when it is moved into "Blockiert"; empty means the move is cancelled. */
    void setBlockedReasonPrompt(Function<BoardTask, Optional<String>> prompt) {
        blockedReasonPrompt = prompt;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /**
     * @param visibleSlot where the card was dropped among the column's visible cards, counting the moved card
     *                    itself when it is in that column (0 = top, size = bottom)
     */
    void move(int taskId, TaskStatus to, int visibleSlot, boolean keepFocus) {
        BoardTask task = model.dataProperty().get().task(taskId).orElse(null);
        if (task == null) {
            return;
        }
        Optional<Integer> index = fullIndex(task, to, visibleSlot);
        if (index.isEmpty()) {
            return;
        }
        String reason = null;
        if (to == TaskStatus.BLOCKIERT && task.status() != to && blank(task.blockedReason())) {
            Optional<String> answer = blockedReasonPrompt.apply(task);
            if (answer.isEmpty()) {
                return;
            }
            reason = answer.get();
        }
        String blockedReason = reason;
        LastMove undo = new LastMove(taskId, task.title(), task.status(), task.position());
        model.write(() -> model.service().move(task, to, index.get(), blockedReason), stored -> {
            last = undo;
            canUndo.set(true);
            model.setNotice(Messages.get("boards.notice.moved", stored.title(), to.label()));
            model.setFocusTask(keepFocus ? taskId : null);
        });
    }

    void moveByKey(int taskId, int columnStep, int rowStep) {
        Map<TaskStatus, List<CardItem>> columns = model.columnsProperty().get();
        for (TaskStatus status : TaskStatus.values()) {
            List<CardItem> cards = columns.getOrDefault(status, List.of());
            for (int row = 0; row < cards.size(); row++) {
                if (cards.get(row).id() == taskId) {
                    moveFrom(taskId, status, row, cards.size(), columnStep, rowStep);
                    return;
                }
            }
        }
    }

    private void moveFrom(int taskId, TaskStatus status, int row, int size, int columnStep, int rowStep) {
        if (columnStep != 0) {
            int target = status.ordinal() + columnStep;
            if (target >= 0 && target < TaskStatus.values().length) {
                TaskStatus to = TaskStatus.values()[target];
                move(taskId, to, Math.min(row, model.columnsProperty().get().get(to).size()), true);
            }
        } else if (rowStep < 0 && row > 0) {
            move(taskId, status, row - 1, true);
        } else if (rowStep > 0 && row < size - 1) {
            move(taskId, status, row + 2, true);
        }
    }

    void undo() {
        LastMove move = last;
        BoardTask task = move == null ? null : model.dataProperty().get().task(move.taskId()).orElse(null);
        if (task == null) {
            return;
        }
        model.write(() -> model.service().move(task, move.from(), move.position()), stored -> {
            last = null;
            canUndo.set(false);
            model.setNotice(Messages.get("boards.notice.undone", move.title(), move.from().label()));
            model.setFocusTask(move.taskId());
        });
    }

    /** The index in the whole column (without the moved task), or empty when the move changes nothing. */
    private Optional<Integer> fullIndex(BoardTask task, TaskStatus to, int visibleSlot) {
        BoardData data = model.dataProperty().get();
        List<CardItem> visible = new ArrayList<>(model.columnsProperty().get().getOrDefault(to, List.of()));
        int ownSlot = indexOf(visible, task.id());
        if (ownSlot >= 0) {
            visible.remove(ownSlot);
            if (visibleSlot > ownSlot) {
                visibleSlot--;
            }
            if (visibleSlot == ownSlot) {
                return Optional.empty();
            }
        }
        boolean sameBoard = model.scopeProperty().get() instanceof BoardScope.Board;
        if (!sameBoard) {
            // Across boards ("Meine Aufgaben") a place in a column has no meaning: status changes go to the end.
            return to == task.status() ? Optional.empty() : Optional.of(Integer.MAX_VALUE);
        }
        List<BoardTask> full = data.tasks().stream()
                .filter(t -> t.subgroupId() == task.subgroupId() && t.status() == to && !t.id().equals(task.id()))
                .sorted(TaskRepository.COLUMN_ORDER).toList();
        int slot = Math.max(0, Math.min(visibleSlot, visible.size()));
        if (slot < visible.size()) {
            return Optional.of(indexOfTask(full, visible.get(slot).id()));
        }
        return Optional.of(visible.isEmpty() ? full.size() : indexOfTask(full, visible.get(visible.size() - 1).id()) + 1);
    }

    private static int indexOf(List<CardItem> cards, int id) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfTask(List<BoardTask> tasks, int id) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id() == id) {
                return i;
            }
        }
        return tasks.size();
    }
}
