package de.stadtlage.map;

import de.stadtlage.situation.hotspot.NamedShape;
import java.util.List;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** Named areas (the police focus areas) as tinted outlines with their names, above the hotspot surfaces. */
public final class AreaOutlineLayer extends MapLayer {

    private static final Color LINE = Color.web("#0b6e75");
    private static final Color FILL = Color.web("#0b6e75", 0.10);
    private final Font font = Font.font("System", FontWeight.BOLD, 13);
    private List<NamedShape> areas = List.of();

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
            double sx = 0;
            double minY = Double.MAX_VALUE;
            for (int i = 0; i < a.size(); i++) {
                double x = vp.screenX(p.x(a.lon()[i]));
                double y = vp.screenY(p.y(a.lat()[i]));
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
                sx += x;
                minY = Math.min(minY, y);
            }
            g.closePath();
            g.setFill(FILL);
            g.fill();
            g.setStroke(LINE);
            g.stroke();
            // name above the area, so it does not hide the incidents inside
            g.setFont(font);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            TextHalo.draw(g, a.name(), sx / Math.max(1, a.size()), minY - 3, Color.WHITE, LINE);
        }
    }

    @Override
    public Optional<Legend> legend() {
        return areas.isEmpty() ? Optional.empty()
                : Optional.of(Legend.swatches(getTitle(), List.of(new Legend.Entry(LINE, "Umriss des Gebiets"))));
    }
}
