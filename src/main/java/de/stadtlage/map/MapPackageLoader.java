package de.stadtlage.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.stadtlage.situation.hotspot.NamedShape;
import de.stadtlage.situation.hotspot.PlaceIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the offline map package (GeoJSON, partly gzipped) into {@link MapData}. Slow (about a second): call it
 * off the FX thread, e.g. through {@link MapDataService}. A missing package is not an error: the map then says
 * that none is installed.
 */
public final class MapPackageLoader {

    /** Where the build copies the package inside the application. */
    public static final String RESOURCE_FOLDER = "/de/stadtlage/map/package/";
    static final String OSM_FILE = "dortmund_center_osm.geojson.gz";
    static final String BUILDINGS_FILE = "dortmund_center_buildings.geojson.gz";
    static final String DISTRICTS_FILE = "dortmund_innenstadt_statistische_bezirke.geojson";
    static final java.util.Set<String> HOME_DISTRICTS = java.util.Set.of("City", "Nordmarkt", "Borsigplatz");

    /** Opens a package file by name, or returns null when it is absent. */
    @FunctionalInterface
    public interface Source {
        InputStream open(String name) throws IOException;
    }

    private final Source source;
    private final LocalProjection projection;
    private final ObjectMapper mapper = new ObjectMapper();

    public MapPackageLoader(Source source, LocalProjection projection) {
        this.source = source;
        this.projection = projection;
    }

    public static MapPackageLoader fromClasspath() {
        return new MapPackageLoader(name -> MapPackageLoader.class.getResourceAsStream(RESOURCE_FOLDER + name),
                LocalProjection.DORTMUND);
    }

    public static MapPackageLoader fromFolder(Path folder) {
        return new MapPackageLoader(name -> {
            Path file = folder.resolve(name);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }, LocalProjection.DORTMUND);
    }

    /** The package, or empty when its street file is missing. */
    public Optional<MapData> load() throws IOException {
        JsonNode osm = read(OSM_FILE);
        if (osm == null) {
            return Optional.empty();
        }
        List<JsonNode> features = new ArrayList<>();
        osm.path("features").forEach(features::add);
        JsonNode districtsJson = read(DISTRICTS_FILE);
        JsonNode buildingsJson = read(BUILDINGS_FILE);

        List<NamedShape> streetShapes = new ArrayList<>();
        GeometrySet streets = streets(features, streetShapes);
        List<NamedShape> districtShapes = new ArrayList<>();
        GeometrySet districts = districts(districtsJson, districtShapes);
        double[] bounds = bounds(osm);
        return Optional.of(new MapData(projection, areas(features), lines(features, "waterway"),
                roads(features), streets, buildings(buildingsJson), districts, MapLabels.from(features, projection),
                bounds, home(districtsJson, bounds), new PlaceIndex(streetShapes, districtShapes)));
    }

    private JsonNode read(String name) throws IOException {
        try (InputStream raw = source.open(name)) {
            if (raw == null) {
                return null;
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return mapper.readTree(in);
        }
    }

    private GeometrySet areas(List<JsonNode> features) {
        GeometrySet.Builder b = new GeometrySet.Builder();
        // land use first, green on top of it, water on top of both, as on printed city maps
        addAreas(b, features, k -> k != LandKind.GREEN && k != LandKind.WOOD && k != LandKind.WATER);
        addAreas(b, features, k -> k == LandKind.GREEN || k == LandKind.WOOD);
        addAreas(b, features, k -> k == LandKind.WATER);
        return b.build();
    }

    private void addAreas(GeometrySet.Builder b, List<JsonNode> features, Predicate<LandKind> wanted) {
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            String layer = p.path("layer").asText();
            if (!List.of("landuse", "landcover", "park", "water").contains(layer)) {
                continue;
            }
            LandKind kind = LandKind.of(layer, text(p, "class"), text(p, "subclass"));
            if (wanted.test(kind)) {
                for (List<double[]> polygon : GeoJsonParts.polygons(f.path("geometry"))) {
                    b.startFeature(kind.ordinal(), null);
                    GeoJsonParts.append(b, polygon, projection);
                }
            }
        }
    }

