package de.stadtlage.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI texts: one bundle family {@code i18n/messages}, German by default, English complete. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    // German unless the user chose English: the staff works in German whatever the machine's locale is.
    private static volatile ResourceBundle bundle = load(Locale.GERMAN);

    private Messages() {
    }

    public static ResourceBundle load(Locale locale) {
        Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        return ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void use(Locale locale) {
        bundle = load(locale);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
