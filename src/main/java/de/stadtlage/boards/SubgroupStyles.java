package de.stadtlage.boards;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The subgroups' colours are data, not CSS. They reach the stylesheet as looked-up colours: a small generated
 * stylesheet (a data URI) defines {@code -sl-subgroup} for the style class {@code sg-<id>}, and boards.css uses
 * the variable. So no inline styles, and any colour a subgroup gets in the database just works.
 */
final class SubgroupStyles {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String FALLBACK = "#5b6776";

    private SubgroupStyles() {
    }

    static String styleClass(int subgroupId) {
        return "sg-" + subgroupId;
    }

    static String stylesheet(List<Subgroup> subgroups) {
        StringBuilder css = new StringBuilder();
        for (Subgroup subgroup : subgroups) {
            // Only a plain #RRGGBB gets into the stylesheet, so stored data can never inject CSS.
            String color = subgroup.color() != null && HEX.matcher(subgroup.color()).matches() ? subgroup.color() : FALLBACK;
            css.append('.').append(styleClass(subgroup.id())).append(" { -sl-subgroup: ").append(color)
                    .append("; -sl-subgroup-soft: derive(").append(color).append(", 88%); }\n");
        }
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }
}
