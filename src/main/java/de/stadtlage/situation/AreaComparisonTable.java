package de.stadtlage.situation;

import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The comparison per district and focus area beside the map. The number columns grow to what their texts and
 * headers need ("Vorher", "+71,4 %"), whatever the font; the area name takes the rest and wraps between words.
 * The difference has no column of its own: now, before and the change in percent fit beside a 1024 px map, and
 * the difference is one look at the two counts.
 */
final class AreaComparisonTable {

    /** Room beyond the measured text and the cell's padding (rounding, the header's bold face). */
    private static final double SLACK = 3;
    /** The vertical scroll bar and the table's border. */
    private static final double FRAME = 18;

    private final TableView<AreaComparison.Row> table = new TableView<>();

    AreaComparisonTable() {
        TableColumn<AreaComparison.Row, String> name = column("lage.table.area", AreaComparison.Row::name);
        name.setCellFactory(c -> new FittingCell(true));
        name.setMinWidth(80);
        table.getColumns().add(name);
        table.getColumns().add(number("lage.table.current", r -> Formats.number(r.current())));
        table.getColumns().add(number("lage.table.previous", r -> Formats.number(r.previous())));
        table.getColumns().add(number("lage.table.change", AreaComparison.Row::change));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().addAll("dense", "lage-comparison");
        table.setId("lage-comparison");
    }

    TableView<AreaComparison.Row> node() {
        return table;
    }

    /** The width at which every column shows its texts in full: the side panel keeps at least this much. */
    javafx.beans.binding.DoubleBinding neededWidth() {
        return javafx.beans.binding.Bindings.createDoubleBinding(
                () -> table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + FRAME,
                table.getColumns().stream().map(TableColumn::minWidthProperty)
                        .toArray(javafx.beans.Observable[]::new));
    }

    private static TableColumn<AreaComparison.Row, String> number(String key,
            Function<AreaComparison.Row, String> value) {
        TableColumn<AreaComparison.Row, String> c = column(key, value);
        c.setCellFactory(col -> new FittingCell(false));
        c.getStyleClass().add("number-column");
        return c;
    }

    private static TableColumn<AreaComparison.Row, String> column(String key,
            Function<AreaComparison.Row, String> value) {
        TableColumn<AreaComparison.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    /**
     * A cell that widens its column to its text and header. Name cells wrap, so they need only their longest word;
     * they show a wrapping text node, as a table row grows only with the height its cells report without a width.
     */
    private static final class FittingCell extends TableCell<AreaComparison.Row, String> {

        private final boolean wraps;
        private final Text wrapped = new Text();

        FittingCell(boolean wraps) {
            this.wraps = wraps;
            if (wraps) {
                wrapped.fontProperty().bind(fontProperty());
                wrapped.fillProperty().bind(textFillProperty());
                wrapped.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> getWidth() - snappedLeftInset() - snappedRightInset() - 2, widthProperty(),
                        paddingProperty()));
                wrapped.getStyleClass().add("area-name");
            }
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            if (wraps) {
                wrapped.setText(empty ? null : text);
                setGraphic(empty ? null : wrapped);
            } else {
                setText(empty ? null : text);
            }
            if (!empty && text != null && getTableColumn() != null) {
                Font font = getFont();
                Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
                double content = 0;
                for (String word : wraps ? text.split(" ") : new String[] {text}) {
                    content = Math.max(content, width(font, word));
                }
                double needed = Math.max(content, width(bold, getTableColumn().getText()))
                        + snappedLeftInset() + snappedRightInset() + 2 * SLACK;
                if (needed > getTableColumn().getMinWidth()) {
                    getTableColumn().setMinWidth(Math.ceil(needed));
                }
            }
        }

        private static double width(Font font, String s) {
            Text t = new Text(s);
            t.setFont(font);
            return t.getLayoutBounds().getWidth();
        }
    }
}
