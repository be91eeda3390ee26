package de.stadtlage.cli;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PasswordHasher;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.Database;
import java.time.Clock;
import java.util.Map;

/** Login on the command line: {@code --user LOGIN}, the password from {@code STADTLAGE_PASSWORD}. */
final class CommandLogin {

    static final String PASSWORD_VARIABLE = "STADTLAGE_PASSWORD";

    private CommandLogin() {
    }

    /** The person a command runs as; a database without an admin needs no login. */
    static CurrentUser login(Database database, String login, Map<String, String> env) {
        AccessService access = new AccessService(database, Clock.systemDefaultZone());
        if (!access.hasAdmin()) {
            return CurrentUser.system();
        }
        if (login == null || login.isBlank()) {
            throw new UserMessage("Diese Datenbank ist durch eine Anmeldung geschützt. Bitte --user LOGIN angeben"
                    + " und das Passwort in der Umgebungsvariablen " + PASSWORD_VARIABLE + " setzen.");
        }
        char[] password = password(env, login);
        try {
            return access.authenticate(login, password);
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    static char[] password(Map<String, String> env, String login) {
        String value = env.get(PASSWORD_VARIABLE);
        if (value == null || value.isEmpty()) {
            throw new UserMessage("Bitte das Passwort für \"" + login + "\" in der Umgebungsvariablen "
                    + PASSWORD_VARIABLE + " setzen (nicht auf der Befehlszeile, dort wäre es für andere sichtbar).");
        }
        return value.toCharArray();
    }
}
