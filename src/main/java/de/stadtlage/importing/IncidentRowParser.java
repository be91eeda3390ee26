package de.stadtlage.importing;

import de.stadtlage.common.Quote;
import de.stadtlage.situation.Incident;
import de.stadtlage.situation.IncidentCategory;
import de.stadtlage.situation.IncidentRules;
import de.stadtlage.situation.IncidentSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks one row against the rules of the exchange format and turns it into an incident. */
final class IncidentRowParser {

    static final int MAX_FIELD_LENGTH = 2000;
    private static final Column[] COLUMNS = Column.values();
    private static final String CATEGORIES = Arrays.stream(IncidentCategory.values())
            .map(IncidentCategory::germanName).collect(Collectors.joining(", "));
    private static final String SOURCES = Arrays.stream(IncidentSource.values())
            .map(IncidentSource::germanName).collect(Collectors.joining(", "));

    private final StreetIndex streets;
    private final LocalDate today;
    // A file repeats a handful of spellings; remembering them saves lower-casing every name on every row.
    private final Map<String, Optional<IncidentCategory>> categories = new HashMap<>();
    private final Map<String, Optional<IncidentSource>> sources = new HashMap<>();

    /** @param today the app clock's day: rows after it are refused (they would move every default time window) */
    IncidentRowParser(StreetIndex streets, LocalDate today) {
        this.streets = streets;
        this.today = today;
    }

    ParsedRow parse(SourceRow row) {
        List<String> problems = new ArrayList<>();
        for (Column column : COLUMNS) {
            String value = row.raw(column);
            if (value != null && value.length() > MAX_FIELD_LENGTH) {
                problems.add("„" + column.header() + "“ ist " + value.length()
                        + " Zeichen lang; erlaubt sind höchstens " + MAX_FIELD_LENGTH + ".");
            }
        }
        Optional<LocalDateTime> time = time(row.get(Column.ZEITPUNKT), problems);
        Optional<IncidentCategory> category = categories.computeIfAbsent(row.get(Column.KATEGORIE),
                IncidentCategory::fromGermanName);
        if (category.isEmpty()) {
            problems.add(unknown("Kategorie", row.get(Column.KATEGORIE), CATEGORIES));
        }
        Optional<IncidentSource> source = sources.computeIfAbsent(row.get(Column.QUELLE),
                IncidentSource::fromGermanName);
        if (source.isEmpty()) {
            problems.add(unknown("Quelle", row.get(Column.QUELLE), SOURCES));
        }
        int count = count(row.get(Column.ANZAHL), problems);
        boolean markedApproximate = approximateFlag(row.get(Column.UNGEFAEHR), problems);
        Optional<Position> position = position(row, problems);
        if (!problems.isEmpty()) {
            return ParsedRow.failed(row.line(), String.join(" ", problems));
        }
        Position p = position.orElseThrow();
        return ParsedRow.ok(row.line(), new Incident(null, time.orElseThrow(), category.orElseThrow(),
                source.orElseThrow(), p.latitude(), p.longitude(), blankToNull(row.get(Column.ORT)), count,
                blankToNull(row.get(Column.BEMERKUNG)), p.approximate() || markedApproximate, null));
    }

    private Optional<LocalDateTime> time(String text, List<String> problems) {
        if (text.isEmpty()) {
            problems.add("Der Zeitpunkt fehlt.");
            return Optional.empty();
        }
        Optional<LocalDateTime> time = IncidentTimes.parse(text);
        if (time.isEmpty()) {
            problems.add("Zeitpunkt " + Quote.of(text) + " ist nicht lesbar; erwartet wird TT.MM.JJJJ HH:MM, TT.MM.JJJJ "
                    + "oder JJJJ-MM-TTTHH:MM.");
            return time;
        }
        String problem = IncidentRules.dayProblem(time.get().toLocalDate(), today);
        if (problem != null) {
            problems.add(problem);
            return Optional.empty();
        }
        return time;
    }

    private static String unknown(String field, String value, String allowed) {
        return value.isEmpty() ? "Die " + field + " fehlt; erlaubt sind: " + allowed + "."
                : field + " " + Quote.of(value) + " ist unbekannt; erlaubt sind: " + allowed + ".";
    }

    private static int count(String text, List<String> problems) {
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int count = Integer.parseInt(text);
            if (count < 1) {
                problems.add("Anzahl muss mindestens 1 sein, ist aber " + count + ".");
            }
            return count;
        } catch (NumberFormatException e) {
            problems.add("Anzahl " + Quote.of(text) + " ist keine ganze Zahl.");
            return 1;
        }
    }

    private static boolean approximateFlag(String text, List<String> problems) {
        String value = text.strip().toLowerCase(java.util.Locale.GERMAN);
        return switch (value) {
            case "", "nein", "n", "0", "false" -> false;
            case "ja", "j", "1", "true", "x" -> true;
            default -> {
                problems.add("„Ungefähr verortet“ ist " + Quote.of(text) + "; erlaubt sind „ja“ oder „nein“ (oder leer).");
                yield false;
            }
        };
    }

    private Optional<Position> position(SourceRow row, List<String> problems) {
        String latText = row.get(Column.BREITE);
        String lonText = row.get(Column.LAENGE);
        if (latText.isEmpty() && lonText.isEmpty()) {
            return placeByAddress(row.get(Column.ORT), problems);
        }
        if (latText.isEmpty() || lonText.isEmpty()) {
            problems.add("Breite und Länge müssen beide angegeben sein (oder beide leer, dann wird der Ort verwendet).");
            return Optional.empty();
        }
        Optional<Double> lat = decimal("Breite", latText, problems);
        Optional<Double> lon = decimal("Länge", lonText, problems);
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        if (!MapArea.contains(lat.get(), lon.get())) {
            problems.add(outside(latText, lonText, MapArea.contains(lon.get(), lat.get())));
            return Optional.empty();
        }
        return Optional.of(new Position(lat.get(), lon.get(), false));
    }

    private Optional<Position> placeByAddress(String place, List<String> problems) {
        if (place.isEmpty()) {
            problems.add("Keine Koordinaten und kein Ort: bitte Breite und Länge oder eine Adresse im Ort angeben.");
            return Optional.empty();
        }
        Optional<StreetIndex.Placement> placement = streets.locate(place);
        if (placement.isEmpty()) {
            problems.add("Keine Koordinaten, und der Ort " + Quote.of(place) + " ist keine Straße des Kartengebiets: "
                    + "bitte Breite und Länge angeben oder die Straße wie im Stadtplan schreiben.");
            return Optional.empty();
        }
        return placement.map(p -> new Position(p.latitude(), p.longitude(), true));
    }

    private static Optional<Double> decimal(String field, String text, List<String> problems) {
        try {
            double value = Double.parseDouble(text.replace(',', '.'));
            if (Double.isFinite(value)) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(field + " " + Quote.of(text) + " ist keine Zahl (Dezimalkomma oder -punkt, z. B. 51,5176).");
        return Optional.empty();
    }

    private static String outside(String lat, String lon, boolean swapped) {
        return "Koordinaten " + Quote.capped(lat) + " / " + Quote.capped(lon) + " liegen außerhalb des Kartengebiets ("
                + MapArea.DESCRIPTION + ")." + (swapped ? " Sind Breite und Länge vertauscht?" : "");
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private record Position(double latitude, double longitude, boolean approximate) {
    }
}
