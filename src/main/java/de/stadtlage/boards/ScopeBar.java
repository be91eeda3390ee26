package de.stadtlage.boards;

import de.stadtlage.common.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The tabs above the board: overview, one per subgroup in its colour, and "Meine Aufgaben". */
final class ScopeBar extends FlowPane {

    private final BoardViewModel model;
    private final ToggleGroup group = new ToggleGroup();
    private List<Subgroup> shown = List.of();

    ScopeBar(BoardViewModel model) {
        super(6, 6);
        this.model = model;
        getStyleClass().add("scope-bar");
        setId("scope-bar");
    }

    void refresh() {
        List<Subgroup> subgroups = model.dataProperty().get().subgroups();
        if (!subgroups.equals(shown)) {
            shown = subgroups;
            build(subgroups);
        }
        for (var toggle : group.getToggles()) {
            toggle.setSelected(Objects.equals(toggle.getUserData(), model.scopeProperty().get()));
        }
    }

    private void build(List<Subgroup> subgroups) {
        getChildren().clear();
        group.getToggles().clear();
        add(tab(Messages.get("boards.scope.overview"), new FontIcon(Material2MZ.VIEW_MODULE), "scope-overview",
                new BoardScope.Overview()));
        for (Subgroup subgroup : subgroups) {
            Region dot = new Region();
            dot.getStyleClass().add("subgroup-dot");
            ToggleButton tab = tab(subgroup.name(), dot, "scope-" + subgroup.code().toLowerCase(Locale.ROOT),
                    new BoardScope.Board(subgroup.id()));
            tab.getStyleClass().addAll("subgroup-tab", SubgroupStyles.styleClass(subgroup.id()));
            add(tab);
        }
        add(tab(Messages.get("boards.scope.mine"), new FontIcon(Material2AL.ACCOUNT_CIRCLE), "scope-mine",
                new BoardScope.MyTasks()));
    }

    private void add(ToggleButton tab) {
        getChildren().add(tab);
    }

    private ToggleButton tab(String text, Node graphic, String id, BoardScope scope) {
        ToggleButton tab = new ToggleButton(text, graphic);
        tab.setId(id);
        tab.getStyleClass().add("scope-tab");
        tab.setUserData(scope);
        tab.setToggleGroup(group);
        tab.setOnAction(e -> {
            // Clicking the selected tab again must not leave no scope selected.
            tab.setSelected(true);
            model.scopeProperty().set(scope);
        });
        return tab;
    }

}
