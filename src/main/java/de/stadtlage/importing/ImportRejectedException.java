package de.stadtlage.importing;

import de.stadtlage.common.Quote;
import de.stadtlage.common.UserMessage;
import java.util.List;

/** A file with at least one bad row: nothing of it was imported. The message lists up to 20 rows. */
public class ImportRejectedException extends UserMessage {

    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;

    public ImportRejectedException(String fileName, List<RowError> errors) {
        super(report(fileName, errors));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    static String report(String fileName, List<RowError> errors) {
        StringBuilder text = new StringBuilder("Die Datei ").append(Quote.of(fileName)).append(" wurde nicht importiert: ")
                .append(errors.size() == 1 ? "1 Zeile ist fehlerhaft." : errors.size() + " Zeilen sind fehlerhaft.")
                .append(" Bitte korrigieren Sie die Datei und importieren Sie sie erneut.");
        errors.stream().limit(ImportCheck.MAX_LISTED_ERRORS).forEach(e -> text.append('\n').append(e));
        if (errors.size() > ImportCheck.MAX_LISTED_ERRORS) {
            text.append("\n… und ").append(errors.size() - ImportCheck.MAX_LISTED_ERRORS).append(" weitere.");
        }
        return text.toString();
    }
}
