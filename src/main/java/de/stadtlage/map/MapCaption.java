package de.stadtlage.map;

/** The title and the line under it (period, filter) that an exported map picture carries in its corner. */
public record MapCaption(String title, String subtitle) {

    public MapCaption {
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
    }
}
