package de.stadtlage.app;

import de.stadtlage.persistence.Database;
import de.stadtlage.persistence.DatabaseLocation;
import de.stadtlage.situation.DistrictSeeder;

/** What happens to a database when the app or a command opens it: migrate, then add the map's districts. */
public final class StartupOpener {

    private StartupOpener() {
    }

    public static Database open(DatabaseLocation location) {
        Database database = Database.open(location);
        DistrictSeeder.seed(database);
        return database;
    }
}
