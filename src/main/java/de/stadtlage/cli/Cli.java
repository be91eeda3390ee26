package de.stadtlage.cli;

import de.stadtlage.common.UserMessage;
import de.stadtlage.persistence.DatabaseException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line with the exit-code contract: 0 success, 2 bad input or refused, 1 internal error. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs with the console's streams in UTF-8. */
    public static int executeOnConsole(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        return execute(args, out, err);
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System.getenv());
    }

    /** Runs with the given environment (passwords come from it; tests pass their own). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
        StadtlageCommand root = new StadtlageCommand();
        root.environment = env;
        CommandLine commandLine = new CommandLine(root);
        if (StadtlageCommand.mayNameASubcommand(args)) {
            StadtlageCommand.SUBCOMMANDS.forEach(commandLine::addSubcommand);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("Ungültiger Aufruf: " + e.getMessage());
            err.println("Hilfe: stadtlage --help");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof UserMessage || e instanceof DatabaseException || e instanceof IllegalArgumentException) {
                LOG.info("Abgelehnt: {}", e.getMessage());
                err.println(e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            LOG.error("Interner Fehler", e);
            err.println("Interner Fehler: " + e + ". Details stehen im Protokoll im Datenordner.");
            return ExitCodes.INTERNAL_ERROR;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
