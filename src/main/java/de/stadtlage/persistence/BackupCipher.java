package de.stadtlage.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * Backups of an encrypted database are encrypted the same way as the database file: H2's AES file encryption
 * with the file password (same header, so {@link FileEncryption#isEncrypted(Path)} tells them apart). It runs in
 * this process, not through {@code SCRIPT TO … CIPHER}, which in mixed mode would write on the serving machine.
 */
final class BackupCipher {

    private BackupCipher() {
    }

    static OutputStream encryptingOutput(Path file, char[] password) throws IOException {
        FileChannel plain = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new BlockOutputStream(new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(password), plain));
    }

    static InputStream decryptingInput(Path file, char[] password) throws IOException {
        FileChannel plain = FileChannel.open(file, StandardOpenOption.READ);
        return new BlockInputStream(new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(password), plain));
    }

    /**
     * Reads whole blocks and never past the end: H2's encrypted channel fails (end of file) when a read at a block
     * boundary asks for more bytes than are left.
     */
    private static final class BlockInputStream extends InputStream {

        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(16 * FileEncrypt.BLOCK_SIZE);
        private long position;

        BlockInputStream(FileChannel channel) {
            this.channel = channel;
            buffer.limit(0);
        }

        @Override
        public int read() throws IOException {
            return fill() ? buffer.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, buffer.remaining());
            buffer.get(bytes, offset, n);
            return n;
        }

        private boolean fill() throws IOException {
            if (buffer.hasRemaining()) {
                return true;
            }
            long left = channel.size() - position;
            if (left <= 0) {
                return false;
            }
            buffer.clear().limit((int) Math.min(buffer.capacity(), left));
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position + buffer.position());
                if (n < 0) {
                    break;
                }
            }
            buffer.flip();
            position += buffer.limit();
            return buffer.hasRemaining();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /**
     * H2's encrypted channel writes whole blocks only (a partial block would be read back first, beyond the end);
     * this stream collects whole blocks and pads the last one with zeros, which a zip reader never reaches.
     */
    private static final class BlockOutputStream extends OutputStream {

        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(16 * FileEncrypt.BLOCK_SIZE);

        BlockOutputStream(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int done = 0;
            while (done < length) {
                int n = Math.min(buffer.remaining(), length - done);
                buffer.put(bytes, offset + done, n);
                done += n;
                if (!buffer.hasRemaining()) {
                    drain();
                }
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        @Override
        public void close() throws IOException {
            try {
                int partial = buffer.position() % FileEncrypt.BLOCK_SIZE;
                if (partial != 0) {
                    buffer.put(new byte[FileEncrypt.BLOCK_SIZE - partial]);
                }
                drain();
                channel.force(true);
            } finally {
                channel.close();
            }
        }
    }
}
