package de.stadtlage.app;

import javafx.scene.Node;

/** The content of one section. Pages are built once per open database and kept. */
public interface Page {

    Node node();

    /** Called each time the section is shown (reload what may have changed). */
    default void onShow() {
    }
}
