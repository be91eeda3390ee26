package de.stadtlage.boards;

import de.stadtlage.common.CompoundWrap;
import de.stadtlage.common.Formats;
import de.stadtlage.common.Messages;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One task on the board: title, owner, due date, priority, focus area with its incident trend, and why it is
 * blocked. Due state is shown through pseudo-classes ({@code :overdue}, {@code :due-soon}), styled in boards.css.
 */
final class TaskCard extends VBox {

    static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");
    static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");

    private final CardItem item;

    TaskCard(CardItem item, boolean showSubgroup, Runnable onDetails) {
        this.item = item;
        BoardTask task = item.task();
        getStyleClass().add("task-card");
        setId("task-" + task.id());
        if (item.subgroup() != null) {
            getStyleClass().add(SubgroupStyles.styleClass(item.subgroup().id()));
        }
        pseudoClassStateChanged(OVERDUE, item.overdue());
        pseudoClassStateChanged(DUE_SOON, item.dueThisWeek());
        pseudoClassStateChanged(BLOCKED, task.status() == TaskStatus.BLOCKIERT);
        pseudoClassStateChanged(READ_ONLY, !item.writable());
        setFocusTraversable(true);

        Label title = new Label();
        title.getStyleClass().add("card-title");
        CompoundWrap.apply(title, task.title());
        getChildren().addAll(topLine(showSubgroup, onDetails), title);
        FlowPane meta = new FlowPane(14, 4);
        meta.getStyleClass().add("card-meta");
        if (!item.owner().isBlank()) {
            meta.getChildren().add(iconLabel(item.owner(), new FontIcon(Material2MZ.PERSON_OUTLINE), "card-owner"));
        }
        if (task.dueDate() != null) {
            meta.getChildren().add(iconLabel(Formats.date(task.dueDate()), new FontIcon(Material2AL.EVENT), "card-due"));
        }
        getChildren().add(meta);
        if (task.focusAreaId() != null) {
            getChildren().add(areaLine());
        }
        if (task.status() == TaskStatus.BLOCKIERT) {
            getChildren().add(blockedReason(task.blockedReason()));
        }
        setAccessibleText(accessibleText());
    }

    CardItem item() {
        return item;
    }

    private HBox topLine(boolean showSubgroup, Runnable onDetails) {
        BoardTask task = item.task();
        // Chips wrap onto a second line on narrow columns instead of being cut to "…".
        FlowPane chips = new FlowPane(6, 4);
        chips.getChildren().add(badge(task.priority().label(), "priority-chip",
                "priority-" + task.priority().name().toLowerCase(Locale.ROOT)));
        if (showSubgroup && item.subgroup() != null) {
            chips.getChildren().add(badge(item.subgroup().code(), "subgroup-chip"));
        }
        if (item.overdue()) {
            chips.getChildren().add(badge(Messages.get("boards.card.overdue"), "overdue-badge"));
        } else if (item.dueThisWeek()) {
            chips.getChildren().add(badge(Messages.get("boards.card.dueThisWeek"), "due-soon-badge"));
        }
        HBox.setHgrow(chips, Priority.ALWAYS);
        // Comments and history are one click away for mouse users, not only in the context menu.
        Button details = new Button(item.comments() > 0 ? String.valueOf(item.comments()) : null,
                new FontIcon(Material2AL.CHAT_BUBBLE_OUTLINE));
        details.setId("details-" + task.id());
        details.getStyleClass().addAll("flat", "card-comments");
        details.setFocusTraversable(false);
        details.setMinWidth(Region.USE_PREF_SIZE);
        details.setTooltip(new Tooltip(Messages.get("boards.action.details")));
        details.setAccessibleText(Messages.get("boards.action.details"));
        details.setOnAction(e -> onDetails.run());
        HBox line = new HBox(8, chips, details);
        line.getStyleClass().add("card-top");
        return line;
    }

    private Label areaLine() {
        String text = item.areaName();
        AreaTrend trend = item.trend();
        Label area = iconLabel(text, new FontIcon(Material2MZ.PLACE), "card-area");
        if (trend != null) {
            String arrow = trend.direction() > 0 ? "↑" : trend.direction() < 0 ? "↓" : "→";
            area.setText(Messages.get("boards.card.areaTrend", text, Formats.number(trend.recent()), arrow,
                    Formats.number(trend.previous())));
            area.getStyleClass().add(trend.direction() > 0 ? "trend-up" : trend.direction() < 0 ? "trend-down" : "trend-flat");
        }
        area.setWrapText(true);
        return area;
    }

    private static Label blockedReason(String reason) {
        boolean missing = reason == null || reason.isBlank();
        Label label = new Label(null, new FontIcon(Material2AL.BLOCK));
        label.getStyleClass().add("blocked-reason");
        CompoundWrap.apply(label, missing ? Messages.get("boards.card.blockedNoReason")
                : Messages.get("boards.card.blockedBecause", reason));
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static Label badge(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label iconLabel(String text, FontIcon icon, String styleClass) {
        Label label = new Label(text, icon);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private String accessibleText() {
        BoardTask task = item.task();
        StringBuilder text = new StringBuilder(task.title()).append(", ").append(task.status().label())
                .append(", ").append(Messages.get("boards.card.priorityA11y", task.priority().label()));
        if (task.dueDate() != null) {
            text.append(", ").append(Messages.get("boards.card.dueA11y", Formats.date(task.dueDate())));
        }
        if (item.overdue()) {
            text.append(", ").append(Messages.get("boards.card.overdue"));
        }
        return text.append(". ").append(Messages.get("boards.card.keysA11y")).toString();
    }
}
