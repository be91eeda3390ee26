package de.stadtlage.cli;

/** The command line's exit codes (a contract for administrators' scripts). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** {@code audit verify}: the audit log's hash chain is broken. */
    public static final int TAMPERED = 3;

    private ExitCodes() {
    }
}
