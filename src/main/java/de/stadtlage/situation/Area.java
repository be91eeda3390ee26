package de.stadtlage.situation;

/** A district or focus area; {@code geometryJson} is a GeoJSON Polygon/MultiPolygon (WGS84, longitude first). */
public record Area(Integer id, String code, String name, AreaKind kind, String geometryJson, int sortOrder) {
}
