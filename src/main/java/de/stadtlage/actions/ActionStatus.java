package de.stadtlage.actions;

/** Where an action item stands; VERSCHOBEN and ENTFALLEN need a reason. */
public enum ActionStatus {
    OFFEN, ERLEDIGT, VERSCHOBEN, ENTFALLEN;

    public boolean needsReason() {
        return this == VERSCHOBEN || this == ENTFALLEN;
    }
}
