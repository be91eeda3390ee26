package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.util.Map;

/** Names for the ids a task refers to (people, focus areas), so cards and change texts can show them. */
public record TaskNames(Map<Integer, String> people, Map<Integer, String> areas) {

    public TaskNames {
        people = Map.copyOf(people);
        areas = Map.copyOf(areas);
    }

    public static TaskNames empty() {
        return new TaskNames(Map.of(), Map.of());
    }

    /** The person's name, else the free-text owner, else empty. */
    public String owner(BoardTask task) {
        if (task.ownerPersonId() != null && people.containsKey(task.ownerPersonId())) {
            return people.get(task.ownerPersonId());
        }
        return task.ownerText() == null ? "" : task.ownerText();
    }

    public String area(Integer areaId) {
        return areaId == null ? "" : areas.getOrDefault(areaId, Messages.get("boards.area.unknown"));
    }
}
