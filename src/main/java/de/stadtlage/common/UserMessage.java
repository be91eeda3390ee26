package de.stadtlage.common;

/**
 * A problem the user can fix: bad input or a refused action. Its message is a German sentence that says what to
 * do; the command line turns it into exit code 2, the UI into an error dialog without stack trace.
 */
public class UserMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserMessage(String message) {
        super(message);
    }

    public UserMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
