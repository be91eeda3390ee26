package de.stadtlage.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** How a map picture is handed over: PNG for the slides, JPEG for the PDF minutes. */
public enum PictureFormat {

    PNG {
        @Override
        byte[] encode(WritableImage image) {
            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException("PNG in memory failed", e);
            }
        }
    },

    /**
     * JPEG at high quality on white: the PDF embeds JPEG as it is, while a PNG would be decoded and compressed
     * again, which made the export of a detailed 1600×1067 map several times slower.
     */
    JPEG {
        @Override
        byte[] encode(WritableImage image) {
            BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
            BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(argb, 0, 0, java.awt.Color.WHITE, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(rgb, null, null), param);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }
    };

    abstract byte[] encode(WritableImage image);
}
