package de.stadtlage.map.google;

import de.stadtlage.common.Messages;

/** Which base map the Lage page shows. */
public enum BaseMap {
    OFFLINE("map.base.offline"),
    GOOGLE("map.base.google");

    private final String key;

    BaseMap(String key) {
        this.key = key;
    }

    public String label() {
        return Messages.get(key);
    }

    @Override
    public String toString() {
        return label();
    }
}
