package de.stadtlage.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.app.AppContext;
import de.stadtlage.persistence.ChangeSignature;
import de.stadtlage.persistence.Database;
import de.stadtlage.sample.SampleData;
import de.stadtlage.testing.TempDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckLoaderTest {

    /** Loaded on this Wednesday, the sample meetings are the Thursdays 24.08. and 31.08.2023. */
    private static final LocalDate SAMPLE_TODAY = LocalDate.of(2023, 9, 6);

    @TempDir
    Path folder;

    @Test
    void theStoredMapViewOfAnAgendaItemBecomesItsOwnSlide() {
        try (Database db = TempDatabase.open(folder)) {
            SampleData.load(db, CurrentUser.system(), SAMPLE_TODAY, false);
            StoredMapView view = new StoredMapView(51.5216, 7.4602, 16, List.of("kde"), LocalDate.of(2023, 8, 21),
                    LocalDate.of(2023, 8, 28), List.of());
            db.transaction(cfg -> cfg.dsl().execute("update agenda_item set map_view = ? where title = 'Lage'"
                    + " and meeting_id = (select id from meeting where meeting_date = date '2023-08-31')", view.toJson()));
            DeckLoader loader = new DeckLoader(new AppContext(db, CurrentUser.system(), Clock.systemDefaultZone()),
                    PresentationSources.NONE);

            assertThat(loader.defaultMeetingDate(LocalDate.of(2026, 11, 26))).contains(LocalDate.of(2023, 8, 31));
            assertThat(loader.defaultMeetingDate(LocalDate.of(2023, 8, 30))).contains(LocalDate.of(2023, 8, 31));
            List<Slide> slides = loader.load(LocalDate.of(2023, 8, 31)).orElseThrow();
            Slide stored = slides.stream().filter(s -> s.title().equals("Lage – Karte")).findFirst().orElseThrow();
            assertThat(stored.subtitle()).isEqualTo("21.08.2023 – 27.08.2023, alle Kategorien");
            assertThat(loader.load(LocalDate.of(2023, 8, 24)).orElseThrow()).noneMatch(s -> s.title().equals("Lage – Karte"));
            assertThat(loader.load(LocalDate.of(2023, 8, 25))).isEmpty();
        }
    }

    @Test
    void theDeckCarriesTheChangeSignatureItWasBuiltWithSoTheRefresherNeedsNoQueryOnTheFxThread() {
        try (Database db = TempDatabase.open(folder)) {
            SampleData.load(db, CurrentUser.system(), SAMPLE_TODAY, false);
            DeckLoader loader = new DeckLoader(new AppContext(db, CurrentUser.system(), Clock.systemDefaultZone()),
                    PresentationSources.NONE);

            DeckLoader.Deck deck = loader.loadDeck(LocalDate.of(2023, 8, 31)).orElseThrow();

            assertThat(deck.signature()).isNotBlank().isEqualTo(ChangeSignature.of(db.dsl()));
            assertThat(deck.slides()).extracting(Slide::title)
                    .containsExactlyElementsOf(loader.load(LocalDate.of(2023, 8, 31)).orElseThrow().stream()
                            .map(Slide::title).toList());
            db.transaction(cfg -> cfg.dsl().execute("update meeting set version = version + 1"
                    + " where meeting_date = date '2023-08-31'"));
            assertThat(ChangeSignature.of(db.dsl())).isNotEqualTo(deck.signature());
            assertThat(loader.loadDeck(LocalDate.of(2023, 8, 25))).isEmpty();
        }
    }
}
