package de.stadtlage.access;

import de.stadtlage.common.UserMessage;

/** A write the current person's role does not allow. */
public class PermissionDeniedException extends UserMessage {

    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String message) {
        super(message);
    }
}
