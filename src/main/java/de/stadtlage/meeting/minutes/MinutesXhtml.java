package de.stadtlage.meeting.minutes;

import de.stadtlage.meeting.IsoWeek;
import de.stadtlage.meeting.minutes.MinutesDocument.Addendum;
import de.stadtlage.meeting.minutes.MinutesDocument.Attendee;
import de.stadtlage.meeting.minutes.MinutesDocument.Organisation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Turns a {@link MinutesDocument} into the XHTML page the PDF is rendered from. */
public final class MinutesXhtml {

    /** The map attribution required by the base map's licences. */
    public static final String MAP_ATTRIBUTION =
            "© OpenStreetMap-Mitwirkende (ODbL) · © OpenMapTiles · Bezirke: Stadt Dortmund";
    static final String ORGANISATION = "Sonderstab Ordnung und Stadtleben";
    /** Before the audit anchor in the footer; {@code audit verify --anchor} checks what follows. */
    public static final String ANCHOR_LABEL = "Prüfanker des Änderungsprotokolls: ";

    private static final String STYLESHEET = loadStylesheet();

    private final Xhtml x = new Xhtml();
    private final MinutesDocument minutes;

    private MinutesXhtml(MinutesDocument minutes) {
        this.minutes = minutes;
    }

    /** The XHTML DOM for the minutes. */
    public static Document build(MinutesDocument minutes) {
        return new MinutesXhtml(minutes).write().document();
    }

    /** The XHTML as text (for tests and debugging). */
    public static String buildText(MinutesDocument minutes) {
        return new MinutesXhtml(minutes).write().serialize();
    }

    /** "Sonderstab Ordnung und Stadtleben – Protokoll der Sitzung vom 26.11.2026 (KW 48/2026)". */
    public static String title(MinutesHeader header) {
        return ORGANISATION + " – Protokoll der Sitzung vom " + MinutesFormat.date(header.date())
                + " (" + IsoWeek.label(header.date()) + ")";
    }

    private Xhtml write() {
        Element html = x.root("de");
        writeHead(html);
        Element body = x.add(html, "body");
        writeRunningElements(body);
        writeTitleBlock(body);
        writeAttendance(body);
        SituationWriter.write(x, body, minutes.situation());
        SubgroupWriter.write(x, body, minutes.subgroups());
        AgendaWriter.write(x, body, minutes.agenda());
        ActionItemWriter.write(x, body, minutes.actions());
        writeNextMeeting(body);
        writeAddenda(body);
        return x;
    }

    private void writeHead(Element html) {
        Element head = x.add(html, "head");
        x.text(head, "title", null, title(minutes.header()));
        meta(head, "subject", "Protokoll der wöchentlichen Sitzung: " + ORGANISATION);
        meta(head, "author", MinutesFormat.orDash(minutes.header().minuteTaker()));
        meta(head, "description", "Anwesenheit, Lage, Untergruppen, Beschlüsse und Maßnahmen");
        x.text(head, "style", null, STYLESHEET);
    }

    private void meta(Element head, String name, String content) {
        Element meta = x.add(head, "meta");
        meta.setAttribute("name", name);
        meta.setAttribute("content", content);
    }

    /** Header and footer repeated on every page through CSS running elements. */
    private void writeRunningElements(Element body) {
        x.text(body, "div", "running-header", title(minutes.header()));
        Element footer = x.add(body, "div", "running-footer");
        x.add(footer, "div", "page-number");
        x.text(footer, "div", "marking", minutes.marking());
        x.text(footer, "div", "attribution", "Karte: " + MAP_ATTRIBUTION);
        if (minutes.auditAnchor() != null) {
            x.text(footer, "div", "anchor", ANCHOR_LABEL + minutes.auditAnchor());
        }
    }

