package de.stadtlage.map;

/** A WGS84 position with the screen point it was picked at. */
public record GeoPoint(double lat, double lon, double screenX, double screenY) {
}
