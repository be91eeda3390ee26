package de.stadtlage.situation;

import com.fasterxml.jackson.databind.JsonNode;
import de.stadtlage.common.Json;
import de.stadtlage.persistence.Database;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the statistical districts of the installed map package to the areas, once. Without a map package the
 * database simply has the focus areas only.
 */
public final class DistrictSeeder {

    /** Classpath folder the build copies the map package into. */
    public static final String PACKAGE_FOLDER = "/de/stadtlage/map/package/";
    static final String DISTRICTS = PACKAGE_FOLDER + "dortmund_innenstadt_statistische_bezirke.geojson";

    private static final Logger LOG = LoggerFactory.getLogger(DistrictSeeder.class);

    private DistrictSeeder() {
    }

    /** Returns how many districts were added (0 when they were there already or no map package is installed). */
    public static int seed(Database database) {
        JsonNode collection;
        try (InputStream in = DistrictSeeder.class.getResourceAsStream(DISTRICTS)) {
            if (in == null) {
                LOG.info("Kein Kartenpaket installiert: Bezirke werden nicht angelegt");
                return 0;
            }
            collection = Json.mapper().readTree(in);
        } catch (IOException e) {
            LOG.warn("Bezirke des Kartenpakets nicht lesbar", e);
            return 0;
        }
        return database.transactionResult(cfg -> {
            int added = 0;
            for (JsonNode feature : collection.path("features")) {
                JsonNode props = feature.path("properties");
                String number = props.path("statistischer_bezirk_nr").asText();
                Area area = new Area(null, "BEZIRK_" + number, props.path("statistischer_bezirk").asText(),
                        AreaKind.DISTRICT, Json.write(feature.path("geometry")), Integer.parseInt(number));
                if (AreaRepository.insertIfMissing(cfg.dsl(), area)) {
                    added++;
                }
            }
            return added;
        });
    }
}
