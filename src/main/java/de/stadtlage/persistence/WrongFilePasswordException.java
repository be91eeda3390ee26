package de.stadtlage.persistence;

/** The file password of an encrypted H2 file (or of an encrypted backup) is wrong; nothing was changed. */
public class WrongFilePasswordException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public WrongFilePasswordException(String file, Throwable cause) {
        super("Das Dateipasswort für " + file + " ist falsch. Bitte prüfen Sie die Eingabe (Groß- und"
                + " Kleinschreibung beachten); die Datei wurde nicht verändert.", cause);
    }
}
