package de.stadtlage.app;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The sections of the main window, in navigation order. */
public enum Section {
    LAGE("lage", Material2AL.EXPLORE),
    UNTERGRUPPEN("untergruppen", Material2MZ.VIEW_COLUMN),
    MASSNAHMEN("massnahmen", Material2AL.FACT_CHECK),
    SITZUNG("sitzung", Material2AL.EVENT),
    PRAESENTATION("praesentation", Material2MZ.PRESENT_TO_ALL);

    private final String key;
    private final Ikon icon;

    Section(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }

    /** Message key prefix: {@code section.lage.title}, {@code section.lage.placeholder}. */
    public String key() {
        return "section." + key;
    }

    public Ikon icon() {
        return icon;
    }
}
