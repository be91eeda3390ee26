package de.stadtlage.map;

/** Which part of the city a map picture shows. */
public sealed interface MapFrame {

    /** The viewport for a picture of the given pixel size. */
    MapViewport viewport(MapData data, int width, int height);

    /**
     * The whole map package (City and Nordstadt) with a margin in logical pixels. {@code detail} 2 lays the map out
     * for half the pixel size and draws it at twice the scale: text and lines stay legible in print.
     */
    static MapFrame home(double detail, double padding) {
        return new Home(detail, padding);
    }

    /** A given centre and zoom (metres per pixel), as a stored map view has them. */
    static MapFrame at(double centerLat, double centerLon, double zoom) {
        return new At(centerLat, centerLon, zoom, 1);
    }

    /**
     * The same area as {@link #at(double, double, double)}, drawn {@code detail} times larger: a projector slide
     * needs names several times the size of the screen's.
     */
    static MapFrame at(double centerLat, double centerLon, double zoom, double detail) {
        return new At(centerLat, centerLon, zoom, detail);
    }

    /** A box in degrees (west, south, east, north) fitted into the picture, see {@link #home(double, double)}. */
    static MapFrame box(double[] westSouthEastNorth, double detail, double padding) {
        return new Box(westSouthEastNorth.clone(), detail, padding);
    }

    /** See {@link MapFrame#home(double, double)}. */
    record Home(double detail, double padding) implements MapFrame {
        @Override
        public MapViewport viewport(MapData data, int width, int height) {
            double[] b = data.home();
            return MapViewport.fit(b[0], b[1], b[2], b[3], width / detail, height / detail, padding);
        }
    }

    /** See {@link MapFrame#at(double, double, double, double)}. */
    record At(double centerLat, double centerLon, double zoom, double detail) implements MapFrame {
        @Override
        public MapViewport viewport(MapData data, int width, int height) {
            LocalProjection p = data.projection();
            return new MapViewport(p.x(centerLon), p.y(centerLat), zoom * detail, width / detail, height / detail);
        }
    }

    /** See {@link MapFrame#box(double[], double, double)}. */
    record Box(double[] westSouthEastNorth, double detail, double padding) implements MapFrame {
        @Override
        public MapViewport viewport(MapData data, int width, int height) {
            LocalProjection p = data.projection();
            double[] b = westSouthEastNorth;
            return MapViewport.fit(p.x(b[0]), p.y(b[1]), p.x(b[2]), p.y(b[3]), width / detail, height / detail,
                    padding);
        }
    }
}
