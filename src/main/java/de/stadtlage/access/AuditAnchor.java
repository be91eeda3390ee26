package de.stadtlage.access;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point of the audit chain kept outside the database: the number of an entry, its hash, and an HMAC over both
 * made with the database's key file. Whoever recomputes the chain after changing an older row changes that entry's
 * hash, and cannot make a new HMAC without the key file.
 *
 * <p>As text (printed in the minutes, listed by {@code audit anchors}) the hash and the HMAC are shortened to
 * {@value #HASH_DIGITS} and {@value #MAC_DIGITS} hex digits, e.g. {@code 812-9f86d081884c7d659a2feaa0c55ad015-3a7bd3e2360a3d29};
 * stored with a closed meeting they are kept whole. Either form is checked the same way.
 *
 * @param entryId   the entry's number; 0 for an empty log
 * @param entryHash its hash, or the leading part of it
 * @param mac       the HMAC, or the leading part of it
 */
public record AuditAnchor(long entryId, String entryHash, String mac) {

    static final int HASH_DIGITS = 32;
    static final int MAC_DIGITS = 16;
    private static final Pattern TEXT = Pattern.compile("(\\d{1,18})-([0-9a-f]{" + HASH_DIGITS + ",64})-([0-9a-f]{"
            + MAC_DIGITS + ",64})");

    /** The short form for people: to print, copy and type. */
    public String text() {
        return entryId + "-" + entryHash.substring(0, HASH_DIGITS) + "-" + mac.substring(0, MAC_DIGITS);
    }

    /** The whole form, stored with a closed meeting. */
    public String storedText() {
        return entryId + "-" + entryHash + "-" + mac;
    }

    /** Reads either form; spaces and line breaks (from copying out of a PDF) and upper case are allowed. */
    public static Optional<AuditAnchor> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text.replaceAll("\\s", "").toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AuditAnchor(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
    }

    @Override
    public String toString() {
        return text();
    }
}
