package de.stadtlage.situation.hotspot;

/** Kernel shapes for the density surface, normalised so the surface integrates to the sum of the weights. */
public enum Kernel {

    /** Quartic (biweight) kernel, the default of ArcGIS and CrimeStat: zero beyond the bandwidth. */
    QUARTIC(1.0) {
        @Override
        public double value(double u) {
            if (u >= 1.0) {
                return 0;
            }
            double t = 1.0 - u * u;
            return 3.0 / Math.PI * t * t;
        }
    },
    /** Gaussian kernel with the bandwidth as standard deviation, cut at three bandwidths (99.9 % of its mass). */
    GAUSSIAN(3.0) {
        @Override
        public double value(double u) {
            return u >= 3.0 ? 0 : Math.exp(-0.5 * u * u) / (2.0 * Math.PI);
        }
    };

    private final double support;

    Kernel(double support) {
        this.support = support;
    }

    /** Kernel value for a distance {@code u} measured in bandwidths (2D, so integrate with h² to get 1). */
    public abstract double value(double u);

    /** Distance in bandwidths beyond which the kernel is zero. */
    public double support() {
        return support;
    }
}
