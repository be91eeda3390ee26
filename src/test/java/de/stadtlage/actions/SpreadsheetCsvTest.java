package de.stadtlage.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void fileStartsWithByteOrderMarkAndUsesSemicolons() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetCsv.write(List.of("Maßnahme", "Verantwortlich"),
                List.of(List.of("Straßenbeleuchtung prüfen", "Tiefbauamt")), out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFMaßnahme;Verantwortlich\r\nStraßenbeleuchtung prüfen;Tiefbauamt\r\n");
    }

    @Test
    void formulasAreNeutralised() {
        assertThat(SpreadsheetCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SpreadsheetCsv.cell("+49 231")).isEqualTo("'+49 231");
        assertThat(SpreadsheetCsv.cell("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("Polizei - KOD")).isEqualTo("Polizei - KOD");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(SpreadsheetCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(SpreadsheetCsv.cell("Zeile 1\nZeile 2")).isEqualTo("\"Zeile 1\nZeile 2\"");
    }
}
