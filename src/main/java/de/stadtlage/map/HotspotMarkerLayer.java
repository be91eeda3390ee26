package de.stadtlage.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The strongest hotspots as numbered circles, with their street names placed by the labeler like area names: the
 * projector's map shows "1", "2", "3" where the list beside it names them.
 */
public final class HotspotMarkerLayer extends MapLayer {

    /** One marker: its number, position in degrees and the name written next to it. */
    public record Mark(int rank, double lat, double lon, String name) {
    }

    private static final Color FILL = Color.web("#1b2633");
    private static final double RADIUS = 13;
    private final Font font = Font.font("System", FontWeight.BOLD, 16);
    private List<Mark> marks = List.of();

    public HotspotMarkerLayer() {
        super("Stärkste Hotspots");
    }

    public void setMarks(List<Mark> marks) {
        this.marks = List.copyOf(marks);
        changed();
    }

    @Override
    public void render(GraphicsContext g, MapViewport vp, LocalProjection p) {
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font);
        for (Mark m : marks) {
            double x = vp.screenX(p.x(m.lon()));
            double y = vp.screenY(p.y(m.lat()));
            g.setFill(Color.WHITE);
            g.fillOval(x - RADIUS - 2.5, y - RADIUS - 2.5, 2 * RADIUS + 5, 2 * RADIUS + 5);
            g.setFill(FILL);
            g.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
            g.setFill(Color.WHITE);
            g.fillText(Integer.toString(m.rank()), x, y);
        }
    }

    /** "1 Paul-Winzen-Str." above the circle (else below it), placed before any other name. */
    @Override
    public List<AreaLabel> areaLabels(LocalProjection p) {
        List<AreaLabel> labels = new ArrayList<>();
        for (Mark m : marks) {
            double x = p.x(m.lon());
            double y = p.y(m.lat());
            labels.add(new AreaLabel(m.rank() + " " + m.name(), x, y, Double.NaN, y, FILL, RADIUS + 2.5));
        }
        return labels;
    }
}
