package de.stadtlage.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** German formats used across the app: dates, ISO calendar weeks, numbers and changes. */
public final class Formats {

    public static final Locale GERMAN = Locale.GERMANY;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", GERMAN);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", GERMAN);
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", GERMAN);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DATE_TIME.format(dateTime);
    }

    /** "KW 36/2023": the ISO week and its week-based year (2026-12-31 is KW 53/2026, 2027-01-04 KW 1/2027). */
    public static String isoWeek(LocalDate date) {
        return "KW " + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "/" + date.get(IsoFields.WEEK_BASED_YEAR);
    }

    /** A whole number with German grouping: 8.900. */
    public static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(GERMAN)).format(value);
    }

    /** A decimal number with up to two fraction digits, German style: 50.000,5. */
    public static String decimal(double value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(GERMAN)).format(value);
    }

    /**
     * The change from {@code before} to {@code after} in percent with one decimal and a sign, German style
     * ("+17,0 %", "−3,5 %" uses a plain minus). Returns "–" when there is no base to compare with.
     */
    public static String percentChange(double before, double after) {
        if (before == 0) {
            return "–";
        }
        double percent = Math.round((after - before) / before * 1000.0) / 10.0;
        String sign = percent > 0 ? "+" : percent < 0 ? "-" : "±";
        DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(GERMAN));
        return sign + format.format(Math.abs(percent)) + " %";
    }
}
