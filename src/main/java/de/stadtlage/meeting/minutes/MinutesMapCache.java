package de.stadtlage.meeting.minutes;

import static de.stadtlage.persistence.jooq.Tables.AUDIT_LOG;
import static de.stadtlage.persistence.jooq.Tables.INCIDENT;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the map in the minutes cheap: the picture goes into the PDF as a high-quality JPEG (embedded as it is; a
 * PNG would be decoded and compressed again, several times slower for a detailed 1600-pixel map), and the last
 * picture is reused while its week, the incidents in it and the audit log are unchanged, so a second export of
 * the same minutes does not draw the map again.
 */
public final class MinutesMapCache implements MapImageSource {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesMapCache.class);
    private static final float JPEG_QUALITY = 0.9f;

    private final DSLContext dsl;
    private final MapImageSource renderer;
    private volatile Cached cached;

    private record Cached(String key, byte[] image) {
    }

    public MinutesMapCache(DSLContext dsl, MapImageSource renderer) {
        this.dsl = dsl;
        this.renderer = renderer;
    }

    @Override
    public Optional<byte[]> render(LocalDate from, LocalDate to) {
        String key = key(from, to);
        Cached last = cached;
        if (last != null && last.key().equals(key)) {
            return Optional.of(last.image());
        }
        Optional<byte[]> image = renderer.render(from, to).map(MinutesMapCache::toJpeg);
        image.ifPresent(bytes -> cached = new Cached(key, bytes));
        return image;
    }

    /** Forgets the last picture (benchmarks measure drawing with this). */
    public void forget() {
        cached = null;
    }

    private String key(LocalDate from, LocalDate to) {
        var window = dsl.select(DSL.count(), DSL.max(INCIDENT.ID)).from(INCIDENT)
                .where(INCIDENT.OCCURRED_AT.ge(from.atStartOfDay()).and(INCIDENT.OCCURRED_AT.lt(to.atStartOfDay())))
                .fetchOne();
        Long audit = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne().value1();
        return from + "/" + to + "/" + window.value1() + "/" + window.value2() + "/" + audit;
    }

    /** PNG (possibly with alpha) to JPEG on white; unreadable input is passed on unchanged. */
    static byte[] toJpeg(byte[] picture) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(picture));
            if (source == null) {
                return picture;
            }
            BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(source, 0, 0, Color.WHITE, null);
            g.dispose();
            return writeJpeg(rgb);
        } catch (IOException e) {
            LOG.warn("Lagekarte ließ sich nicht umwandeln; sie geht unverändert ins Protokoll", e);
            return picture;
        }
    }

    private static byte[] writeJpeg(BufferedImage rgb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
