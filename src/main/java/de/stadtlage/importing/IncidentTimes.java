package de.stadtlage.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The time formats of the exchange format: "03.07.2023 14:05", "03.07.2023" and ISO "2023-07-03T14:05" (also ISO
 * "2023-07-03" and seconds, which spreadsheets add).
 */
public final class IncidentTimes {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            strict("d.M.uuuu H:mm[:ss]"),
            strict("uuuu-MM-dd'T'HH:mm[:ss]"),
            strict("uuuu-MM-dd HH:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(strict("d.M.uuuu"), strict("uuuu-MM-dd"));

    /** The format exports use. */
    public static final DateTimeFormatter EXPORT = strict("dd.MM.uuuu HH:mm");

    private IncidentTimes() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The time, or empty when the text is in none of the formats (or names no real day, like 31.02.). */
    public static Optional<LocalDateTime> parse(String text) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format).atStartOfDay());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
