package de.stadtlage.importing;

import de.stadtlage.situation.Incident;

/** A validated row: either an incident to import or the reason it cannot be imported. */
public record ParsedRow(int line, Incident incident, String error) {

    static ParsedRow ok(int line, Incident incident) {
        return new ParsedRow(line, incident, null);
    }

    static ParsedRow failed(int line, String error) {
        return new ParsedRow(line, null, error);
    }

    public boolean isValid() {
        return error == null;
    }
}
