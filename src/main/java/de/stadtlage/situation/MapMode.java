package de.stadtlage.situation;

import de.stadtlage.common.Messages;
import de.stadtlage.situation.hotspot.HotspotMethod;
import java.util.Locale;

/** What the hotspot layer of the Lage map shows. */
public enum MapMode {
    KDE(HotspotMethod.KDE), GI_STAR(HotspotMethod.GI_STAR), CHANGE(HotspotMethod.KDE);

    private final HotspotMethod method;

    MapMode(HotspotMethod method) {
        this.method = method;
    }

    /** The method that ranks the hotspot list in this mode (the change map lists the current KDE peaks). */
    public HotspotMethod method() {
        return method;
    }

    public String label() {
        return Messages.get("lage.mode." + name().toLowerCase(Locale.ROOT));
    }
}
