package de.stadtlage.situation;

import static org.assertj.core.api.Assertions.assertThat;

import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.Role;
import de.stadtlage.common.TaskRunner;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The editor's form logic without a toolkit (the service is not touched). */
class KeyFigureEditorModelTest {

    @Test
    void aNewFigureDefaultsToTheWholeIsoWeekAndReadersCannotWrite() {
        KeyFigureService reader = new KeyFigureService(null, new CurrentUser("Leser", Role.LESEND, null));
        KeyFigureEditorModel model = new KeyFigureEditorModel(reader, TaskRunner.direct(), f -> 0, LocalDate.of(2023, 9, 6));
        assertThat(model.canWrite()).isFalse();
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2023, 9, 4));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.of(2023, 9, 10));
        model.useWeekOf(LocalDate.of(2024, 1, 1));
        assertThat(KeyFigureTrend.periodLabel(model.fromProperty().get(), model.toProperty().get())).isEqualTo("KW 1/2024");
    }

    @Test
    void valuesAreReadInGermanOrPlainWriting() {
        assertThat(KeyFigureEditorModel.parse("1.234")).isEqualByComparingTo("1234");
        assertThat(KeyFigureEditorModel.parse("50.000,50")).isEqualByComparingTo("50000.50");
        assertThat(KeyFigureEditorModel.parse("12,5")).isEqualByComparingTo("12.5");
        assertThat(KeyFigureEditorModel.parse("viel")).isNull();
        assertThat(KeyFigureEditorModel.parse(" ")).isNull();
    }
}
