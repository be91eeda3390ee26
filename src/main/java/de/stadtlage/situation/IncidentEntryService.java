package de.stadtlage.situation;

import de.stadtlage.persistence.Database;
import java.util.List;

/** Records incidents typed in on the map, each in its own transaction. */
public final class IncidentEntryService {

    private final Database database;

    public IncidentEntryService(Database database) {
        this.database = database;
    }

    public void record(Incident incident) {
        if (incident.latitude() < -90 || incident.latitude() > 90 || incident.longitude() < -180
                || incident.longitude() > 180) {
            throw new de.stadtlage.common.UserMessage("Die Position liegt außerhalb gültiger Koordinaten.");
        }
        database.dsl().transaction(cfg -> IncidentRepository.insertAll(cfg.dsl(), List.of(incident), null));
    }
}
