package de.stadtlage.map;

import de.stadtlage.situation.hotspot.NamedShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Named areas (the police focus areas) as tinted outlines, above the hotspot surfaces. Their names go to the base
 * map's labeler ({@link #areaLabels}), which places them first and draws them above the incident markers.
 */
public final class AreaOutlineLayer extends MapLayer {

    private static final Color LINE = Color.web("#0b6e75");
    private static final Color FILL = Color.web("#0b6e75", 0.10);
    private List<NamedShape> areas = List.of();
    private boolean legendShown = true;

    public AreaOutlineLayer(String title) {
        super(title);
    }

    /** Outer rings in WGS84; call on the FX thread. */
    public void setAreas(List<NamedShape> rings) {
        this.areas = List.copyOf(rings);
        changed();
    }

    @Override
    public void render(GraphicsContext g, MapViewport vp, LocalProjection p) {
        g.setLineWidth(2.5);
        g.setLineDashes((double[]) null);
        for (NamedShape a : areas) {
            g.beginPath();
            for (int i = 0; i < a.size(); i++) {
                double x = vp.screenX(p.x(a.lon()[i]));
                double y = vp.screenY(p.y(a.lat()[i]));
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.closePath();
            g.setFill(FILL);
            g.fill();
            g.setStroke(LINE);
            g.stroke();
        }
    }

    /** Smaller areas first: a small area's name has fewer places to go than a large one's. */
    @Override
    public List<AreaLabel> areaLabels(LocalProjection p) {
        List<double[]> boxes = new ArrayList<>();
        List<AreaLabel> labels = new ArrayList<>();
        for (NamedShape a : areas) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < a.size(); i++) {
                minX = Math.min(minX, p.x(a.lon()[i]));
                maxX = Math.max(maxX, p.x(a.lon()[i]));
                minY = Math.min(minY, p.y(a.lat()[i]));
                maxY = Math.max(maxY, p.y(a.lat()[i]));
            }
            boxes.add(new double[] {(maxX - minX) * (maxY - minY)});
            labels.add(new AreaLabel(a.name(), (minX + maxX) / 2, maxY, (minY + maxY) / 2, minY, LINE));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort((i, j) -> Double.compare(boxes.get(i)[0], boxes.get(j)[0]));
        return order.stream().map(labels::get).toList();
    }

    /** Off for the slides' maps: the named outlines explain themselves, and a legend there covers half a district. */
    public void setLegendShown(boolean shown) {
        legendShown = shown;
        changed();
    }

    @Override
    public Optional<Legend> legend() {
        return areas.isEmpty() || !legendShown ? Optional.empty()
                : Optional.of(Legend.swatches(getTitle(), List.of(new Legend.Entry(LINE, "Umriss des Gebiets"))));
    }
}
