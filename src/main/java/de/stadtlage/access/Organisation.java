package de.stadtlage.access;

import de.stadtlage.common.Messages;

/** Where a person comes from; attendance lists are grouped by it. */
public enum Organisation {
    STADT, POLIZEI, SONSTIGE;

    public String label() {
        return Messages.get("organisation." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
