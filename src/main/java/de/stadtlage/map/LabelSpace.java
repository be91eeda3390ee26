package de.stadtlage.map;

import java.util.ArrayList;
import java.util.List;

/** Screen rectangles already taken by labels; a new label goes only where it overlaps none. */
final class LabelSpace {

    private static final int BUCKET = 64;

    private final List<double[]>[] buckets;
    private final int cols;
    private final int rows;

    @SuppressWarnings("unchecked")
    LabelSpace(double width, double height) {
        cols = Math.max(1, (int) Math.ceil(width / BUCKET) + 2);
        rows = Math.max(1, (int) Math.ceil(height / BUCKET) + 2);
        buckets = new List[cols * rows];
    }

    boolean isFree(double x0, double y0, double x1, double y1) {
        for (int by = bucket(y0, rows); by <= bucket(y1, rows); by++) {
            for (int bx = bucket(x0, cols); bx <= bucket(x1, cols); bx++) {
                List<double[]> list = buckets[by * cols + bx];
                if (list != null) {
                    for (double[] r : list) {
                        if (x0 < r[2] && x1 > r[0] && y0 < r[3] && y1 > r[1]) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    void take(double x0, double y0, double x1, double y1) {
        double[] r = {x0, y0, x1, y1};
        for (int by = bucket(y0, rows); by <= bucket(y1, rows); by++) {
            for (int bx = bucket(x0, cols); bx <= bucket(x1, cols); bx++) {
                int i = by * cols + bx;
                if (buckets[i] == null) {
                    buckets[i] = new ArrayList<>();
                }
                buckets[i].add(r);
            }
        }
    }

    private static int bucket(double v, int count) {
        // one bucket of slack on each side for labels that stick out of the view
        return Math.max(0, Math.min(count - 1, (int) Math.floor(v / BUCKET) + 1));
    }
}
