package de.stadtlage.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import org.h2.message.DbException;
import org.h2.message.TraceSystem;
import org.h2.store.FileLock;
import org.h2.store.FileLockMethod;

/** What H2's error codes say about the database file itself. */
final class H2Files {

    /** FILE_CORRUPTED_1, FILE_VERSION_ERROR_1, IO_EXCEPTION_1, IO_EXCEPTION_2, FILE_ENCRYPTION_ERROR_1. */
    private static final Set<Integer> FILE_ERRORS = Set.of(90030, 90048, 90028, 90031, 90049);

    /** CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN, OBJECT_CLOSED. */
    private static final Set<Integer> LOST_CONNECTION = Set.of(90067, 90098, 90121, 90007);

    private H2Files() {
    }

    /**
     * The other app instance that served the shared file has ended, so this transaction was rolled back with the
     * server's session (H2 then reports the broken connection, a transaction that is no longer open, or, when it
     * ended in the middle of an answer, an I/O error caused by the end of its stream).
     */
    static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (LOST_CONNECTION.contains(sql.getErrorCode())
                    || sql.getErrorCode() == 50000 && String.valueOf(sql.getMessage()).contains("has status ROLLED_BACK")
                    || sql.getErrorCode() == 90028 && sql.getCause() instanceof java.io.EOFException)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (isConnectionLost(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The file password of an encrypted file is wrong: H2 reports an encryption error when it opens the file
     * itself, and a wrong password when another instance serves the file (mixed mode).
     */
    static boolean isWrongFilePassword(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 90049 || sql.getErrorCode() == 28000)) {
                return true;
            }
        }
        return false;
    }

    /** DATABASE_ALREADY_OPEN_1: another process has the file open, and not as a shared file. */
    static boolean isInUse(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    static boolean isCorruption(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && FILE_ERRORS.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes H2's own lock file of the {@code .mv.db} file: while it is held, no other instance opens the database
     * (nor serves it). Refused, in German, while another instance has it open.
     */
    static FileLock lockAgainstOtherInstances(Path file) {
        String name = file.getFileName().toString();
        Path lockFile = file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()) + ".lock.db");
        FileLock lock = new FileLock(new TraceSystem(null), lockFile.toString(), 1000);
        try {
            lock.lock(FileLockMethod.FILE);
            return lock;
        } catch (DbException e) {
            throw new DatabaseException("Die Datenbank " + file + " ist gerade in einem anderen Stadtlage geöffnet."
                    + " Bitte alle Stadtlage-Fenster und -Befehle mit dieser Datenbank schließen und es dann erneut"
                    + " versuchen.", e);
        }
    }
}
