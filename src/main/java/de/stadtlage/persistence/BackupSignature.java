package de.stadtlage.persistence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;

/**
 * The signature that ends every backup's content: one line with the HMAC-SHA256, under the database's
 * {@link SiteKey} (purpose {@value #PURPOSE}), of every byte before it. The key is in a file outside the database and
 * outside the backup, so whoever edits, cuts or crafts a backup cannot sign it. An encrypted backup carries the line
 * inside the encryption (after it only the cipher's zero padding of the last block may follow).
 */
final class BackupSignature {

    static final String PURPOSE = "backup";
    private static final byte[] PREFIX = "\nSTADTLAGE-SIGNATUR HMAC-SHA256 ".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX_LENGTH = 64;
    static final int LENGTH = PREFIX.length + HEX_LENGTH + 1;

    private BackupSignature() {
    }

    /** Passes everything through to {@code out}; closing writes the signature line, then closes {@code out}. */
    static OutputStream signing(OutputStream out, Mac mac) {
        return new FilterOutputStream(out) {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                mac.update(bytes, offset, length);
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try (OutputStream target = out) {
                    target.write(PREFIX);
                    target.write((HexFormat.of().formatHex(mac.doFinal()) + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            }
        };
    }

    /**
     * The content before the signature line. Reading it to its end checks the signature: a missing or wrong one
     * (a cut, edited or foreign backup) ends the stream with {@link Invalid} before its last bytes are handed out.
     *
     * @param maxPadding how many zero bytes may follow the signature line (an encrypted file's last block)
     */
    static Content reading(InputStream in, Mac mac, int maxPadding) {
        return new Content(in, mac, LENGTH + maxPadding, maxPadding);
    }

    /** The signature is missing or does not match the content. */
    static final class Invalid extends IOException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** Holds back the last bytes (where the signature line is) until the end of the stream shows where it is. */
    static final class Content extends InputStream {

        private final InputStream in;
        private final Mac mac;
        private final int keep;
        private final int maxPadding;
        private byte[] held = new byte[64 * 1024];
        private int start;
        private int end;
        private int limit;
        private boolean verified;

        private Content(InputStream in, Mac mac, int keep, int maxPadding) {
            this.in = in;
            this.mac = mac;
            this.keep = keep;
            this.maxPadding = maxPadding;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (start == limit) {
                if (verified) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, limit - start);
            System.arraycopy(held, start, bytes, offset, n);
            start += n;
            return n;
        }

        /** Reads the rest, which checks the signature. */
        void readToEnd() throws IOException {
            transferTo(OutputStream.nullOutputStream());
        }

        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(held, start, held, 0, end - start);
                end -= start;
                limit -= start;
                start = 0;
            }
            if (end == held.length) {
                held = Arrays.copyOf(held, held.length * 2);
            }
            int n = in.read(held, end, held.length - end);
            if (n < 0) {
                finish();
                return;
            }
            end += n;
            int releasable = Math.max(limit, end - keep);
            mac.update(held, limit, releasable - limit);
            limit = releasable;
        }

        /** At the end of the file: the held bytes are the rest of the content, the signature line and padding. */
        private void finish() throws Invalid {
            int last = end;
            while (last > limit && end - last < maxPadding && held[last - 1] == 0) {
                last--;
            }
            int line = last - LENGTH;
            if (line < limit || !Arrays.equals(held, line, line + PREFIX.length, PREFIX, 0, PREFIX.length)
                    || held[last - 1] != '\n') {
                throw new Invalid("no signature line at the end");
            }
            mac.update(held, limit, line - limit);
            byte[] expected = parseHex(new String(held, line + PREFIX.length, HEX_LENGTH, StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(mac.doFinal(), expected)) {
                throw new Invalid("signature does not match the content");
            }
            limit = line;
            end = line;
            verified = true;
        }

        private static byte[] parseHex(String hex) throws Invalid {
            try {
                return HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                throw new Invalid("signature is not hexadecimal");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
