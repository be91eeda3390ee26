package de.stadtlage.boards;

/** What the boards page shows: the overview of all boards, one subgroup's board, or the current person's tasks. */
public sealed interface BoardScope {

    record Overview() implements BoardScope {
    }

    record Board(int subgroupId) implements BoardScope {
    }

    record MyTasks() implements BoardScope {
    }
}
