package de.stadtlage.cli;

import de.stadtlage.common.Formats;
import de.stadtlage.situation.IncidentFilter;
import de.stadtlage.situation.hotspot.Hotspot;
import de.stadtlage.situation.hotspot.HotspotMethod;
import de.stadtlage.situation.hotspot.HotspotResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Writes hotspot lists: CSV for scripts (points as decimal separator), text for people (German). */
final class HotspotOutput {

    static final String CSV_HEADER = "rank;lat;lon;score;incidents;street;district";

    private HotspotOutput() {
    }

    static void csv(List<Hotspot> hotspots, PrintWriter out) {
        out.println(CSV_HEADER);
        for (Hotspot h : hotspots) {
            out.println(String.format(Locale.ROOT, "%d;%.5f;%.5f;%.2f;%d;%s;%s", h.rank(), h.lat(), h.lon(),
                    h.score(), h.incidents(), field(h.street()), field(h.district())));
        }
    }

    static void text(HotspotResult result, IncidentFilter filter, int incidentCount, PrintWriter out) {
        boolean kde = result.method() == HotspotMethod.KDE;
        out.println("Hotspots " + Formats.date(filter.from()) + " – " + Formats.date(filter.to()) + " ("
                + Formats.isoWeek(filter.from()) + "), " + Formats.number(incidentCount) + " Vorfälle, Methode: "
                + (kde ? "Kerndichte" : "Getis-Ord Gi*"));
        if (result.hotspots().isEmpty()) {
            out.println("Keine Hotspots in diesem Zeitraum.");
            return;
        }
        out.println(String.format(Locale.GERMANY, "%4s  %-20s  %10s  %7s  %-28s  %s", "Rang", "Lage",
                kde ? "Dichte/km²" : "z-Wert", "Vorfälle", "Straße", "Bezirk"));
        for (Hotspot h : result.hotspots()) {
            out.println(String.format(Locale.GERMANY, "%4d  %8.5f, %8.5f  %10.1f  %7d  %-28s  %s", h.rank(),
                    h.lat(), h.lon(), h.score(), h.incidents(), h.street(), h.district()));
        }
    }

    /** CSV field: quoted only when it holds the separator or a quote. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(";") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
