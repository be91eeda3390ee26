package de.stadtlage.importing;

import com.fasterxml.jackson.databind.JsonNode;
import de.stadtlage.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An offline street index built from the map package's {@code transportation_name} lines: finds "Münsterstraße 45"
 * or "Brückstr." and places it on the street. Without house-number data the number is interpolated along the
 * street with an assumed frontage; without a number the street's midpoint is used.
 */
public final class StreetIndex {

    /** Metres of street per house number on one side (odd and even numbers face each other). */
    static final double METERS_PER_NUMBER_PAIR = 14.0;
    static final String MAP_RESOURCE = "/de/stadtlage/map/package/dortmund_center_osm.geojson.gz";
    private static final Logger LOG = LoggerFactory.getLogger(StreetIndex.class);
    private static final Pattern ADDRESS =
            Pattern.compile("^(.*?\\D)\\s*(\\d{1,4})\\s*[a-zA-Z]?(?:\\s*[-–/]\\s*\\d{1,4}\\s*[a-zA-Z]?)?$");

    private final Map<String, StreetLine> streets;

    StreetIndex(Map<String, StreetLine> streets) {
        this.streets = Map.copyOf(streets);
    }

    /** Where an address was placed; {@code houseNumber} is {@code null} when the midpoint was used. */
    public record Placement(String street, Integer houseNumber, double latitude, double longitude) {
    }

    /** The index of the installed map package, built once; empty when no map package is installed. */
    public static StreetIndex ofMapPackage() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final StreetIndex INSTANCE = load();

        private static StreetIndex load() {
            try (InputStream in = StreetIndex.class.getResourceAsStream(MAP_RESOURCE)) {
                if (in == null) {
                    LOG.info("Kein Kartenpaket installiert: Adressen ohne Koordinaten können nicht verortet werden");
                    return new StreetIndex(Map.of());
                }
                return read(new GZIPInputStream(in));
            } catch (IOException e) {
                throw new UncheckedIOException("Kartenpaket nicht lesbar", e);
            }
        }
    }

    /** Builds the index from a GeoJSON FeatureCollection. */
    public static StreetIndex read(InputStream geojson) throws IOException {
        JsonNode root = Json.mapper().readTree(geojson);
        Map<String, String> names = new HashMap<>();
        Map<String, List<List<double[]>>> parts = new HashMap<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode props = feature.path("properties");
            String name = props.path("name").asText("");
            if (!"transportation_name".equals(props.path("layer").asText()) || name.isBlank()) {
                continue;
            }
            String key = normalise(name);
            names.putIfAbsent(key, name);
            parts.computeIfAbsent(key, k -> new ArrayList<>()).addAll(StreetChains.lines(feature.path("geometry")));
        }
        Map<String, StreetLine> streets = new HashMap<>();
        parts.forEach((key, lines) -> streets.put(key, StreetLine.of(names.get(key), StreetChains.mainChain(lines))));
        return new StreetIndex(streets);
    }

    public int size() {
        return streets.size();
    }

    /** Places an address ("Münsterstraße 45", "Brückstr.", "Kampstraße 12, 44137 Dortmund") on its street. */
    public Optional<Placement> locate(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        String address = place.split(",", 2)[0].strip();
        Matcher matcher = ADDRESS.matcher(address);
        if (matcher.matches()) {
            StreetLine street = streets.get(normalise(matcher.group(1)));
            if (street != null) {
                int number = Integer.parseInt(matcher.group(2));
                double[] p = street.pointAt((Math.max(number, 1) - 1) / 2 * METERS_PER_NUMBER_PAIR);
                return Optional.of(new Placement(street.name(), number, p[1], p[0]));
            }
        }
        StreetLine street = streets.get(normalise(address));
        if (street == null) {
            return Optional.empty();
        }
        double[] mid = street.midpoint();
        return Optional.of(new Placement(street.name(), null, mid[1], mid[0]));
    }

    /** "Münsterstr." and "Muensterstrasse" both become "muensterstrasse". */
    static String normalise(String name) {
        String text = name.strip().toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        text = text.replaceAll("str\\.?$", "strasse").replaceAll("str\\.\\s*", "strasse");
        return text.replaceAll("[^a-z0-9]", "");
    }
}
