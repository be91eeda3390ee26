package de.stadtlage.access;

import java.util.Optional;

/** Asks the person at the screen for login and password; tests answer with fixed credentials. */
@FunctionalInterface
public interface LoginPrompt {

    /**
     * @param database the database's display name
     * @param problem  why the previous attempt failed (a German sentence), or {@code null} on the first ask
     * @return the credentials, or empty when the person cancelled
     */
    Optional<Credentials> ask(String database, String problem);

    /** What was typed; the password is wiped once checked. */
    record Credentials(String login, char[] password) {
    }
}
