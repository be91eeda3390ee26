package de.stadtlage.persistence;

import java.sql.SQLException;
import java.util.Set;

/** What H2's error codes say about the database file itself. */
final class H2Files {

    /** FILE_CORRUPTED_1, FILE_VERSION_ERROR_1, IO_EXCEPTION_1, IO_EXCEPTION_2, FILE_ENCRYPTION_ERROR_1. */
    private static final Set<Integer> FILE_ERRORS = Set.of(90030, 90048, 90028, 90031, 90049);

    private H2Files() {
    }

    static boolean isCorruption(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && FILE_ERRORS.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }
}
