package de.stadtlage.boards;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The work-in-progress limit of each column of one board; a missing entry means no limit (the default). */
public record WipLimits(Map<TaskStatus, Integer> limits) {

    public WipLimits {
        EnumMap<TaskStatus, Integer> copy = new EnumMap<>(TaskStatus.class);
        limits.forEach((status, limit) -> {
            if (limit != null && limit > 0) {
                copy.put(status, limit);
            }
        });
        limits = Collections.unmodifiableMap(copy);
    }

    public static WipLimits none() {
        return new WipLimits(Map.of());
    }

    public Integer limit(TaskStatus status) {
        return limits.get(status);
    }

    public boolean exceeded(TaskStatus status, int count) {
        Integer limit = limits.get(status);
        return limit != null && count > limit;
    }
}
