package de.stadtlage.access;

import java.util.List;

/** The values the filters offer: the people and kinds of things the log actually contains, sorted. */
public record AuditLogChoices(List<String> actors, List<String> entities) {

    public AuditLogChoices {
        actors = List.copyOf(actors);
        entities = List.copyOf(entities);
    }
}
