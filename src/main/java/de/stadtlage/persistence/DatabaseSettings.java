package de.stadtlage.persistence;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/** What differs between the databases Stadtlage runs on, in one place. */
final class DatabaseSettings {

    private DatabaseSettings() {
    }

    /**
     * jOOQ's classes are generated from H2, whose names are upper case; PostgreSQL folds unquoted names to lower
     * case, so there names are rendered unquoted and in lower case.
     */
    static Settings forDialect(SQLDialect dialect) {
        Settings settings = new Settings();
        if (dialect.family() == SQLDialect.POSTGRES) {
            settings.setRenderQuotedNames(RenderQuotedNames.NEVER);
            settings.setRenderNameCase(RenderNameCase.LOWER);
        }
        return settings;
    }

    /** The shared migrations; vendor-specific folders only where portable SQL is impossible. */
    static String[] migrationLocations(SQLDialect dialect) {
        return new String[] {"classpath:db/migration"};
    }
}
