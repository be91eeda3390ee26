package de.stadtlage.boards;

/** Incidents in a focus area in the last four weeks against the four weeks before. */
public record AreaTrend(int areaId, String areaName, int recent, int previous) {

    /** +1 more incidents than before, -1 fewer, 0 the same. */
    public int direction() {
        return Integer.compare(recent, previous);
    }
}
