package de.stadtlage.common;

/**
 * The one length rule for every title a person types (tasks, action items, agenda items): a title has to fit on a
 * card, a slide and a table row; longer thoughts belong in the description.
 */
public final class Titles {

    public static final int MAX_LENGTH = 120;

    private Titles() {
    }

    /** Longer than {@link #MAX_LENGTH} once blanks at the ends are removed. */
    public static boolean tooLong(String title) {
        return title != null && title.strip().length() > MAX_LENGTH;
    }

    /** What to do about a title that is too long, in the UI's language. */
    public static String tooLongMessage() {
        return Messages.get("common.titleTooLong", MAX_LENGTH);
    }

    /** The title itself; refused with {@link #tooLongMessage()} when too long. */
    public static String requireShort(String title) {
        if (tooLong(title)) {
            throw new UserMessage(tooLongMessage());
        }
        return title;
    }
}
