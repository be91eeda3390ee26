package de.stadtlage.meeting.minutes;

import java.math.BigDecimal;
import java.util.List;

/**
 * The Lage: map image, key figures with their change against the previous period, top hotspots.
 *
 * @param mapPng      the rendered map with the hotspot layer as PNG, or null when no map is available
 * @param mapCaption  what the map shows (period, layers); may be null
 * @param periodLabel the period the figures describe, e.g. "KW 47/2026 (16.11.–22.11.2026)"; may be null
 */
public record SituationSection(
        byte[] mapPng,
        String mapCaption,
        String periodLabel,
        List<KeyFigure> keyFigures,
        List<Hotspot> hotspots) {

    public static final SituationSection EMPTY = new SituationSection(null, null, null, List.of(), List.of());

    public SituationSection {
        keyFigures = List.copyOf(keyFigures);
        hotspots = List.copyOf(hotspots);
    }

    /** A key figure; {@code previous} is null when the previous period has no value. */
    public record KeyFigure(String label, String period, BigDecimal value, BigDecimal previous, String source) {

        /** A figure without a period label (the presentation uses this form). */
        public KeyFigure(String label, BigDecimal value, BigDecimal previous, String source) {
            this(label, null, value, previous, source);
        }

        /** Difference to the previous period, or null when it is unknown. */
        public BigDecimal change() {
            return value == null || previous == null ? null : value.subtract(previous);
        }
    }

    /** One hotspot of the meeting's week, ranked by weight. */
    public record Hotspot(int rank, String place, String district, String mainCategory, int incidents) {
    }
}
