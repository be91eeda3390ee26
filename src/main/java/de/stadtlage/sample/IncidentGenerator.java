package de.stadtlage.sample;

import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentSource;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic incidents for the sample situation: clustered around the places the police named, with categories,
 * sources and times of day mixed plausibly, and with trends from week to week so "what changed" has something to
 * show. Deterministic (fixed seed), so tests can rely on the counts.
 */
final class IncidentGenerator {

    static final int WEEKS = 8;

    private static final double METRES_PER_DEGREE_LAT = 111_320;
    private static final double METRES_PER_DEGREE_LON = 111_320 * Math.cos(Math.toRadians(51.52));
    /** Relative frequency of incidents by hour of day (0–23): quiet mornings, busy afternoons and evenings. */
    private static final double[] HOURLY = {3, 2, 1.5, 1, 0.7, 0.6, 1, 1.5, 2.5, 3.5, 4.5, 5.5, 6, 6.5, 7, 7.5, 8,
            8.5, 9, 9, 8, 7, 6, 4.5};

    private final Random random = new Random(20230703L);
    private final LocalDate firstDay;
    private final LocalDate today;

    /**
     * @param today the last of the eight weeks is the week of this day, filled up to the day before it, so the
     *              sample always ends at the present and no incident lies in the future
     */
    IncidentGenerator(LocalDate today) {
        this.today = today;
        this.firstDay = firstDay(today);
    }

    /** The Monday seven weeks before the week of {@code today}. */
    static LocalDate firstDay(LocalDate today) {
        return today.with(DayOfWeek.MONDAY).minusWeeks(WEEKS - 1L);
    }

    List<Incident> generate() {
        List<Incident> result = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            int days = daysOf(week);
            for (SamplePlaces.Cluster cluster : SamplePlaces.CLUSTERS) {
                int count = (int) Math.round(cluster.weeklyBase() * (1 + cluster.weeklyTrend() * week)
                        * (0.9 + 0.2 * random.nextDouble()) * days / 7.0);
                for (int i = 0; i < count; i++) {
                    result.add(incidentNear(cluster, week, days));
                }
            }
        }
        result.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        return result;
    }

    /** Days of a week that lie before today: 7, except in the week of today. */
    private int daysOf(int week) {
        LocalDate monday = firstDay.plusWeeks(week);
        return (int) Math.min(7, Math.max(0, ChronoUnit.DAYS.between(monday, today)));
    }

    private Incident incidentNear(SamplePlaces.Cluster cluster, int week, int days) {
        double[] centre = cluster.pickCentre(random);
        double lat = centre[0] + random.nextGaussian() * cluster.spreadMetres() / METRES_PER_DEGREE_LAT;
        double lon = centre[1] + random.nextGaussian() * cluster.spreadMetres() / METRES_PER_DEGREE_LON;
        IncidentCategory category = cluster.pickCategory(random);
        IncidentSource source = pickSource(category);
        LocalDateTime at = firstDay.plusWeeks(week).plusDays(random.nextInt(days))
                .atTime(pickHour(), random.nextInt(60));
        int count = random.nextDouble() < 0.9 ? 1 : 2 + random.nextInt(2);
        String note = random.nextDouble() < 0.15 ? SamplePlaces.note(category, random) : null;
        return new Incident(null, at, category, source, round(lat), round(lon), cluster.placeText(), count, note,
                false, null);
    }

    private IncidentSource pickSource(IncidentCategory category) {
        double r = random.nextDouble();
        if (category == IncidentCategory.PLATZVERWEIS || category == IncidentCategory.MESSER) {
            return r < 0.6 ? IncidentSource.POLIZEI : IncidentSource.KOD;
        }
        if (r < 0.45) {
            return IncidentSource.POLIZEI;
        }
        if (r < 0.80) {
            return IncidentSource.KOD;
        }
        return r < 0.90 ? IncidentSource.STREETWORK : IncidentSource.BUERGERHINWEIS;
    }

    private int pickHour() {
        double total = 0;
        for (double w : HOURLY) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int hour = 0; hour < HOURLY.length; hour++) {
            r -= HOURLY[hour];
            if (r <= 0) {
                return hour;
            }
        }
        return 23;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
