package de.stadtlage.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
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
        return Channels.newInputStream(new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(password),
                plain));
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
