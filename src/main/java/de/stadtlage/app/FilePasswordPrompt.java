package de.stadtlage.app;

import java.util.Optional;

/** Asks the person at the screen for the file password of an encrypted database; tests answer themselves. */
@FunctionalInterface
public interface FilePasswordPrompt {

    /**
     * @param database the database's display name
     * @param problem  why the previous attempt failed (a German sentence), or {@code null} on the first ask
     * @return the password (wiped by the caller once used), or empty when the person cancelled
     */
    Optional<char[]> ask(String database, String problem);
}