    private GeometrySet lines(List<JsonNode> features, String layer) {
        GeometrySet.Builder b = new GeometrySet.Builder();
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            if (layer.equals(p.path("layer").asText())) {
                b.startFeature(0, text(p, "name"));
                GeoJsonParts.append(b, GeoJsonParts.parts(f.path("geometry")), projection);
            }
        }
        return b.build();
    }

    private GeometrySet roads(List<JsonNode> features) {
        GeometrySet.Builder b = new GeometrySet.Builder();
        for (RoadClass rc : RoadClass.values()) {
            for (JsonNode f : features) {
                JsonNode p = f.path("properties");
                // tunnels are left out: drawn on top they would cut through buildings and squares
                if ("transportation".equals(p.path("layer").asText()) && !"tunnel".equals(text(p, "brunnel"))
                        && RoadClass.ofCode(text(p, "class")) == rc) {
                    b.startFeature(rc.ordinal(), null);
                    GeoJsonParts.append(b, GeoJsonParts.parts(f.path("geometry")), projection);
                }
            }
        }
        return b.build();
    }

    private GeometrySet streets(List<JsonNode> features, List<NamedShape> shapes) {
        GeometrySet.Builder b = new GeometrySet.Builder();
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            String name = text(p, "name");
            if (!"transportation_name".equals(p.path("layer").asText()) || name == null || name.isBlank()) {
                continue;
            }
            name = name.strip();
            List<double[]> parts = GeoJsonParts.parts(f.path("geometry"));
            b.startFeature(RoadClass.ofCode(text(p, "class")).ordinal(), name);
            GeoJsonParts.append(b, parts, projection);
            for (double[] part : parts) {
                shapes.add(new NamedShape(name, GeoJsonParts.lats(part), GeoJsonParts.lons(part)));
            }
        }
        return b.build();
    }

    private GeometrySet districts(JsonNode json, List<NamedShape> shapes) {
        GeometrySet.Builder b = new GeometrySet.Builder();
        if (json == null) {
            return b.build();
        }
        for (JsonNode f : json.path("features")) {
            String name = text(f.path("properties"), "statistischer_bezirk");
            List<double[]> rings = GeoJsonParts.parts(f.path("geometry"));
            b.startFeature(0, name);
            GeoJsonParts.append(b, rings, projection);
            if (!rings.isEmpty()) {
                shapes.add(new NamedShape(name, GeoJsonParts.lats(rings.get(0)), GeoJsonParts.lons(rings.get(0))));
            }
        }
        return b.build();
    }

    private GeometrySet buildings(JsonNode json) {
        GeometrySet.Builder b = new GeometrySet.Builder();
        if (json != null) {
            for (JsonNode f : json.path("features")) {
                // one feature per building so that culling skips those outside the view
                for (List<double[]> polygon : GeoJsonParts.polygons(f.path("geometry"))) {
                    b.startFeature(0, null);
                    GeoJsonParts.append(b, polygon, projection);
                }
            }
        }
        return b.build();
    }

    private double[] bounds(JsonNode osm) {
        JsonNode bbox = osm.path("bbox");
        double[] lonLat = bbox.size() == 4
                ? new double[] {bbox.get(0).asDouble(), bbox.get(1).asDouble(), bbox.get(2).asDouble(),
                    bbox.get(3).asDouble()}
                : new double[] {7.435, 51.497, 7.505, 51.533};
        return new double[] {projection.x(lonLat[0]), projection.y(lonLat[1]), projection.x(lonLat[2]),
            projection.y(lonLat[3])};
    }

    /**
     * City and the southern Nordstadt, where the Sonderstab works. The Hafen district is left out: it is mostly
     * harbour basins and would zoom the home view out to the whole package.
     */
    private double[] home(JsonNode districts, double[] bounds) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        if (districts != null) {
            for (JsonNode f : districts.path("features")) {
                JsonNode p = f.path("properties");
                if (HOME_DISTRICTS.contains(String.valueOf(text(p, "statistischer_bezirk")))) {
                    for (double[] ring : GeoJsonParts.parts(f.path("geometry"))) {
                        for (int i = 0; i < ring.length; i += 2) {
                            box[0] = Math.min(box[0], projection.x(ring[i]));
                            box[1] = Math.min(box[1], projection.y(ring[i + 1]));
                            box[2] = Math.max(box[2], projection.x(ring[i]));
                            box[3] = Math.max(box[3], projection.y(ring[i + 1]));
                        }
                    }
                }
            }
        }
        if (box[0] > box[2]) {
            return bounds.clone();
        }
        return new double[] {Math.max(box[0], bounds[0]), Math.max(box[1], bounds[1]), Math.min(box[2], bounds[2]),
            Math.min(box[3], bounds[3])};
    }

    static String text(JsonNode properties, String key) {
        JsonNode v = properties.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Convenience for callers that cannot handle checked exceptions (tasks wrap it anyway). */
    public Optional<MapData> loadUnchecked() {
        try {
            return load();
        } catch (IOException e) {
            throw new UncheckedIOException("Kartenpaket konnte nicht gelesen werden", e);
        }
    }
}
