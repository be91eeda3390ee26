package de.stadtlage.meeting.minutes;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Renders {@link MinutesDocument}s to PDF/A-3a with PDF/UA tagging: DejaVu Sans embedded as subsets, an sRGB
 * output intent, German document language. Thread-safe; fonts and the colour profile are loaded once.
 */
public final class MinutesPdfRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesPdfRenderer.class);
    private static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // openhtmltopdf reports every font load and timing at INFO; only its warnings belong in our log
        for (String name : List.of(XRLog.CONFIG, XRLog.GENERAL, XRLog.INIT, XRLog.LOAD, XRLog.MATCH, XRLog.CASCADE,
                XRLog.XML_ENTITIES, XRLog.LAYOUT, XRLog.RENDER)) {
            XRLog.setLevel(name, Level.WARNING);
        }
    }

    private final byte[] regularFont = resource("fonts/DejaVuSans.ttf");
    private final byte[] boldFont = resource("fonts/DejaVuSans-Bold.ttf");
    private final byte[] srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    // parsed font metrics survive between exports: the second export skips parsing DejaVu again
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

    /** Renders the minutes into {@code out}; the stream is not closed. */
    public void render(MinutesDocument minutes, OutputStream out) throws IOException {
        long start = System.nanoTime();
        Document xhtml = MinutesXhtml.build(minutes);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(xhtml, "about:blank");
        builder.useFont(() -> new ByteArrayInputStream(regularFont), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(boldFont), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(srgbProfile);
        builder.withProducer("Stadtlage");
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
        builder.toStream(out);
        builder.run();
        LOG.debug("Protokoll vom {} in {} ms gerendert", minutes.header().date(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Renders the minutes into a byte array. */
    public byte[] render(MinutesDocument minutes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            render(minutes, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Das Protokoll konnte nicht als PDF erzeugt werden.", e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = MinutesPdfRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Schriftart fehlt im Klassenpfad: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
