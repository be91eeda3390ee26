package de.stadtlage.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code audit …}: the tamper-evident audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Änderungsprotokoll (Audit-Log) der Datenbank.",
        subcommands = {AuditVerifyCommand.class, AuditAnchorsCommand.class})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Bitte einen Unterbefehl angeben, z. B. \"audit verify\".");
    }
}
