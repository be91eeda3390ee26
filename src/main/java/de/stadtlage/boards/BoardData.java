package de.stadtlage.boards;

import de.stadtlage.access.Person;
import de.stadtlage.situation.Area;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the boards page shows, read in one go in the background: all active tasks (a few hundred at most),
 * names, limits, focus-area trends and the change signature it was read at.
 */
public record BoardData(List<Subgroup> subgroups, List<BoardTask> tasks, TaskNames names,
                        Map<Integer, WipLimits> limits, Map<Integer, AreaTrend> trends,
                        Map<Integer, Integer> commentCounts, List<Person> people, List<Area> focusAreas,
                        Integer currentPersonId, String signature) {

    public static BoardData empty() {
        return new BoardData(List.of(), List.of(), TaskNames.empty(), Map.of(), Map.of(), Map.of(), List.of(),
                List.of(), null, "");
    }

    public Optional<Subgroup> subgroup(int id) {
        return subgroups.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<BoardTask> task(int id) {
        return tasks.stream().filter(t -> t.id() == id).findFirst();
    }

    public WipLimits limits(int subgroupId) {
        return limits.getOrDefault(subgroupId, WipLimits.none());
    }
}
