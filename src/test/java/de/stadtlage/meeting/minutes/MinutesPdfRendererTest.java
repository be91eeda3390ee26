package de.stadtlage.meeting.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MinutesPdfRendererTest {

    private static final MinutesPdfRenderer RENDERER = new MinutesPdfRenderer();
    private static final String ANCHOR = "812-9f86d081884c7d659a2feaa0c55ad015-3a7bd3e2360a3d29";
    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void renderSample() throws Exception {
        pdf = RENDERER.render(SampleMinutes.create("Allgemeinverfügung vorbereiten").withAuditAnchor(ANCHOR));
        text = PdfChecks.flatText(pdf);
        Path out = Path.of("target", "minutes-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void sampleMinutesArePdfA3a() throws Exception {
        assertThat(PdfChecks.violations(pdf, "3a")).isEmpty();
    }

    @Test
    void sampleMinutesArePdfUa1() throws Exception {
        assertThat(PdfChecks.violations(pdf, "ua1")).isEmpty();
    }

    @Test
    void headerNamesTheMeetingDateAndIsoWeek() {
        assertThat(text).contains(
                "Sonderstab Ordnung und Stadtleben – Protokoll der Sitzung vom 26.11.2026 (KW 48/2026)");
    }

    @Test
    void everyPageCountsPagesAndCarriesMarkingAndAttribution() throws Exception {
        int pages = PdfChecks.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Seite 1 von " + pages, "Seite " + pages + " von " + pages);
        assertThat(text.toUpperCase()).contains("NUR FÜR DEN DIENSTGEBRAUCH");
        assertThat(text).contains("© OpenStreetMap-Mitwirkende (ODbL) · © OpenMapTiles · Bezirke: Stadt Dortmund");
    }

    @Test
    void everyPageCarriesTheAuditAnchorToCopyAsOneWord() throws Exception {
        int pages = PdfChecks.pages(pdf);
        String line = "Prüfanker des Änderungsprotokolls: " + ANCHOR;
        assertThat(PdfChecks.text(pdf).lines().filter(l -> l.strip().equals(line)).count()).isEqualTo(pages);
    }

    @Test
    void attendeesDecisionsAndActionItemsAppearWithUmlauts() {
        assertThat(text).contains("Dr. Anna Müller", "Kriminaloberrätin Sabine Groß", "Mehmet Öztürk",
                "Claudia Strauß, Drogenhilfe kick (Gast)");
        assertThat(text).contains("Die Präsenz am Keuningpark wird bis Jahresende verstärkt.",
                "Das Ordnungsamt prüft eine Allgemeinverfügung zum aggressiven Betteln.",
                "Die Polizei stellt zwei zusätzliche Streifen für die Brückstraße.");
        assertThat(text).contains("Beleuchtung Nordausgang Hbf prüfen", "Streetwork-Zeiten am Keuningpark",
                "Schließfächer für Wohnungslose beschaffen", "Termin durch Schulträger abgesagt");
        assertThat(text).contains("Die nächste Sitzung findet am Donnerstag, 03.12.2026 (KW 49/2026) statt.");
    }

    @Test
    void keyFiguresShowTheirChangeAgainstThePreviousPeriod() {
        assertThat(text).contains("\u221213 (\u22129,9 %)", "+8 (+17,4 %)");
    }

    @Test
    void hostileTitlesPrintLiterally() throws Exception {
        byte[] hostile = RENDERER.render(SampleMinutes.create(SampleMinutes.HOSTILE));
        assertThat(PdfChecks.flatText(hostile)).contains(SampleMinutes.HOSTILE);
        assertThat(MinutesXhtml.buildText(SampleMinutes.create(SampleMinutes.HOSTILE)))
                .contains("&lt;b&gt;x&lt;/b&gt; &amp; \"y\"")
                .doesNotContain("<b>x</b>");
    }

    @Test
    void mapWithAlphaChannelStaysPdfA() throws Exception {
        MinutesDocument sample = SampleMinutes.create("Titel");
        SituationSection s = sample.situation();
        byte[] translucent = SampleMinutes.mapPng(900, 600, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        MinutesDocument withAlpha = new MinutesDocument(sample.header(), sample.attendees(),
                new SituationSection(translucent, s.mapCaption(), s.periodLabel(), s.keyFigures(), s.hotspots()),
                sample.subgroups(), sample.agenda(), sample.actions(), sample.nextMeeting(), sample.addenda(),
                "VS – Nur für den Dienstgebrauch");
        byte[] rendered = RENDERER.render(withAlpha);
        assertThat(PdfChecks.violations(rendered, "3a")).isEmpty();
        assertThat(PdfChecks.flatText(rendered).toUpperCase()).contains("VS – NUR FÜR DEN DIENSTGEBRAUCH");
    }

    @Test
    void fontsAreEmbedded() throws Exception {
        assertThat(PdfChecks.allFontsEmbedded(pdf)).isTrue();
    }
}
