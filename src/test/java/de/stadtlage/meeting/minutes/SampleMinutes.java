package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.minutes.ActionItemSection.ActionLine;
import de.stadtlage.meeting.minutes.MinutesDocument.Addendum;
import de.stadtlage.meeting.minutes.MinutesDocument.AgendaEntry;
import de.stadtlage.meeting.minutes.MinutesDocument.Attendee;
import de.stadtlage.meeting.minutes.MinutesDocument.Organisation;
import de.stadtlage.meeting.minutes.SituationSection.Hotspot;
import de.stadtlage.meeting.minutes.SituationSection.KeyFigure;
import de.stadtlage.meeting.minutes.SubgroupSection.TaskLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javax.imageio.ImageIO;

/** A realistic minutes document for rendering tests, built from the figures in the product description. */
final class SampleMinutes {

    static final LocalDate DATE = LocalDate.of(2026, 11, 26);
    static final String HOSTILE = "<b>x</b> & \"y\"";

    private SampleMinutes() {
    }

    static MinutesDocument create(String taskTitle) {
        return new MinutesDocument(
                new MinutesHeader(DATE, LocalTime.of(14, 0), LocalTime.of(15, 30), "Rathaus, Saal Westfalen",
                        "Oberbürgermeister (Vorsitz)", "Jörg Weiß", true),
                attendees(),
                new SituationSection(mapPng(), "Schwerpunkte KW 47/2026, alle Kategorien", "KW 47/2026",
                        List.of(new KeyFigure("Platzverweise", "KW 47/2026", new BigDecimal("118"), new BigDecimal("131"), "Polizei"),
                                new KeyFigure("Ordnungswidrigkeiten Drogenkonsum", "KW 47/2026", new BigDecimal("54"),
                                        new BigDecimal("46"), "KOD"),
                                new KeyFigure("Gespräche mit Bürgerinnen und Bürgern", "KW 47/2026", new BigDecimal("104"),
                                        null, "Polizei")),
                        List.of(new Hotspot(1, "Keuningpark", "Innenstadt-Nord", "Drogenkonsum", 37),
                                new Hotspot(2, "Münsterstraße / Mallinckrodtstraße", "Innenstadt-Nord",
                                        "Drogenhandel", 22),
                                new Hotspot(3, "Brückstraße", "Innenstadt-West", "Aggressives Betteln", 15))),
                subgroups(taskTitle),
                agenda(),
                new ActionItemSection(
                        List.of(new ActionLine(41, "Beleuchtung Nordausgang Hbf prüfen", "Tiefbauamt", "SV",
                                DATE.plusWeeks(1), "offen", null, DATE, 0, false)),
                        List.of(new ActionLine(33, "Streetwork-Zeiten am Keuningpark ausweiten", "Sozialamt", "SH",
                                        DATE.minusWeeks(2), "offen", null, DATE.minusWeeks(3), 3, true),
                                new ActionLine(38, taskTitle, "Ordnungsamt", "BB", DATE, "offen", null,
                                        DATE.minusWeeks(1), 1, false)),
                        List.of(new ActionLine(30, "Schließfächer für Wohnungslose beschaffen", "Sozialamt", "CR",
                                DATE.minusWeeks(1), "erledigt", null, DATE.minusWeeks(4), 0, false),
                                new ActionLine(35, "Infostand Schulzentrum Nord", "Jugendamt", "SU", null,
                                        "entfallen", "Termin durch Schulträger abgesagt", DATE.minusWeeks(2), 0,
                                        false))),
                DATE.plusWeeks(1),
                List.of(new Addendum(DATE.plusDays(1), "Jörg Weiß", "Zu TOP 3: Die Zahl der Ordnungsdienstkräfte "
                        + "lautet 24, nicht 42.")),
                null);
    }

    private static List<Attendee> attendees() {
        return List.of(new Attendee("Dr. Anna Müller", "Ordnungsamt", Organisation.STADT, false),
                new Attendee("Jörg Weiß", "Büro des Oberbürgermeisters", Organisation.STADT, false),
                new Attendee("Kriminaloberrätin Sabine Groß", "Polizeipräsidium Dortmund", Organisation.POLIZEI, false),
                new Attendee("Mehmet Öztürk", "Polizeiwache Nord", Organisation.POLIZEI, false),
                new Attendee("Claudia Strauß", "Drogenhilfe kick", Organisation.SONSTIGE, true));
    }

    private static List<SubgroupSection> subgroups(String taskTitle) {
        return List.of(
                new SubgroupSection("SV", "Stadtraum verschönern",
                        List.of(new TaskLine("Graffiti Unterführung Burgtor entfernt", "EDG", null, null)),
                        List.of(new TaskLine("Leerstand Brückstraße 12 zwischennutzen", "Wirtschaftsförderung",
                                DATE.plusWeeks(3), null)),
                        List.of(), List.of()),
                new SubgroupSection("BB", "Belästigung bekämpfen", List.of(),
                        List.of(new TaskLine(taskTitle, "Ordnungsamt", DATE.plusWeeks(1), null)),
                        List.of(new TaskLine("Gemeinsame Streife Reinoldikirche", "Polizei / KOD", DATE,
                                "Personal fehlt bis Januar")),
                        List.of(new TaskLine("Beschilderung Bettelverbot", "Ordnungsamt", DATE.minusWeeks(2), null))),
                new SubgroupSection("SU", "Sucht vermeiden", List.of(), List.of(), List.of(), List.of()));
    }

    private static List<AgendaEntry> agenda() {
        return List.of(
                new AgendaEntry(1, "Lage", "Polizei berichtet Rückgang der Platzverweise um 10 %.\n\n"
                        + "KOD meldet mehr Drogenkonsum rund um den Keuningpark.",
                        List.of("Die Präsenz am Keuningpark wird bis Jahresende verstärkt.")),
                new AgendaEntry(2, "SV – Stadtraum verschönern", null, List.of()),
                new AgendaEntry(3, "BB – Belästigung bekämpfen", "Bericht über die Schwerpunktstreifen.",
                        List.of("Das Ordnungsamt prüft eine Allgemeinverfügung zum aggressiven Betteln.",
                                "Die Polizei stellt zwei zusätzliche Streifen für die Brückstraße.")),
                new AgendaEntry(4, "Verschiedenes", null, List.of()));
    }

    /** A small stand-in map: streets, the Wallring and two hotspots. */
    static byte[] mapPng() {
        return mapPng(1200, 800);
    }

    /** The stand-in map at another size (drawn on a 1200×800 canvas, scaled). */
    static byte[] mapPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(width / 1200.0, height / 800.0);
        g.setColor(new Color(0xF2EFE9));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(0xB0B0B0));
        g.setStroke(new BasicStroke(6));
        g.drawOval(300, 350, 600, 380);
        g.drawLine(0, 300, 1200, 260);
        g.setColor(new Color(200, 30, 30, 160));
        g.fillOval(560, 120, 140, 140);
        g.fillOval(700, 420, 90, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
