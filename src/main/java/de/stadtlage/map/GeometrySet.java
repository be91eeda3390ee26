package de.stadtlage.map;

import java.util.Arrays;

/**
 * Many lines or polygons in flat primitive arrays: projected coordinates as floats (x, y pairs), parts (a line or
 * a ring) as index ranges, features as ranges of parts with a class code, a name and a bounding box for culling.
 * A few megabytes of GeoJSON end up as a few hundred kilobytes here.
 */
public final class GeometrySet {

    final float[] coords;
    final int[] partStart;
    final int[] featurePartStart;
    final byte[] featureClass;
    final String[] featureName;
    final float[] bbox;

    private GeometrySet(Builder b) {
        coords = Arrays.copyOf(b.coords, b.coordCount);
        partStart = Arrays.copyOf(b.partStart, b.partCount + 1);
        partStart[b.partCount] = b.coordCount / 2;
        featurePartStart = Arrays.copyOf(b.featurePartStart, b.featureCount + 1);
        featurePartStart[b.featureCount] = b.partCount;
        featureClass = Arrays.copyOf(b.featureClass, b.featureCount);
        featureName = Arrays.copyOf(b.featureName, b.featureCount);
        bbox = Arrays.copyOf(b.bbox, b.featureCount * 4);
    }

    public int featureCount() {
        return featureClass.length;
    }

    public int featureClass(int feature) {
        return featureClass[feature];
    }

    public String name(int feature) {
        return featureName[feature];
    }

    public int firstPart(int feature) {
        return featurePartStart[feature];
    }

    public int endPart(int feature) {
        return featurePartStart[feature + 1];
    }

    public int firstPoint(int part) {
        return partStart[part];
    }

    public int endPoint(int part) {
        return partStart[part + 1];
    }

    public float x(int point) {
        return coords[2 * point];
    }

    public float y(int point) {
        return coords[2 * point + 1];
    }

    public boolean visibleIn(int feature, MapViewport vp) {
        int b = feature * 4;
        return vp.intersects(bbox[b], bbox[b + 1], bbox[b + 2], bbox[b + 3]);
    }

    /** Collects features part by part while the GeoJSON is read. */
    public static final class Builder {
        private float[] coords = new float[4096];
        private int coordCount;
        private int[] partStart = new int[256];
        private int partCount;
        private int[] featurePartStart = new int[64];
        private byte[] featureClass = new byte[64];
        private String[] featureName = new String[64];
        private float[] bbox = new float[256];
        private int featureCount;

        public Builder startFeature(int classCode, String name) {
            if (featureCount + 1 >= featureClass.length) {
                int n = featureClass.length * 2;
                featurePartStart = Arrays.copyOf(featurePartStart, n);
                featureClass = Arrays.copyOf(featureClass, n);
                featureName = Arrays.copyOf(featureName, n);
                bbox = Arrays.copyOf(bbox, n * 4);
            }
            featurePartStart[featureCount] = partCount;
            featureClass[featureCount] = (byte) classCode;
            featureName[featureCount] = name;
            int b = featureCount * 4;
            bbox[b] = Float.MAX_VALUE;
            bbox[b + 1] = Float.MAX_VALUE;
            bbox[b + 2] = -Float.MAX_VALUE;
            bbox[b + 3] = -Float.MAX_VALUE;
            featureCount++;
            return this;
        }

        public Builder startPart() {
            if (partCount + 1 >= partStart.length) {
                partStart = Arrays.copyOf(partStart, partStart.length * 2);
            }
            partStart[partCount++] = coordCount / 2;
            return this;
        }

        public Builder point(double x, double y) {
            if (coordCount + 2 > coords.length) {
                coords = Arrays.copyOf(coords, coords.length * 2);
            }
            coords[coordCount++] = (float) x;
            coords[coordCount++] = (float) y;
            int b = (featureCount - 1) * 4;
            bbox[b] = Math.min(bbox[b], (float) x);
            bbox[b + 1] = Math.min(bbox[b + 1], (float) y);
            bbox[b + 2] = Math.max(bbox[b + 2], (float) x);
            bbox[b + 3] = Math.max(bbox[b + 3], (float) y);
            return this;
        }

        public GeometrySet build() {
            return new GeometrySet(this);
        }
    }
}
