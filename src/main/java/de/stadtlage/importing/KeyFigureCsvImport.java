package de.stadtlage.importing;

import de.stadtlage.common.Quote;
import de.stadtlage.common.UserMessage;
import de.stadtlage.situation.KeyFigure;
import de.stadtlage.situation.KeyFigureService;
import de.stadtlage.situation.Metric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports key figures from a simple CSV ({@code Kennzahl;Quelle;Von;Bis;Wert}, header required, columns in this
 * order): all rows or none, with "Zeile N: Grund" messages like the incident import.
 */
public final class KeyFigureCsvImport {

    private static final Pattern GERMAN_GROUPING = Pattern.compile("^\\d{1,3}(\\.\\d{3})+(,\\d+)?$");
    private static final String HEADER = "Kennzahl;Quelle;Von;Bis;Wert";

    private final KeyFigureService service;

    public KeyFigureCsvImport(KeyFigureService service) {
        this.service = service;
    }

    /** Reads, checks and stores the file; returns how many figures were saved. */
    public int importFile(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserMessage("Die Datei " + file + " ist nicht lesbar. Bitte prüfen Sie den Pfad.", e);
        }
        List<String> metrics = service.metrics().stream().map(Metric::name).toList();
        List<RowError> errors = new ArrayList<>();
        List<KeyFigure> figures = read(content, metrics, errors);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(file.getFileName().toString(), errors);
        }
        return service.saveAll(figures, file.getFileName().toString());
    }

    static List<KeyFigure> read(byte[] content, List<String> metrics, List<RowError> errors) {
        CsvFormat format = CsvFormatDetector.detect(content, errors);
        if (!errors.isEmpty()) {
            return List.of();
        }
        String text = CsvFormatDetector.decode(content, format);
        LineIndex lines = new LineIndex(text);
        List<KeyFigure> figures = new ArrayList<>();
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(format.delimiter()).get();
        try (CSVParser parser = CSVParser.parse(text, csv)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int line = lines.lineOfRecord(record.getCharacterPosition());
                if (header) {
                    header = false;
                    checkHeader(record, errors);
                    continue;
                }
                figure(record, line, metrics, errors).ifPresent(figures::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            errors.add(new RowError(lines.lineOf(text.length()), "Die Datei ist kein lesbares CSV: " + e.getMessage()));
        }
        return figures;
    }

    private static void checkHeader(CSVRecord record, List<RowError> errors) {
        String[] expected = HEADER.split(";");
        boolean ok = record.size() >= expected.length;
        for (int i = 0; ok && i < expected.length; i++) {
            ok = record.get(i).strip().equalsIgnoreCase(expected[i]);
        }
        if (!ok) {
            errors.add(new RowError(1, "Die Kopfzeile muss „" + HEADER + "“ lauten."));
        }
    }

    private static Optional<KeyFigure> figure(CSVRecord record, int line, List<String> metrics, List<RowError> errors) {
        if (record.size() < 5) {
            errors.add(new RowError(line, "Die Zeile hat " + record.size() + " Felder statt 5 (" + HEADER + ")."));
            return Optional.empty();
        }
        String metric = metrics.stream().filter(m -> m.equalsIgnoreCase(record.get(0).strip())).findFirst()
                .orElse(record.get(0).strip());
        var from = IncidentTimes.parse(record.get(2).strip());
        var to = IncidentTimes.parse(record.get(3).strip());
        BigDecimal value = number(record.get(4).strip());
        if (from.isEmpty() || to.isEmpty()) {
            errors.add(new RowError(line, "„Von“ und „Bis“ müssen Daten wie 03.07.2023 sein."));
            return Optional.empty();
        }
        if (value == null) {
            errors.add(new RowError(line, "Wert " + Quote.of(record.get(4).strip()) + " ist keine Zahl."));
            return Optional.empty();
        }
        KeyFigure figure = new KeyFigure(null, metric, record.get(1).strip(), from.get().toLocalDate(),
                to.get().toLocalDate(), value, null);
        String problem = KeyFigureService.problem(figure, metrics);
        if (problem != null) {
            errors.add(new RowError(line, problem));
            return Optional.empty();
        }
        return Optional.of(figure);
    }

    /** "2.495", "2495", "50.000,50" and "12.5" are numbers; German grouping is recognised by its pattern. */
    static BigDecimal number(String text) {
        String plain = GERMAN_GROUPING.matcher(text).matches() ? text.replace(".", "").replace(',', '.')
                : text.replace(',', '.');
        try {
            return new BigDecimal(plain.toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
