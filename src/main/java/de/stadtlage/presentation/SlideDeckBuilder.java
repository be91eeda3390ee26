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
    /** Two rows of two on a 4:3 slide, where tiles are as wide as "Ordnungswidrigkeiten-" at 24 px. */
    static final int FIGURES_PER_SLIDE = 4;
    /** Hotspots numbered on the Lage slide's map and listed beside it. */
    static final int TOP_HOTSPOTS = 3;
    /** An area needs this many incidents in one of the two weeks to count as a change worth a line. */
    static final int CHANGE_MIN_COUNT = 5;
    /** Areas listed beside the change map (the narrow column holds this many). */
    static final int CHANGE_LINES = 5;
    static final String CONTINUED = " (Forts.)";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", Locale.GERMANY);
    static final int MAP_WIDTH = 1600;
    static final int MAP_HEIGHT = 1040;

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
        List<SlideBlock> blocks = new ArrayList<>();
        input.sources().hotspotMap(from, reported.endExclusive(), MAP_WIDTH, MAP_HEIGHT).ifPresentOrElse(
                png -> blocks.add(new SlideBlock.MapImage(png, "Hotspots " + Formats.date(from) + " – " + Formats.date(reported.endExclusive().minusDays(1)))),
                () -> blocks.add(new SlideBlock.Statement("Keine Lagekarte verfügbar (kein Kartenpaket installiert).")));
        List<Line> top = strongestHotspots(from);
        if (!top.isEmpty()) {
            blocks.add(new Lines("Stärkste Hotspots", top));
        }
        slides.add(new Slide("Lage", "Woche vor der Sitzung (" + Formats.isoWeek(from) + ")", blocks, "", "Lage"));
        changeSlide(from);
    }

    /** The hotspots the map numbers, else (without a map) the minutes' places with the most incidents. */
    private List<Line> strongestHotspots(LocalDate from) {
        List<PresentationSources.HotspotSpot> spots = input.sources().topHotspots(from, date(), TOP_HOTSPOTS);
        if (!spots.isEmpty()) {
            return spots.stream().map(h -> new Line(h.rank() + ". " + h.place(),
                    incidents(h.incidents()) + " · " + h.district(), false)).toList();
        }
        return doc().situation().hotspots().stream().limit(TOP_HOTSPOTS).map(h -> new Line(h.rank() + ". " + h.place(),
                incidents(h.incidents()) + " · " + h.district(), false)).toList();
    }

    /**
     * The change map with the areas that moved most beside it: only areas with at least {@link #CHANGE_MIN_COUNT}
     * incidents in one of the two weeks ("1 → 0, −100 %" says nothing), biggest absolute change first, at most
     * {@link #CHANGE_LINES}; one slide, no "(Forts.)".
     */
    private void changeSlide(LocalDate from) {
        List<Line> changes = input.sources().areaChanges(from, date()).stream()
                .filter(c -> Math.max(c.before(), c.now()) >= CHANGE_MIN_COUNT)
                .sorted(Comparator.comparingInt((PresentationSources.AreaChange c) -> -Math.abs(c.now() - c.before()))
                        .thenComparing(PresentationSources.AreaChange::area))
                .limit(CHANGE_LINES)
                .map(c -> new Line(c.area(), change(c), c.now() > c.before()))
                .toList();
        List<SlideBlock> blocks = new ArrayList<>();
        input.sources().changeMap(from, date(), MAP_WIDTH, MAP_HEIGHT)
                .ifPresent(png -> blocks.add(new SlideBlock.MapImage(png, "Veränderung gegenüber der Vorwoche")));
        if (!changes.isEmpty()) {
            blocks.add(new Lines("Größte Veränderungen", changes));
        } else {
            blocks.add(new SlideBlock.Statement("Kein Gebiet mit mindestens " + CHANGE_MIN_COUNT
                    + " Vorfällen hat sich verändert."));
        }
        slides.add(new Slide("Lage – Veränderung", "gegenüber der Vorwoche", blocks, "", "Lage"));
    }

    /** "465 → 521 (+12 %)": short enough for the column beside the map on a 4:3 projector. */
    static String change(PresentationSources.AreaChange c) {
        String counts = Formats.number(c.before()) + " → " + Formats.number(c.now());
        if (c.before() == 0) {
            return counts + " (neu)";
        }
        long percent = Math.round(100.0 * (c.now() - c.before()) / c.before());
        return counts + " (" + (percent > 0 ? "+" : percent < 0 ? "-" : "±") + Math.abs(percent) + " %)";
    }

    /** "1 Vorfall", "2 Vorfälle". */
    static String incidents(int count) {
        return Formats.number(count) + (count == 1 ? " Vorfall" : " Vorfälle");
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
        List<SlideBlock> blocks = new ArrayList<>(List.of(counters));
        List<Line> tasks = SubgroupTasks.topLines(section, ROWS_PER_SLIDE - 6);
        blocks.add(tasks.isEmpty() ? new SlideBlock.Statement("Keine offenen Aufgaben.")
                : new Lines("Wichtigste Aufgaben", tasks));
        String title = "Untergruppe " + section.name();
        slides.add(new Slide(title, section.code(), blocks, "", title));
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
                + (view.categories().isEmpty() ? ", alle Kategorien"
                        : view.categories().size() == 1 ? ", 1 Kategorie" : ", " + view.categories().size() + " Kategorien");
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

    static String detail(String owner, LocalDate due) {
        String who = owner == null || owner.isBlank() ? "ohne Verantwortliche" : owner;
        return due == null ? who : who + " · fällig " + Formats.date(due);
    }
}
