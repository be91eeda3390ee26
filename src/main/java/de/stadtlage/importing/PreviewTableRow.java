package de.stadtlage.importing;

import javafx.css.PseudoClass;
import javafx.scene.control.TableRow;

/** A preview row; bad rows carry the {@code :invalid} pseudo-class, addresses placed approximately {@code :approximate}. */
final class PreviewTableRow extends TableRow<PreviewRow> {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass APPROXIMATE = PseudoClass.getPseudoClass("approximate");

    @Override
    protected void updateItem(PreviewRow row, boolean empty) {
        super.updateItem(row, empty);
        boolean present = !empty && row != null;
        pseudoClassStateChanged(INVALID, present && !row.valid());
        pseudoClassStateChanged(APPROXIMATE, present && "ungefähr verortet".equals(row.status()));
    }
}
