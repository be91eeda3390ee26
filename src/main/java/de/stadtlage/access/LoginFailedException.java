package de.stadtlage.access;

import de.stadtlage.common.UserMessage;

/** A refused login: wrong name or password, an inactive person, or a wait after too many wrong attempts. */
public class LoginFailedException extends UserMessage {

    private static final long serialVersionUID = 1L;

    public LoginFailedException(String message) {
        super(message);
    }
}
