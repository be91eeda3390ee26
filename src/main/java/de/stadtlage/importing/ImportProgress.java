package de.stadtlage.importing;

/** Where an import reports how far it is and learns that the user cancelled it. */
public interface ImportProgress {

    /** Reports {@code done} of {@code total} steps, with a German sentence about the current phase. */
    void update(long done, long total, String message);

    boolean isCancelled();

    /** For the command line: no reporting, never cancelled. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total, String message) {
            // nobody watches
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
