package de.stadtlage.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.meeting.minutes.ActionItemSection;
import de.stadtlage.meeting.minutes.ActionItemSection.ActionLine;
import de.stadtlage.meeting.minutes.MinutesDocument;
import de.stadtlage.meeting.minutes.MinutesHeader;
import de.stadtlage.meeting.minutes.SituationSection;
import de.stadtlage.meeting.minutes.SubgroupSection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlideDeckBuilderTest {

    private static final LocalDate DATE = LocalDate.of(2023, 8, 31);

    private static MinutesDocument minutes(List<ActionLine> carried, List<SubgroupSection> subgroups) {
        SituationSection situation = new SituationSection(null, null, null,
                List.of(new SituationSection.KeyFigure("Rauschgiftdelikte", new BigDecimal("2495"), new BigDecimal("2132"), "Polizei")),
                List.of(new SituationSection.Hotspot(1, "Nordmarkt", "Nordmarkt", "Drogenhandel", 120)));
        return new MinutesDocument(new MinutesHeader(DATE, LocalTime.of(10, 0), null, "Rathaus", "Krüger", "Yilmaz", false),
                List.of(), situation, subgroups,
                List.of(new MinutesDocument.AgendaEntry(0, "Lage", null, List.of("Mehr Präsenz am Keuningpark"))),
                new ActionItemSection(List.of(), carried, List.of()), DATE.plusWeeks(1), List.of(), null);
    }

    private static ActionLine action(int n, boolean escalated, LocalDate due) {
        return new ActionLine(n, "Maßnahme " + n, "KOD", null, due, "offen", null, DATE.minusWeeks(3), 3, escalated);
    }

    @Test
    void slidesFollowTheAgendaFromTitleToNextMeeting() {
        SubgroupSection sv = new SubgroupSection("SV", "Stadtraum verschönern", List.of(), List.of(), List.of(),
                List.of(new SubgroupSection.TaskLine("Beleuchtung Nordausgang", "Schulte", DATE.minusDays(3), null)));
        List<Slide> slides = SlideDeckBuilder.build(new DeckInput(minutes(List.of(action(1, false, DATE)), List.of(sv)), 2,
                List.of(new DeckInput.BoardCounts("SV", 3, 2, 1, 4)), List.of(), PresentationSources.NONE));
        assertThat(slides).extracting(Slide::title).containsExactly("Sonderstab Ordnung und Stadtleben", "Lage",
                "Lage – Veränderung", "Kennzahlen", "Untergruppe Stadtraum verschönern", "Offene Maßnahmen",
                "Beschlüsse dieser Sitzung", "Verschiedenes");
        assertThat(((SlideBlock.Statement) slides.get(0).blocks().get(0)).text())
                .isEqualTo("Sitzung Nr. 2 · Donnerstag, 31.08.2023 · KW 35/2023");
        SlideBlock.Figures figures = (SlideBlock.Figures) slides.get(3).blocks().get(0);
        assertThat(figures.figures().get(0).change()).isEqualTo("+17,0 %");
        SlideBlock.Counters counters = (SlideBlock.Counters) slides.get(4).blocks().get(0);
        assertThat(counters.counters()).extracting(SlideBlock.Figure::value).containsExactly("3", "2", "1", "0");
        SlideBlock.Lines overdue = (SlideBlock.Lines) slides.get(4).blocks().get(1);
        assertThat(overdue.lines().get(0).text()).isEqualTo("Beleuchtung Nordausgang");
        assertThat(overdue.lines().get(0).emphasised()).isTrue();
        assertThat(((SlideBlock.Statement) slides.get(7).blocks().get(0)).text()).contains("07.09.2023").contains("KW 36/2023");
    }

    @Test
    void longListsAreSplitAcrossContinuedSlidesWithEscalatedItemsFirst() {
        List<ActionLine> carried = new ArrayList<>();
        IntStream.rangeClosed(1, 17).forEach(n -> carried.add(action(n, n == 16 || n == 17, DATE.plusDays(n))));
        List<Slide> slides = SlideDeckBuilder.build(new DeckInput(minutes(carried, List.of()), 1, List.of(), List.of(), null));
        List<Slide> actionSlides = slides.stream().filter(s -> s.title().startsWith("Offene Maßnahmen")).toList();
        assertThat(actionSlides).extracting(Slide::title)
                .containsExactly("Offene Maßnahmen", "Offene Maßnahmen (Forts.)", "Offene Maßnahmen (Forts.)");
        List<SlideBlock.Line> all = actionSlides.stream()
                .flatMap(s -> s.blocks().stream()).map(b -> (SlideBlock.Lines) b).flatMap(l -> l.lines().stream()).toList();
        assertThat(all).hasSize(17);
        assertThat(all.subList(0, 2)).allMatch(SlideBlock.Line::emphasised);
        assertThat(all.get(0).text()).isEqualTo("⚠ Maßnahme 16");
        actionSlides.forEach(s -> assertThat(((SlideBlock.Lines) s.blocks().get(0)).lines()).hasSizeLessThanOrEqualTo(SlideDeckBuilder.LINES_PER_SLIDE));
    }

    @Test
    void aStoredMapViewGetsItsOwnSlideBehindItsAgendaItem() {
        StoredMapView view = new StoredMapView(51.5216, 7.4602, 15.5, List.of("hotspots"), LocalDate.of(2023, 8, 21),
                LocalDate.of(2023, 8, 28), List.of("DROGENKONSUM"));
        StoredMapView roundTrip = StoredMapView.fromJson(view.toJson());
        assertThat(roundTrip).isEqualTo(view);
        PresentationSources sources = new PresentationSources() {
            @Override
            public java.util.Optional<byte[]> storedView(StoredMapView v, int width, int height) {
                return v.equals(view) ? java.util.Optional.of(new byte[] {1, 2, 3}) : java.util.Optional.empty();
            }
        };
        List<Slide> slides = SlideDeckBuilder.build(new DeckInput(minutes(List.of(), List.of()), 1, List.of(),
                List.of(new DeckInput.StoredView("Lage", roundTrip)), sources));
        int lage = slides.stream().map(Slide::title).toList().indexOf("Lage – Veränderung");
        Slide stored = slides.get(lage + 1);
        assertThat(stored.title()).isEqualTo("Lage – Karte");
        assertThat(stored.subtitle()).isEqualTo("21.08.2023 – 27.08.2023, 1 Kategorie");
        assertThat(((SlideBlock.MapImage) stored.blocks().get(0)).png()).containsExactly(1, 2, 3);
    }

    @Test
    void theChangeSlideListsOnlyAreasWithEnoughIncidentsBiggestChangeFirstOnOneSlide() {
        PresentationSources sources = new PresentationSources() {
            @Override
            public List<AreaChange> areaChanges(LocalDate from, LocalDate to) {
                List<AreaChange> rows = new ArrayList<>(List.of(new AreaChange("Nordmarkt", 465, 521),
                        new AreaChange("Ruhrallee", 1, 0), new AreaChange("Dorstfeld", 2, 3),
                        new AreaChange("Hafen", 7, 12), new AreaChange("City", 284, 264),
                        new AreaChange("Westfalenhalle", 4, 4), new AreaChange("Keuningpark", 131, 135)));
                IntStream.range(0, 12).forEach(i -> rows.add(new AreaChange("Gebiet " + i, 1, 2)));
                return rows;
            }
        };
        List<Slide> slides = SlideDeckBuilder.build(new DeckInput(minutes(List.of(), List.of()), 1, List.of(),
                List.of(), sources));
        List<Slide> change = slides.stream().filter(s -> s.title().startsWith("Lage – Veränderung")).toList();
        assertThat(change).hasSize(1);
        SlideBlock.Lines lines = (SlideBlock.Lines) change.get(0).blocks().get(0);
        assertThat(lines.heading()).isEqualTo("Größte Veränderungen");
        assertThat(lines.lines()).extracting(SlideBlock.Line::text)
                .containsExactly("Nordmarkt", "City", "Hafen", "Keuningpark");
        assertThat(lines.lines().get(0).detail()).isEqualTo("465 → 521 (+12 %)");
        assertThat(lines.lines().get(0).emphasised()).as("rising").isTrue();
        assertThat(lines.lines().get(1).emphasised()).isFalse();
    }

    @Test
    void aSubgroupSlideNamesItsTopTasksOverdueAndBlockedFirstThenDueSoon() {
        List<SubgroupSection.TaskLine> open = new ArrayList<>();
        IntStream.rangeClosed(1, 6).forEach(n -> open.add(new SubgroupSection.TaskLine("Aufgabe " + n, "Schulte",
                DATE.plusDays(10 - n), n == 6 ? "in Arbeit" : null)));
        SubgroupSection su = new SubgroupSection("SU", "Sucht vermeiden", List.of(), open,
                List.of(new SubgroupSection.TaskLine("Social-Media-Kampagne", "Yilmaz", DATE.plusDays(20),
                        "Freigabe Pressestelle")),
                List.of(new SubgroupSection.TaskLine("Elternabend Schulen", null, DATE.minusDays(2), null)));
        List<Slide> slides = SlideDeckBuilder.build(new DeckInput(minutes(List.of(), List.of(su)), 1,
                List.of(new DeckInput.BoardCounts("SU", 6, 1, 1, 0)), List.of(), PresentationSources.NONE));
        Slide slide = slides.stream().filter(s -> s.title().equals("Untergruppe Sucht vermeiden")).findFirst()
                .orElseThrow();
        assertThat(slides).noneMatch(s -> s.title().startsWith("Untergruppe Sucht vermeiden (Forts.)"));
        assertThat(slide.blocks().get(0)).isInstanceOf(SlideBlock.Counters.class);
        SlideBlock.Lines tasks = (SlideBlock.Lines) slide.blocks().get(1);
        assertThat(tasks.heading()).isEqualTo("Wichtigste Aufgaben");
        List<String> titles = tasks.lines().stream().map(SlideBlock.Line::text).toList();
        assertThat(titles.subList(0, 3)).containsExactly("Elternabend Schulen", "Social-Media-Kampagne", "Aufgabe 6");
        assertThat(tasks.lines().get(0).detail()).isEqualTo("überfällig seit 29.08.2023 · ohne Verantwortliche");
        assertThat(tasks.lines().get(1).detail()).isEqualTo("blockiert: Freigabe Pressestelle · Yilmaz");
        assertThat(tasks.lines().get(2).detail()).isEqualTo("in Arbeit · Schulte · fällig 04.09.2023");
        assertThat(titles.get(titles.size() - 1)).matches("… und \\d+ weitere Aufgaben");
    }

    @Test
    void hotspotLinesSayOneVorfallAndFollowTheNumbersOnTheMap() {
        PresentationSources sources = new PresentationSources() {
            @Override
            public List<HotspotSpot> topHotspots(LocalDate from, LocalDate to, int count) {
                return List.of(new HotspotSpot(1, "Paul-Winzen-Str.", "City", 145),
                        new HotspotSpot(2, "Burgtor", "Nordmarkt", 1));
            }
        };
        List<Slide> slides = SlideDeckBuilder.build(new DeckInput(minutes(List.of(), List.of()), 1, List.of(),
                List.of(), sources));
        SlideBlock.Lines top = slides.get(1).blocks().stream().filter(b -> b instanceof SlideBlock.Lines)
                .map(b -> (SlideBlock.Lines) b).findFirst().orElseThrow();
        assertThat(top.lines()).extracting(SlideBlock.Line::text).containsExactly("1. Paul-Winzen-Str.", "2. Burgtor");
        assertThat(top.lines()).extracting(SlideBlock.Line::detail)
                .containsExactly("145 Vorfälle · City", "1 Vorfall · Nordmarkt");
    }
}
