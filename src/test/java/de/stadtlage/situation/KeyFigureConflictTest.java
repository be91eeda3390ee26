package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.common.ConflictException;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.jooq.Tables;
import de.stadtlage.testing.TempDatabase;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people keep key figures from two app instances on one file: nobody overwrites a figure they did not see. */
class KeyFigureConflictTest {

    private static final LocalDate KW36 = LocalDate.of(2023, 9, 4);
    private static final String WHO_AND_WHEN = "(?s).*Kai Brandt hat am \\d{2}\\.\\d{2}\\.\\d{4} um \\d{2}:\\d{2} Uhr.*";

    @TempDir
    Path folder;
    private Database db;
    private KeyFigureService martina;

    @BeforeEach
    void open() {
        db = TempDatabase.open(folder);
        martina = new KeyFigureService(db, new CurrentUser("Martina Krüger", Role.VORSITZ, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void kai(Consumer<KeyFigureService> change) {
        try (Database other = TempDatabase.open(folder)) { // the same file (or schema) again
            change.accept(new KeyFigureService(other, new CurrentUser("Kai Brandt", Role.VORSITZ, null)));
        }
    }

    private static KeyFigure week(long value) {
        return new KeyFigure(null, "Platzverweise", "KOD", KW36, KW36.plusDays(6), BigDecimal.valueOf(value), null);
    }

    private static KeyFigure withValue(KeyFigure seen, long value) {
        return new KeyFigure(seen.id(), seen.metric(), seen.source(), seen.periodStart(), seen.periodEnd(),
                BigDecimal.valueOf(value), seen.note(), seen.version());
    }

    private int auditEntries() {
        return db.dsl().fetchCount(Tables.AUDIT_LOG);
    }

    @Test
    void aValueSavedFromAnOutdatedFigureIsRefusedAndNamesWhoChangedItWhen() {
        martina.save(week(40));
        KeyFigure seen = martina.figures().get(0);
        kai(service -> service.save(withValue(seen, 44)));
        int entries = auditEntries();

        assertThatThrownBy(() -> martina.save(withValue(seen, 50))).isInstanceOf(ConflictException.class)
                .hasMessageMatching(WHO_AND_WHEN).hasMessageContaining("Platzverweise");
        assertThat(martina.figures()).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("44"));
        assertThat(auditEntries()).isEqualTo(entries);

        martina.save(withValue(martina.figures().get(0), 50));
        assertThat(martina.figures()).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("50"));
    }

    @Test
    void aNewFigureForAPeriodSomeoneElseEnteredMeanwhileIsRefused() {
        kai(service -> service.save(week(44)));
        assertThatThrownBy(() -> martina.save(week(50))).isInstanceOf(ConflictException.class)
                .hasMessageMatching(WHO_AND_WHEN);
        assertThat(martina.figures()).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("44"));
    }

    @Test
    void deletingAnOutdatedFigureIsRefused() {
        martina.save(week(40));
        KeyFigure seen = martina.figures().get(0);
        kai(service -> service.save(withValue(seen, 44)));
        assertThatThrownBy(() -> martina.delete(seen)).isInstanceOf(ConflictException.class)
                .hasMessageMatching(WHO_AND_WHEN);
        assertThat(martina.figures()).hasSize(1);
    }

    @Test
    void deletingAFigureThatDoesNotExistSaysSoAndWritesNoAuditEntry() {
        martina.save(week(40));
        KeyFigure seen = martina.figures().get(0);
        KeyFigure missing = new KeyFigure(seen.id() + 1000, "Platzverweise", "KOD", KW36, KW36.plusDays(6),
                BigDecimal.ONE, null);
        int entries = auditEntries();
        assertThatThrownBy(() -> martina.delete(missing)).isInstanceOf(UserMessage.class)
                .hasMessageContaining("gibt es nicht").hasMessageContaining("neu laden");
        assertThat(auditEntries()).isEqualTo(entries);

        kai(service -> service.delete(seen));
        entries = auditEntries();
        assertThatThrownBy(() -> martina.delete(seen)).isInstanceOf(UserMessage.class)
                .hasMessageContaining("gibt es nicht");
        assertThat(auditEntries()).isEqualTo(entries);
    }
}
