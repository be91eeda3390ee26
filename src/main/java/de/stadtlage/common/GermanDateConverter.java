package de.stadtlage.common;

import java.time.LocalDate;
import javafx.util.StringConverter;

/** Dates in date pickers as "04.09.2023"; an empty field is no date. */
public final class GermanDateConverter extends StringConverter<LocalDate> {

    @Override
    public String toString(LocalDate date) {
        return Formats.date(date);
    }

    @Override
    public LocalDate fromString(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), Formats.DATE);
    }
}
