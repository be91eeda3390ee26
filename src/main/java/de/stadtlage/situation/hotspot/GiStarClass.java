package de.stadtlage.situation.hotspot;

/**
 * Confidence classes of a Gi* z-score, as ArcGIS's hot spot analysis reports them (its {@code Gi_Bin} -3..3).
 * Thresholds are the two-sided normal quantiles for 90, 95 and 99 %.
 */
public enum GiStarClass {
    HOT_99(3, "Hotspot 99 %"),
    HOT_95(2, "Hotspot 95 %"),
    HOT_90(1, "Hotspot 90 %"),
    NOT_SIGNIFICANT(0, "nicht signifikant"),
    COLD_90(-1, "Coldspot 90 %"),
    COLD_95(-2, "Coldspot 95 %"),
    COLD_99(-3, "Coldspot 99 %");

    public static final double Z_99 = 2.576;
    public static final double Z_95 = 1.960;
    public static final double Z_90 = 1.645;

    private final int bin;
    private final String label;

    GiStarClass(int bin, String label) {
        this.bin = bin;
        this.label = label;
    }

    public static GiStarClass of(double z) {
        double a = Math.abs(z);
        int level = a >= Z_99 ? 3 : a >= Z_95 ? 2 : a >= Z_90 ? 1 : 0;
        return ofBin(z < 0 ? -level : level);
    }

    public static GiStarClass ofBin(int bin) {
        for (GiStarClass c : values()) {
            if (c.bin == bin) {
                return c;
            }
        }
        throw new IllegalArgumentException("no Gi* bin " + bin);
    }

    /** ArcGIS's Gi_Bin: +3 hot at 99 % … -3 cold at 99 %. */
    public int bin() {
        return bin;
    }

    /** German label for legends. */
    public String label() {
        return label;
    }

    public boolean isHot() {
        return bin > 0;
    }
}
