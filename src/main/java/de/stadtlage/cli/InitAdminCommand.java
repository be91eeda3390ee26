package de.stadtlage.cli;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.CurrentUser;
import de.stadtlage.access.PasswordHasher;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.UserMessage;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code init-admin --user LOGIN}: the first admin of a database that has none; refused otherwise. */
@Command(name = "init-admin", mixinStandardHelpOptions = true,
        description = "Legt den ersten Administrator einer Datenbank ohne Administrator an (Passwort aus"
                + " STADTLAGE_PASSWORD). Danach braucht jeder Befehl --user.")
final class InitAdminCommand extends DatabaseCommand {

    @Option(names = "--name", paramLabel = "NAME", description = "Angezeigter Name (Standard: der Anmeldename).")
    String displayName;

    @Override
    protected boolean needsLogin() {
        return false;
    }

    @Override
    protected int run(AppContext context, PrintWriter out) {
        String login = root().user();
        if (login == null || login.isBlank()) {
            throw new UserMessage("Bitte den Anmeldenamen des Administrators mit --user LOGIN angeben.");
        }
        AccessService access = new AccessService(context.database(), context.clock());
        if (access.hasAdmin()) {
            throw new UserMessage("Diese Datenbank hat bereits einen Administrator; init-admin ist nur für eine"
                    + " Datenbank ohne Administrator. Weitere Personen legt ein Administrator an.");
        }
        char[] password = CommandLogin.password(root().environment, login);
        try {
            CurrentUser admin = access.createFirstAdmin(login, displayName, password);
            out.println("Administrator \"" + login + "\" (" + admin.name() + ") angelegt. Ab jetzt braucht jeder"
                    + " Befehl --user und STADTLAGE_PASSWORD; die Oberfläche fragt beim Start nach der Anmeldung.");
        } finally {
            PasswordHasher.wipe(password);
        }
        return ExitCodes.OK;
    }
}
