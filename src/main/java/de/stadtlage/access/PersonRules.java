package de.stadtlage.access;

import de.stadtlage.common.UserMessage;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/** Validation of people and passwords, with German messages that say what to change. */
final class PersonRules {

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._-]{2,100}");

    private PersonRules() {
    }

    static void check(Person person) {
        if (person.displayName() == null || person.displayName().isBlank()) {
            throw new UserMessage("Bitte einen Namen eingeben.");
        }
        if (person.login() != null) {
            checkLogin(person.login());
        }
        if (person.role() == Role.UNTERGRUPPENLEITUNG && person.subgroupId() == null) {
            throw new UserMessage("Eine Untergruppenleitung braucht ihre Untergruppe. Bitte eine auswählen.");
        }
    }

    /** Whether {@code login} is a valid user name (2 to 100 letters without umlauts, digits, dot, dash, underscore). */
    static boolean isValidLogin(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    static void checkLogin(String login) {
        if (!isValidLogin(login)) {
            throw new UserMessage("Der Benutzername muss 2 bis 100 Zeichen lang sein und darf nur Buchstaben ohne"
                    + " Umlaute, Ziffern, Punkt, Binde- und Unterstrich enthalten.");
        }
    }

    static void checkLoginFree(DSLContext tx, String login, Integer personId) {
        if (login != null && AccountRepository.loginTaken(tx, login, personId)) {
            throw new UserMessage("Den Benutzernamen \"" + login + "\" gibt es schon. Bitte einen anderen wählen.");
        }
    }

    static void checkPassword(char[] password) {
        if (password == null || password.length < AccessService.MIN_PASSWORD_LENGTH) {
            throw new UserMessage("Das Passwort muss mindestens " + AccessService.MIN_PASSWORD_LENGTH
                    + " Zeichen lang sein.");
        }
    }
}
