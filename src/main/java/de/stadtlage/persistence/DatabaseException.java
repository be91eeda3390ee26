package de.stadtlage.persistence;

/** A database problem with a German message that tells the user what to do. */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
