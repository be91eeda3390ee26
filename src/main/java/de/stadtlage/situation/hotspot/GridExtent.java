package de.stadtlage.situation.hotspot;

/**
 * A regular grid of square cells (edge length in metres) over a latitude/longitude box. Row 0 is the southern
 * edge, column 0 the western one; cell {@code index = row * cols + col}.
 */
public final class GridExtent {

    private final double south;
    private final double west;
    private final double cellSizeMetres;
    private final double cellLat;
    private final double cellLon;
    private final int cols;
    private final int rows;

    private GridExtent(double south, double west, double north, double east, double cellSizeMetres) {
        if (!(north > south) || !(east > west) || !(cellSizeMetres > 0)) {
            throw new IllegalArgumentException("empty grid extent or cell size");
        }
        this.south = south;
        this.west = west;
        this.cellSizeMetres = cellSizeMetres;
        this.cellLat = cellSizeMetres / GeoMath.METRES_PER_DEGREE_LAT;
        this.cellLon = cellSizeMetres / GeoMath.metresPerDegreeLon((south + north) / 2);
        this.cols = Math.max(1, (int) Math.ceil((east - west) / cellLon));
        this.rows = Math.max(1, (int) Math.ceil((north - south) / cellLat));
    }

    public static GridExtent covering(double south, double west, double north, double east, double cellSizeMetres) {
        return new GridExtent(south, west, north, east, cellSizeMetres);
    }

    /** The same box with another cell size (Gi* uses coarser cells than the density surface). */
    public GridExtent withCellSize(double metres) {
        return new GridExtent(south, west, north(), east(), metres);
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public int cellCount() {
        return cols * rows;
    }

    public double cellSizeMetres() {
        return cellSizeMetres;
    }

    public double south() {
        return south;
    }

    public double west() {
        return west;
    }

    public double north() {
        return south + rows * cellLat;
    }

    public double east() {
        return west + cols * cellLon;
    }

    public double cellHeightDegrees() {
        return cellLat;
    }

    public double cellWidthDegrees() {
        return cellLon;
    }

    /** Column of a longitude, or -1 outside the grid. */
    public int col(double lon) {
        double c = (lon - west) / cellLon;
        return c >= 0 && c < cols ? (int) c : -1;
    }

    /** Row of a latitude, or -1 outside the grid. */
    public int row(double lat) {
        double r = (lat - south) / cellLat;
        return r >= 0 && r < rows ? (int) r : -1;
    }

    /** Cell index of a point, or -1 outside the grid. */
    public int cellIndex(double lat, double lon) {
        int c = col(lon);
        int r = row(lat);
        return c < 0 || r < 0 ? -1 : r * cols + c;
    }

    public double centerLat(int row) {
        return south + (row + 0.5) * cellLat;
    }

    public double centerLon(int col) {
        return west + (col + 0.5) * cellLon;
    }

    public boolean sameGridAs(GridExtent other) {
        return other.cols == cols && other.rows == rows && other.south == south && other.west == west
                && other.cellSizeMetres == cellSizeMetres;
    }

    @Override
    public String toString() {
        return "GridExtent[" + cols + "x" + rows + " cells of " + cellSizeMetres + " m]";
    }
}
