package de.stadtlage.meeting.minutes;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** German formatting for the minutes: dates dd.MM.yyyy, times HH:mm, numbers with German separators. */
final class MinutesFormat {

    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, dd.MM.yyyy", GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", GERMAN);

    private MinutesFormat() {
    }

    static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    static String longDate(LocalDate date) {
        return date == null ? "–" : LONG_DATE.format(date);
    }

    static String time(LocalTime time) {
        return time == null ? null : TIME.format(time);
    }

    /** "14:00–15:30 Uhr", "ab 14:00 Uhr" or "–". */
    static String timeRange(LocalTime start, LocalTime end) {
        if (start == null) {
            return "–";
        }
        return end == null ? "ab " + time(start) + " Uhr" : time(start) + "–" + time(end) + " Uhr";
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A signed change: "+12", "−3" (typographic minus), "±0", or "–" when unknown. */
    static String change(BigDecimal change) {
        if (change == null) {
            return "–";
        }
        int sign = change.signum();
        if (sign == 0) {
            return "±0";
        }
        String digits = number(change.abs());
        return sign > 0 ? "+" + digits : "\u2212" + digits;
    }

    /** "+17,0 %" relative to the previous value, or null when it cannot be computed. */
    static String percentChange(BigDecimal value, BigDecimal previous) {
        if (value == null || previous == null || previous.signum() == 0) {
            return null;
        }
        double percent = value.subtract(previous).doubleValue() * 100.0 / previous.doubleValue();
        NumberFormat format = NumberFormat.getNumberInstance(GERMAN);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        String digits = format.format(Math.abs(percent));
        return (percent >= 0 ? "+" : "\u2212") + digits + " %";
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "–" : text;
    }
}
