package de.stadtlage.presentation;

import de.stadtlage.common.Formats;
import de.stadtlage.meeting.IsoWeek;
import de.stadtlage.meeting.minutes.ActionItemSection.ActionLine;
import de.stadtlage.meeting.minutes.MinutesDocument;
import de.stadtlage.meeting.minutes.SituationSection;
import de.stadtlage.meeting.minutes.SubgroupSection;
import de.stadtlage.presentation.SlideBlock.Line;
import de.stadtlage.presentation.SlideBlock.Lines;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a meeting's content into slides in the order of the agenda. Long lists are split across slides marked
 * "(Forts.)", so no slide ever needs to scroll.
 */
public final class SlideDeckBuilder {

    /** Lines per slide: at 24 px body text on 1024×768 this fills the slide without crowding it. */
    static final int LINES_PER_SLIDE = 7;
    /** Text rows per slide (a line with its detail takes two; long texts wrap into more). */
    static final int ROWS_PER_SLIDE = 2 * LINES_PER_SLIDE;
    /** Characters of 26 px text per row on the narrowest (4:3) slide. */
    private static final int CHARS_PER_ROW = 60;
    static final int FIGURES_PER_SLIDE = 6;
    static final String CONTINUED = " (Forts.)";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMANY);
    private static final int MAP_WIDTH = 1600;
    private static final int MAP_HEIGHT = 900;

    private final DeckInput input;
    private final List<Slide> slides = new ArrayList<>();

    private SlideDeckBuilder(DeckInput input) {
        this.input = input;
    }

    public static List<Slide> build(DeckInput input) {
        SlideDeckBuilder builder = new SlideDeckBuilder(input);
        builder.titleSlide();
        builder.situationSlides();
        builder.storedViews("Lage");
        builder.keyFigureSlides();
        for (SubgroupSection section : input.minutes().subgroups()) {
            builder.subgroupSlide(section);
        }
        builder.actionSlides();
        builder.decisionSlides();
        builder.closingSlide();
        return List.copyOf(builder.slides);
    }

    private MinutesDocument doc() {
        return input.minutes();
    }

    private LocalDate date() {
        return doc().header().date();
    }

    private void titleSlide() {
        var header = doc().header();
        String when = LONG_DATE.format(date()) + " · " + Formats.isoWeek(date());
        String where = (header.start() == null ? "" : header.start() + " Uhr")
                + (header.place() == null ? "" : (header.start() == null ? "" : " · ") + header.place());
        List<SlideBlock> blocks = new ArrayList<>();
        blocks.add(new SlideBlock.Statement("Sitzung Nr. " + input.meetingNumber() + " · " + when));
        if (!where.isBlank()) {
            blocks.add(new Lines(null, List.of(new Line(where, header.chair() == null ? null : "Leitung: " + header.chair(), false))));
        }
        slides.add(new Slide("Sonderstab Ordnung und Stadtleben", "Lagebesprechung", blocks, "", "Eröffnung"));
    }

    private void situationSlides() {
        IsoWeek reported = IsoWeek.reportedAt(date());
        LocalDate from = reported.firstDay();
        SituationSection situation = doc().situation();
        List<SlideBlock> blocks = new ArrayList<>();
        input.sources().hotspotMap(from, reported.endExclusive(), MAP_WIDTH, MAP_HEIGHT).ifPresentOrElse(
                png -> blocks.add(new SlideBlock.MapImage(png, "Hotspots " + Formats.date(from) + " – " + Formats.date(reported.endExclusive().minusDays(1)))),
                () -> blocks.add(new SlideBlock.Statement("Keine Lagekarte verfügbar (kein Kartenpaket installiert).")));
        List<Line> top = situation.hotspots().stream().limit(3)
                .map(h -> new Line(h.rank() + ". " + h.place(), h.incidents() + " Vorfälle · " + h.district(), false)).toList();
        if (!top.isEmpty()) {
            blocks.add(new Lines("Stärkste Hotspots", top));
        }
        slides.add(new Slide("Lage", "Woche vor der Sitzung (" + Formats.isoWeek(from) + ")", blocks, "", "Lage"));

        // Biggest movements first; areas without any incident in both weeks say nothing.
        List<Line> changes = input.sources().areaChanges(from, date()).stream()
                .filter(c -> c.before() + c.now() > 0)
                .sorted(java.util.Comparator.comparingInt((PresentationSources.AreaChange c) -> -Math.abs(c.now() - c.before())))
                .map(c -> new Line(c.area(), c.before() + " → " + c.now() + "   " + Formats.percentChange(c.before(), c.now()),
                        c.now() > c.before()))
                .toList();
        List<SlideBlock> change = new ArrayList<>();
        input.sources().changeMap(from, date(), MAP_WIDTH, MAP_HEIGHT)
                .ifPresent(png -> change.add(new SlideBlock.MapImage(png, "Veränderung gegenüber der Vorwoche")));
        addPaged("Lage – Veränderung", "gegenüber der Vorwoche", change, "Bereiche", changes, "Lage",
                "Keine Vergleichszahlen verfügbar.");
    }

    private void keyFigureSlides() {
        List<SlideBlock.Figure> figures = doc().situation().keyFigures().stream().map(SlideDeckBuilder::figure).toList();
        if (figures.isEmpty()) {
            slides.add(new Slide("Kennzahlen", "", List.of(new SlideBlock.Statement("Keine Kennzahlen erfasst.")), "", "Lage"));
            return;
        }
        for (int from = 0; from < figures.size(); from += FIGURES_PER_SLIDE) {
            List<SlideBlock.Figure> page = figures.subList(from, Math.min(figures.size(), from + FIGURES_PER_SLIDE));
            slides.add(new Slide("Kennzahlen" + (from == 0 ? "" : CONTINUED), "Veränderung zum Vorzeitraum",
                    List.of(new SlideBlock.Figures(page)), "", "Lage"));
        }
    }

    private static SlideBlock.Figure figure(SituationSection.KeyFigure f) {
        String value = f.value() == null ? "–" : Formats.decimal(f.value().doubleValue());
        String change = f.previous() == null || f.value() == null ? ""
                : Formats.percentChange(f.previous().doubleValue(), f.value().doubleValue());
        boolean rising = f.change() != null && f.change().signum() > 0;
        return new SlideBlock.Figure(f.label() + (f.source() == null ? "" : " (" + f.source() + ")"), value, change, rising);
    }

    private void subgroupSlide(SubgroupSection section) {
        DeckInput.BoardCounts counts = input.boardCounts().stream().filter(c -> c.code().equals(section.code()))
                .findFirst().orElse(new DeckInput.BoardCounts(section.code(), 0, 0, 0, section.doneSinceLastMeeting().size()));
        SlideBlock counters = new SlideBlock.Counters(List.of(
                new SlideBlock.Figure("Offen", String.valueOf(counts.open()), "", false),
                new SlideBlock.Figure("In Arbeit", String.valueOf(counts.inProgress()), "", false),
                new SlideBlock.Figure("Blockiert", String.valueOf(counts.blocked()), "", counts.blocked() > 0),
                new SlideBlock.Figure("Erledigt seit letzter Sitzung", String.valueOf(section.doneSinceLastMeeting().size()), "", false)));
        List<Line> overdue = section.overdue().stream()
                .map(t -> new Line(t.title(), detail(t.owner(), t.due()), true)).toList();
        String title = "Untergruppe " + section.name();
        addPaged(title, section.code(), new ArrayList<>(List.of(counters)), "Überfällig", overdue, title, null);
        storedViews(title);
    }

    private void actionSlides() {
        List<ActionLine> open = new ArrayList<>(doc().actions().carriedOver());
        open.addAll(doc().actions().created().stream().filter(a -> "offen".equalsIgnoreCase(a.status())).toList());
        open.sort(Comparator.comparing(ActionLine::escalated).reversed()
                .thenComparing(a -> a.due() == null ? LocalDate.MAX : a.due()));
        List<Line> lines = open.stream().map(a -> new Line((a.escalated() ? "⚠ " : "") + a.title(),
                detail(a.owner(), a.due()) + (a.meetingsOpen() > 0 ? " · seit " + a.meetingsOpen() + " Sitzung(en) offen" : ""),
                a.escalated())).toList();
        addPaged("Offene Maßnahmen", "eskalierte zuerst", new ArrayList<>(), null, lines, "Maßnahmen",
                "Keine offenen Maßnahmen.");
    }

    private void decisionSlides() {
        List<Line> lines = doc().agenda().stream()
                .flatMap(entry -> entry.decisions().stream().map(d -> new Line(d, entry.title(), false))).toList();
        addPaged("Beschlüsse dieser Sitzung", "", new ArrayList<>(), null, lines, "Maßnahmen",
                "Noch keine Beschlüsse in dieser Sitzung.");
    }

    private void closingSlide() {
        LocalDate next = doc().nextMeeting();
        List<SlideBlock> blocks = new ArrayList<>();
        blocks.add(new SlideBlock.Statement(next == null ? "Nächste Sitzung: noch nicht geplant"
                : "Nächste Sitzung: " + LONG_DATE.format(next) + " (" + Formats.isoWeek(next) + ")"));
        doc().agenda().stream().filter(e -> e.title().equalsIgnoreCase("Verschiedenes") && e.notes() != null && !e.notes().isBlank())
                .findFirst().ifPresent(e -> blocks.add(new Lines("Verschiedenes", List.of(new Line(e.notes(), null, false)))));
        slides.add(new Slide("Verschiedenes", "und nächste Sitzung", blocks, "", "Verschiedenes"));
    }

    private void storedViews(String agendaTitle) {
        for (DeckInput.StoredView stored : input.storedViews()) {
            if (!stored.agendaTitle().equals(agendaTitle) && !("Lage".equals(agendaTitle) && stored.agendaTitle().startsWith("Lage"))) {
                continue;
            }
            SlideBlock block = input.sources().storedView(stored.view(), MAP_WIDTH, MAP_HEIGHT)
                    .<SlideBlock>map(png -> new SlideBlock.MapImage(png, caption(stored.view())))
                    .orElse(new SlideBlock.Statement("Gespeicherte Kartenansicht: " + caption(stored.view())));
            slides.add(new Slide(stored.agendaTitle() + " – Karte", caption(stored.view()), List.of(block), "", agendaTitle));
        }
    }

    static String caption(StoredMapView view) {
        return Formats.date(view.from()) + " – " + Formats.date(view.to().minusDays(1))
                + (view.categories().isEmpty() ? ", alle Kategorien" : ", " + view.categories().size() + " Kategorien");
    }

    /** Adds one slide, or several marked "(Forts.)" when the lines do not fit on one. */
    private void addPaged(String title, String subtitle, List<SlideBlock> lead, String heading, List<Line> lines,
                          String agendaTitle, String emptyText) {
        if (lines.isEmpty()) {
            List<SlideBlock> blocks = new ArrayList<>(lead);
            if (emptyText != null && lead.isEmpty()) {
                blocks.add(new SlideBlock.Statement(emptyText));
            }
            slides.add(new Slide(title, subtitle, blocks, "", agendaTitle));
            return;
        }
        boolean first = true;
        int index = 0;
        while (index < lines.size()) {
            int budget = first ? roomBelow(lead) : ROWS_PER_SLIDE;
            int end = index;
            int used = 0;
            // At least one line per slide, then as many as fit the rows left.
            while (end < lines.size() && (end == index || used + rows(lines.get(end)) <= budget)
                    && end - index < LINES_PER_SLIDE) {
                used += rows(lines.get(end));
                end++;
            }
            List<SlideBlock> blocks = new ArrayList<>(first ? lead : List.of());
            blocks.add(new Lines(heading, lines.subList(index, end)));
            slides.add(new Slide(first ? title : title + CONTINUED, subtitle, blocks, "", agendaTitle));
            index = end;
            first = false;
        }
    }

    private static int roomBelow(List<SlideBlock> lead) {
        if (lead.stream().anyMatch(b -> b instanceof SlideBlock.MapImage)) {
            return 12; // beside the map: short area lines in a narrow column
        }
        return lead.isEmpty() ? ROWS_PER_SLIDE : ROWS_PER_SLIDE - 6;
    }

    /** Text rows a line needs on the slide: its text and its detail, each wrapped. */
    static int rows(Line line) {
        int rows = (line.text().length() + CHARS_PER_ROW - 1) / CHARS_PER_ROW;
        if (line.detail() != null && !line.detail().isBlank()) {
            rows += (line.detail().length() + CHARS_PER_ROW + 5) / (CHARS_PER_ROW + 6);
        }
        return Math.max(1, rows);
    }

    private static String detail(String owner, LocalDate due) {
        String who = owner == null || owner.isBlank() ? "ohne Verantwortliche" : owner;
        return due == null ? who : who + " · fällig " + Formats.date(due);
    }
}
