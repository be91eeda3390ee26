package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.IsoWeek;
import de.stadtlage.meeting.minutes.SituationSection.Hotspot;
import de.stadtlage.meeting.minutes.SituationSection.KeyFigure;
import de.stadtlage.meeting.minutes.StatusQueries.FigureRow;
import de.stadtlage.meeting.minutes.StatusQueries.IncidentRow;
import de.stadtlage.situation.IncidentCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key figures and top places for the Lage section. The places are counted per place text of the incidents; the
 * map feature's hotspot engine (kernel density with street and district) replaces this when it is wired in.
 */
final class SituationFigures {

    static final int TOP_HOTSPOTS = 5;
    static final int MAX_FIGURES = 8;

    private final StatusQueries queries;

    SituationFigures(StatusQueries queries) {
        this.queries = queries;
    }

    /**
     * The Lage of a meeting: the hotspots of the reported ISO week, and the newest key figures known before the
     * meeting day (their periods are the sources' own, not the calendar week).
     */
    SituationSection situation(IsoWeek reported, LocalDate meetingDate) {
        LocalDate from = reported.firstDay();
        LocalDate toExclusive = reported.endExclusive();
        String period = SnapshotBuilder.periodLabel(from, toExclusive);
        return new SituationSection(null, "Schwerpunkte " + period + ", alle Kategorien und Quellen", period,
                keyFigures(meetingDate), hotspots(from, toExclusive));
    }

    /** Per metric and source the newest value before the meeting and the value of the period before it. */
    List<KeyFigure> keyFigures(LocalDate before) {
        Map<String, List<FigureRow>> byMetric = new LinkedHashMap<>();
        for (FigureRow row : queries.figuresBefore(before)) {
            byMetric.computeIfAbsent(row.metric() + "\u0000" + row.source(), k -> new ArrayList<>()).add(row);
        }
        List<KeyFigure> figures = new ArrayList<>();
        for (List<FigureRow> rows : byMetric.values()) {
            FigureRow newest = rows.get(0);
            FigureRow previous = rows.stream().filter(r -> r.periodEnd().isBefore(newest.periodStart()))
                    .findFirst().orElse(null);
            figures.add(new KeyFigure(newest.metric(), MinutesFormat.date(newest.periodStart()) + "–"
                    + MinutesFormat.date(newest.periodEnd()), newest.value(),
                    previous == null ? null : previous.value(), newest.source()));
            if (figures.size() == MAX_FIGURES) {
                break;
            }
        }
        return figures;
    }

    List<Hotspot> hotspots(LocalDate from, LocalDate toExclusive) {
        Map<String, Integer> totals = new HashMap<>();
        Map<String, IncidentRow> strongestCategory = new HashMap<>();
        for (IncidentRow row : queries.incidentsByPlace(from, toExclusive)) {
            totals.merge(row.place(), row.count(), Integer::sum);
            strongestCategory.merge(row.place(), row, (a, b) -> a.count() >= b.count() ? a : b);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(totals.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Hotspot> hotspots = new ArrayList<>();
        DistrictLocator districts = ranked.isEmpty() ? null : new DistrictLocator(queries.districts());
        for (Map.Entry<String, Integer> entry : ranked.subList(0, Math.min(TOP_HOTSPOTS, ranked.size()))) {
            IncidentRow strongest = strongestCategory.get(entry.getKey());
            String district = districts.districtAt(strongest.latitude(), strongest.longitude());
            hotspots.add(new Hotspot(hotspots.size() + 1, entry.getKey(), district,
                    categoryLabel(strongest.category()), entry.getValue()));
        }
        return hotspots;
    }

    /** "AGGRESSIVES_BETTELN" → "Aggressives Betteln"; unknown codes as they are. */
    static String categoryLabel(String code) {
        return Arrays.stream(IncidentCategory.values()).filter(c -> c.name().equals(code)).findFirst()
                .map(IncidentCategory::germanName).orElse(code);
    }
}
