package de.stadtlage.boards;

/** One of the staff's subgroups (data, never a class per subgroup). {@code color} is "#RRGGBB". */
public record Subgroup(int id, String code, String name, String description, String color, int sortOrder) {
}
