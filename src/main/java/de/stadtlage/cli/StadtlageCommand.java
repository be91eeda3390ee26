package de.stadtlage.cli;

import de.stadtlage.app.Settings;
import de.stadtlage.app.StadtlageApp;
import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.persistence.FileEncryption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: without a subcommand it starts the GUI. */
@Command(name = "stadtlage", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Lagebild, Aufgaben und Protokolle des Sonderstabs Ordnung und Stadtleben."
                + " Ohne Unterbefehl startet die Oberfläche.",
        exitCodeListHeading = "%nExit-Codes:%n",
        exitCodeList = {"0:Erfolg", "1:Interner Fehler (Details im Protokoll)", "2:Ungültige Eingabe oder abgelehnt",
                "3:Änderungsprotokoll verändert (audit verify)"})
public final class StadtlageCommand implements Callable<Integer> {

    static final String FILE_PASSWORD_VARIABLE = "STADTLAGE_FILE_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PFAD|JDBC-URL",
            description = "H2-Datenbankdatei oder JDBC-URL (Standard: Datenbank im Datenordner des Benutzers).")
    String db;

    @Option(names = "--user", paramLabel = "LOGIN", scope = ScopeType.INHERIT,
            description = "Anmeldename; das Passwort steht in der Umgebungsvariablen STADTLAGE_PASSWORD."
                    + " Nötig, sobald die Datenbank einen Administrator hat.")
    String user;

    @Option(names = "--shared",
            description = "Die H2-Datei gemeinsam mit anderen Stadtlage-Instanzen nutzen: die erste stellt sie den"
                    + " anderen über einen Netzwerk-Port bereit (H2-Mischbetrieb; dauerhaft: database.shared=true in"
                    + " settings.properties). Ohne diese Wahl wird eine Datei, die ein anderes Stadtlage geöffnet"
                    + " hat, abgelehnt. Für mehrere Arbeitsplätze ist PostgreSQL die bessere Wahl.")
    boolean shared;

    @Option(names = "--db-user", paramLabel = "NAME",
            description = "Benutzer der Server-Datenbank (sonst STADTLAGE_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORT",
            description = "Passwort der Server-Datenbank (sonst STADTLAGE_DB_PASSWORD).")
    String dbPassword;

    /** The subcommands; {@link Cli} registers them unless the arguments only start the GUI. */
    static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, InfoCommand.class, AuditCommand.class,
            BackupCommand.class, RestoreCommand.class, InitAdminCommand.class, PeopleCommand.class,
            ImportIncidentsCommand.class, ExportIncidentsCommand.class, HotspotsCommand.class,
            ExportMinutesCommand.class, ExportActionsCommand.class);

    /** Options that go with starting the GUI and take a value. */
    private static final Set<String> GUI_OPTIONS = Set.of("--db", "--user", "--db-user", "--db-password");
    /** Options that go with starting the GUI and take none. */
    private static final Set<String> GUI_FLAGS = Set.of("--shared");
    /** The setting (in the user's settings.properties) that makes {@code --shared} the default. */
    static final String SHARED_SETTING = "database.shared";

    /**
     * Whether the arguments can be anything but a GUI start with the options above. Only then are the subcommands
     * registered: picocli reflects over every one of them, which the GUI start (timed in front of a room) skips.
     */
    static boolean mayNameASubcommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (GUI_OPTIONS.contains(arg)) {
                i++;
            } else if (GUI_FLAGS.contains(arg)) {
                continue;
            } else if (equals < 0 || !GUI_OPTIONS.contains(arg.substring(0, equals))) {
                return true;
            }
        }
        return false;
    }

    @Option(names = "--encrypt",
            description = "Verschlüsselt die (unverschlüsselte) H2-Datei mit dem Dateipasswort aus der"
                    + " Umgebungsvariablen STADTLAGE_FILE_PASSWORD; vorher wird sie gesichert.")
    boolean encrypt;

    /** The process environment; tests give their own. */
    Map<String, String> environment = System.getenv();

    /**
     * The database as given, without a file password (the GUI asks for it); an H2 file is shared with other
     * instances only when {@code --shared} or the setting {@value #SHARED_SETTING} says so.
     */
    public DatabaseLocation plainLocation() {
        DatabaseLocation location = DatabaseLocation.parse(db).withCredentials(dbUser, dbPassword);
        boolean bySetting = Settings.load().get(SHARED_SETTING).map(Boolean::parseBoolean).orElse(false);
        return shared || bySetting ? location.shared() : location;
    }

    /** The database for a command: an encrypted H2 file is opened with the password from the environment. */
    public DatabaseLocation location() {
        DatabaseLocation plain = plainLocation();
        if (!FileEncryption.isEncrypted(plain)) {
            return plain;
        }
        char[] password = filePassword();
        if (password == null) {
            throw new UserMessage("Die Datenbankdatei " + plain.display() + " ist verschlüsselt. Bitte das"
                    + " Dateipasswort in der Umgebungsvariablen " + FILE_PASSWORD_VARIABLE + " setzen.");
        }
        return plain.withFilePassword(password);
    }

    /** The file password from {@value #FILE_PASSWORD_VARIABLE}, or {@code null}. */
    char[] filePassword() {
        String value = environment.get(FILE_PASSWORD_VARIABLE);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    String user() {
        return user;
    }

    @Override
    public Integer call() {
        if (encrypt) {
            return EncryptDatabase.run(this, spec.commandLine().getOut());
        }
        StadtlageApp.launchGui(plainLocation());
        return ExitCodes.OK;
    }
}
