package de.stadtlage.situation;

/** A kind of key figure ("Platzverweise"); {@code builtin} ones come with the schema, admins add more. */
public record Metric(Integer id, String name, String unit, int sortOrder, boolean builtin) {
}
