package de.stadtlage.cli;

import de.stadtlage.access.AccessService;
import de.stadtlage.access.Organisation;
import de.stadtlage.access.PasswordHasher;
import de.stadtlage.access.Person;
import de.stadtlage.access.PersonAccount;
import de.stadtlage.access.Role;
import de.stadtlage.app.AppContext;
import de.stadtlage.common.UserMessage;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code people …}: the admin manages people, logins and passwords on the command line. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "Personen, Anmeldenamen und Passwörter verwalten (nur Administration). Neue Passwörter kommen"
                + " aus der Umgebungsvariablen STADTLAGE_NEW_PASSWORD.",
        subcommands = {PeopleCommand.ListPeople.class, PeopleCommand.AddPerson.class,
                PeopleCommand.ResetPassword.class, PeopleCommand.SetActive.class})
final class PeopleCommand implements Runnable {

    static final String NEW_PASSWORD_VARIABLE = "STADTLAGE_NEW_PASSWORD";

    @Override
    public void run() {
        throw new UserMessage("Bitte einen Unterbefehl angeben: people list | add | reset-password | active.");
    }

    @Command(name = "list", description = "Alle Personen mit Rolle, Anmeldename und Status.")
    static final class ListPeople extends DatabaseCommand {
        @Override
        protected int run(AppContext context, PrintWriter out) {
            for (PersonAccount a : new AccessService(context.database(), context.clock()).listAccounts(context.currentUser())) {
                Person p = a.person();
                out.println(String.join("\t", String.valueOf(p.login()), p.displayName(), p.role().label(),
                        p.active() ? "aktiv" : "inaktiv", a.hasPassword() ? "Passwort gesetzt" : "ohne Passwort"));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "add", description = "Legt eine Person an (mit Passwort, wenn STADTLAGE_NEW_PASSWORD gesetzt ist).")
    static final class AddPerson extends DatabaseCommand {
        @Option(names = "--login", required = true) String login;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--role", required = true, description = "VORSITZ, PROTOKOLL, UNTERGRUPPENLEITUNG, LESEND, ADMIN")
        Role role;
        @Option(names = "--subgroup", description = "Kürzel der Untergruppe (SV, CR, BB, SU, SH) für Untergruppenleitungen")
        String subgroup;
        @Option(names = "--organisation", defaultValue = "STADT") Organisation organisation;
        @Option(names = "--unit") String unit;

        @Override
        protected int run(AppContext context, PrintWriter out) {
            Integer subgroupId = subgroup == null ? null : context.subgroups().findByCode(subgroup.toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new UserMessage("Die Untergruppe \"" + subgroup + "\" gibt es nicht."
                            + " Bitte SV, CR, BB, SU oder SH angeben.")).id();
            String value = root().environment.get(NEW_PASSWORD_VARIABLE);
            char[] password = value == null || value.isEmpty() ? null : value.toCharArray();
            try {
                new AccessService(context.database(), context.clock()).createPerson(context.currentUser(),
                        new Person(null, login, name, organisation, unit, role, subgroupId, true), password);
            } finally {
                PasswordHasher.wipe(password);
            }
            out.println("Angelegt: " + name + " (" + login + ", " + role.label() + ")");
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset-password", description = "Setzt das Passwort aus STADTLAGE_NEW_PASSWORD.")
    static final class ResetPassword extends DatabaseCommand {
        @Parameters(paramLabel = "LOGIN") String login;

        @Override
        protected int run(AppContext context, PrintWriter out) {
            AccessService access = new AccessService(context.database(), context.clock());
            PersonAccount account = access.findAccount(context.currentUser(), login);
            String value = root().environment.get(NEW_PASSWORD_VARIABLE);
            if (value == null || value.isEmpty()) {
                throw new UserMessage("Bitte das neue Passwort in der Umgebungsvariablen " + NEW_PASSWORD_VARIABLE
                        + " setzen.");
            }
            char[] password = value.toCharArray();
            try {
                access.resetPassword(context.currentUser(), account.person().id(), password);
            } finally {
                PasswordHasher.wipe(password);
            }
            out.println("Neues Passwort für " + login + " gesetzt.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "active", description = "Schaltet eine Person aktiv (true) oder inaktiv (false).")
    static final class SetActive extends DatabaseCommand {
        @Parameters(index = "0", paramLabel = "LOGIN") String login;
        @Parameters(index = "1", paramLabel = "true|false") boolean active;

        @Override
        protected int run(AppContext context, PrintWriter out) {
            AccessService access = new AccessService(context.database(), context.clock());
            PersonAccount account = access.findAccount(context.currentUser(), login);
            Person p = account.person();
            access.updatePerson(context.currentUser(), new Person(p.id(), p.login(), p.displayName(), p.organisation(),
                    p.organisationUnit(), p.role(), p.subgroupId(), active), account.version());
            out.println(p.displayName() + (active ? " ist jetzt aktiv." : " ist jetzt inaktiv."));
            return ExitCodes.OK;
        }
    }
}
