package de.stadtlage.importing;

import de.stadtlage.common.UserMessage;

/** The user cancelled an import; its transaction was rolled back, so nothing of it is stored. */
public class ImportCancelledException extends UserMessage {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("Der Import wurde abgebrochen. Es wurde nichts gespeichert.");
    }
}
