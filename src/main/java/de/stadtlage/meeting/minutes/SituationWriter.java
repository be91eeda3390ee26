package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.minutes.SituationSection.Hotspot;
import de.stadtlage.meeting.minutes.SituationSection.KeyFigure;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;

/** Section 2 of the minutes: the map, key figures with their change, and the top hotspots. */
final class SituationWriter {

    private SituationWriter() {
    }

    static void write(Xhtml x, Element body, SituationSection situation) {
        Element section = x.add(body, "div", "section");
        // heading, period and map stay together, so the heading never stands alone at a page's foot
        Element lead = x.add(section, "div", "lead");
        x.text(lead, "h2", null, "2  Lage");
        if (situation.periodLabel() != null) {
            x.text(lead, "p", "note", "Zeitraum: " + situation.periodLabel());
        }
        writeMap(x, lead, situation);
        writeKeyFigures(x, section, situation.keyFigures());
        writeHotspots(x, section, situation.hotspots());
    }

    private static void writeMap(Xhtml x, Element section, SituationSection situation) {
        if (situation.mapPng() == null || situation.mapPng().length == 0) {
            x.text(section, "p", "empty", "Für diese Sitzung liegt keine Lagekarte vor.");
            return;
        }
        Element figure = x.add(section, "div", "map");
        Element img = x.add(figure, "img");
        byte[] bytes = situation.mapPng();
        boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
        img.setAttribute("src", "data:image/" + (jpeg ? "jpeg" : "png") + ";base64,"
                + Base64.getEncoder().encodeToString(bytes));
        String caption = situation.mapCaption() == null ? "Lagekarte City und Nordstadt mit Schwerpunkten"
                : situation.mapCaption();
        img.setAttribute("alt", caption);
        x.text(figure, "p", "caption", caption);
        x.text(figure, "p", "attribution", MinutesXhtml.MAP_ATTRIBUTION);
    }

    private static void writeKeyFigures(Xhtml x, Element section, List<KeyFigure> figures) {
        Element tbody = x.headedTable(section, "Kennzahlen", figures,
                "Keine Kennzahlen für diesen Zeitraum.", "figures",
                Xhtml.columns("Kennzahl:29", "Quelle:11", "Zeitraum:17", "Wert:11#", "Vorperiode:12#",
                        "Veränderung:20#"));
        if (tbody == null) {
            return;
        }
        for (KeyFigure figure : figures) {
            String change = MinutesFormat.change(figure.change());
            String percent = MinutesFormat.percentChange(figure.value(), figure.previous());
            Element tr = x.add(tbody, "tr");
            x.text(tr, "td", null, figure.label());
            x.text(tr, "td", null, MinutesFormat.orDash(figure.source()));
            x.text(tr, "td", null, MinutesFormat.orDash(figure.period()));
            x.text(tr, "td", "num", MinutesFormat.number(figure.value()));
            x.text(tr, "td", "num", MinutesFormat.number(figure.previous()));
            x.text(tr, "td", "num", percent == null ? change : change + " (" + percent + ")");
        }
    }

    private static void writeHotspots(Xhtml x, Element section, List<Hotspot> hotspots) {
        // the district column only when the hotspot source knows districts
        boolean districts = hotspots.stream().anyMatch(h -> h.district() != null);
        Element tbody = x.headedTable(section, "Schwerpunkte der Woche", hotspots, "Keine Schwerpunkte ermittelt.",
                "hotspots", districts
                ? Xhtml.columns("Rang:8#", "Ort:34", "Stadtbezirk:22", "Häufigste Kategorie:24", "Vorfälle:12#")
                : Xhtml.columns("Rang:8#", "Ort:50", "Häufigste Kategorie:28", "Vorfälle:14#"));
        if (tbody == null) {
            return;
        }
        for (Hotspot hotspot : hotspots) {
            Element tr = x.add(tbody, "tr");
            x.text(tr, "td", "num", Integer.toString(hotspot.rank()));
            x.text(tr, "td", null, MinutesFormat.orDash(hotspot.place()));
            if (districts) {
                x.text(tr, "td", null, MinutesFormat.orDash(hotspot.district()));
            }
            x.text(tr, "td", null, MinutesFormat.orDash(hotspot.mainCategory()));
            x.text(tr, "td", "num", Integer.toString(hotspot.incidents()));
        }
    }
}
