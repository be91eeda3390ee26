package de.stadtlage.access;

import de.stadtlage.common.Messages;

/** What a person may do in Stadtlage. */
public enum Role {
    VORSITZ, PROTOKOLL, UNTERGRUPPENLEITUNG, LESEND, ADMIN;

    public String label() {
        return Messages.get("role." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