    private void writeTitleBlock(Element body) {
        MinutesHeader header = minutes.header();
        x.text(body, "p", "kicker", ORGANISATION);
        x.text(body, "h1", null, "Protokoll der Sitzung vom " + MinutesFormat.date(header.date()));
        x.text(body, "p", "subtitle", IsoWeek.label(header.date()) + " · " + MinutesFormat.longDate(header.date()));
        if (minutes.sample()) {
            x.text(body, "p", "draft", "Beispieldaten: Dieses Protokoll wurde aus den erfundenen Beispieldaten von"
                    + " Stadtlage erstellt. Personen, Vorfälle, Sitzungen und Beschlüsse sind nicht echt.");
        }
        if (!header.closed()) {
            x.text(body, "p", "draft", "Entwurf – die Sitzung ist noch nicht abgeschlossen.");
        }
        Element facts = x.add(body, "table", "facts");
        fact(facts, "Zeit", MinutesFormat.timeRange(header.start(), header.end()));
        fact(facts, "Ort", MinutesFormat.orDash(header.place()));
        fact(facts, "Vorsitz", MinutesFormat.orDash(header.chair()));
        fact(facts, "Protokoll", MinutesFormat.orDash(header.minuteTaker()));
        fact(facts, "Nächste Sitzung", nextMeetingShort());
    }

    private void fact(Element table, String label, String value) {
        Element tr = x.add(table, "tr");
        x.text(tr, "th", null, label).setAttribute("scope", "row");
        x.text(tr, "td", null, value);
    }

    private String nextMeetingShort() {
        return minutes.nextMeeting() == null ? "noch nicht festgelegt"
                : MinutesFormat.date(minutes.nextMeeting()) + " (" + IsoWeek.label(minutes.nextMeeting()) + ")";
    }

    private void writeAttendance(Element body) {
        Element section = x.add(body, "div", "section");
        x.text(section, "h2", null, "1  Anwesenheit");
        if (minutes.attendees().isEmpty()) {
            x.text(section, "p", "empty", "Keine Anwesenheit erfasst.");
            return;
        }
        Element tbody = x.table(section, "attendance",
                List.of(Xhtml.column("Organisation", "26%"), Xhtml.column("Anwesend", "74%")));
        for (Organisation organisation : Organisation.values()) {
            List<String> names = new ArrayList<>();
            for (Attendee attendee : minutes.attendees()) {
                if (attendee.organisation() == organisation) {
                    names.add(describe(attendee));
                }
            }
            if (!names.isEmpty()) {
                Element tr = x.add(tbody, "tr");
                x.text(tr, "td", "org", organisation.heading() + " (" + names.size() + ")");
                Element cell = x.add(tr, "td");
                names.forEach(name -> x.text(cell, "div", "attendee", name));
            }
        }
        x.text(section, "p", "note", minutes.attendees().size() + " Personen anwesend.");
    }

    private static String describe(Attendee attendee) {
        String text = attendee.unit() == null || attendee.unit().isBlank()
                ? attendee.name() : attendee.name() + ", " + attendee.unit();
        return attendee.guest() && !text.contains("(Gast)") ? text + " (Gast)" : text;
    }

    private void writeNextMeeting(Element body) {
        Element section = x.add(body, "div", "section keep");
        x.text(section, "h2", null, "6  Nächste Sitzung");
        String text = minutes.nextMeeting() == null
                ? "Der Termin der nächsten Sitzung wird noch bekanntgegeben."
                : "Die nächste Sitzung findet am " + MinutesFormat.longDate(minutes.nextMeeting()) + " ("
                        + IsoWeek.label(minutes.nextMeeting()) + ") statt.";
        x.text(section, "p", null, text);
    }

    private void writeAddenda(Element body) {
        if (minutes.addenda().isEmpty()) {
            return;
        }
        Element section = x.add(body, "div", "section");
        x.text(section, "h2", null, "7  Nachträge");
        x.text(section, "p", "note", "Nach Abschluss der Sitzung ergänzt; das Protokoll selbst bleibt unverändert.");
        Element tbody = x.table(section, "addenda", Xhtml.columns("Datum:15", "Verfasst von:22", "Nachtrag:63"));
        for (Addendum addendum : minutes.addenda()) {
            x.row(tbody, null, List.of(MinutesFormat.date(addendum.date()),
                    MinutesFormat.orDash(addendum.author()), addendum.text()));
        }
    }

    private static String loadStylesheet() {
        try (InputStream in = MinutesXhtml.class.getResourceAsStream("minutes.css")) {
            if (in == null) {
                throw new IllegalStateException("minutes.css fehlt im Klassenpfad");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
