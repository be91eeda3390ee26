package de.stadtlage.sample;

import de.stadtlage.situation.KeyFigure;
import de.stadtlage.situation.KeyFigureRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/** The figures reported at the start of the staff's work (see the product description). */
final class SampleKeyFigures {

    private static final LocalDate POLICE_FROM = LocalDate.of(2023, 7, 3);
    private static final LocalDate POLICE_TO = LocalDate.of(2023, 8, 27);
    private static final LocalDate KOD_FROM = LocalDate.of(2023, 8, 17);
    private static final LocalDate KOD_TO = LocalDate.of(2023, 8, 30);
    private static final LocalDate H1_2022_FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate H1_2022_TO = LocalDate.of(2022, 7, 31);
    private static final LocalDate H1_2023_FROM = LocalDate.of(2023, 1, 1);
    private static final LocalDate H1_2023_TO = LocalDate.of(2023, 7, 31);

    private SampleKeyFigures() {
    }

    static int insert(DSLContext tx) {
        List<KeyFigure> figures = List.of(
                figure("Personalstunden", "Polizei", POLICE_FROM, POLICE_TO, 8900, "mehr als 8.900"),
                figure("Platzverweise", "Polizei", POLICE_FROM, POLICE_TO, 1000, "fast 1.000"),
                figure("sichergestellte Waffen", "Polizei", POLICE_FROM, POLICE_TO, 18, null),
                figure("sichergestelltes Bargeld (EUR)", "Polizei", POLICE_FROM, POLICE_TO, 50000, null),
                figure("Straftaten", "Polizei", POLICE_FROM, POLICE_TO, 440, "fast 440 Straftaten und Ordnungswidrigkeiten"),
                figure("Bürgergespräche", "Polizei", POLICE_FROM, POLICE_TO, 800, "mehr als 800"),
                figure("Platzverweise", "KOD", KOD_FROM, KOD_TO, 782, "innerhalb des Wallrings"),
                figure("Ordnungswidrigkeiten-Anzeigen", "KOD", KOD_FROM, KOD_TO, 1000, "fast 1.000"),
                figure("Ordnungswidrigkeiten-Anzeigen: Drogenkonsum", "KOD", KOD_FROM, KOD_TO, 400, "etwa 400"),
                figure("Ordnungswidrigkeiten-Anzeigen: aggressives Betteln", "KOD", KOD_FROM, KOD_TO, 136, null),
                figure("Rauschgiftdelikte", "Polizei", H1_2022_FROM, H1_2022_TO, 2132, "Januar bis Juli 2022"),
                figure("Rauschgiftdelikte", "Polizei", H1_2023_FROM, H1_2023_TO, 2495, "Januar bis Juli 2023; etwa 20 % der Tatverdächtigen unter 21"),
                figure("Gewaltdelikte", "Polizei", H1_2022_FROM, H1_2022_TO, 1683, "Januar bis Juli 2022"),
                figure("Gewaltdelikte", "Polizei", H1_2023_FROM, H1_2023_TO, 2103, "Januar bis Juli 2023"),
                figure("Messerangriffe", "Polizei", H1_2022_FROM, H1_2022_TO, 17, "durch junge Menschen, Januar bis Juli 2022"),
                figure("Messerangriffe", "Polizei", H1_2023_FROM, H1_2023_TO, 33, "durch junge Menschen, Januar bis Juli 2023"),
                figure("Drogentote", "Polizei", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), 8, null),
                figure("Drogentote", "Polizei", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), 31, null));
        figures.forEach(f -> KeyFigureRepository.insert(tx, f, true));
        return figures.size();
    }

    private static KeyFigure figure(String metric, String source, LocalDate from, LocalDate to, long value, String note) {
        return new KeyFigure(null, metric, source, from, to, BigDecimal.valueOf(value), note);
    }
}
