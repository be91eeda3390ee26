package de.stadtlage.app;

import de.stadtlage.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A section that is not built yet: says plainly what will be there. */
final class PlaceholderPage implements Page {

    private final VBox root;

    PlaceholderPage(Section section) {
        FontIcon icon = new FontIcon(section.icon());
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label(Messages.get(section.key() + ".title"));
        title.getStyleClass().add("page-title");
        Label text = new Label(Messages.get(section.key() + ".placeholder"));
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(640);
        Label soon = new Label(Messages.get("placeholder.soon"));
        soon.getStyleClass().add("placeholder-badge");
        root = new VBox(16, icon, title, text, soon);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("placeholder-page");
        root.setId("page-" + section.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public Node node() {
        return root;
    }
}
