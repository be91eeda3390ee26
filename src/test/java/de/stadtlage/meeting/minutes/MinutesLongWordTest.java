package de.stadtlage.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A title without spaces (a pasted URL, a 300-character word) must wrap inside its table column: every character
 * on the page, none over the neighbouring column or past the page edge.
 */
class MinutesLongWordTest {

    /** 300 characters without a break opportunity; "Q" runs occur nowhere else in the sample minutes. */
    private static final String LONG_WORD = "QQQQ" + "Ordnungswidrigkeitenanzeigenbearbeitung".repeat(7) + "QQQQ";
    private static final String URL = "https://www.dortmund.de/rathaus/sonderstab-ordnung-und-stadtleben/protokolle/"
            + "2026/kw48/anlage-7-allgemeinverfuegung-aggressives-betteln-entwurf-fassung-vom-24-11-2026.pdf";

    private static byte[] pdf;
    private static final List<Glyphs> RUNS = new ArrayList<>();
    private static float pageWidth;

    record Glyphs(String text, float left, float right) {
    }

    @BeforeAll
    static void render() throws Exception {
        pdf = new MinutesPdfRenderer().render(SampleMinutes.create(LONG_WORD + " " + URL));
        Files.write(Path.of("target", "minutes-long-word.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            pageWidth = first.getMediaBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    for (TextPosition p : positions) {
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                    }
                    RUNS.add(new Glyphs(text, left, right));
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            stripper.writeText(document, new StringWriter());
        }
    }

    @Test
    void everyCharacterOfTheLongTitleIsInTheRecord() throws Exception {
        String joined = PdfChecks.text(pdf).replaceAll("\\s+", "");
        assertThat(joined).contains(LONG_WORD).contains(URL);
    }

    @Test
    void noTextRunsPastThePageEdge() {
        assertThat(RUNS).isNotEmpty().allSatisfy(run ->
                assertThat(run.right()).as("right edge of \"%s\"", run.text()).isLessThanOrEqualTo(pageWidth - 28f));
    }

    @Test
    void theLongWordStaysInsideOneColumn() {
        List<Glyphs> word = RUNS.stream().filter(r -> r.text().contains("QQQQ") || r.text().contains("Ordnungswidrigkeitenanzeigenb")).toList();
        assertThat(word).isNotEmpty().allSatisfy(run ->
                assertThat(run.right() - run.left()).as("width of \"%s\"", run.text()).isLessThan(pageWidth * 0.5f));
    }
}
