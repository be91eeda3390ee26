package de.stadtlage.persistence;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did besides restoring.
 *
 * @param previousState the backup of the database as it was before
 * @param checkedWith   the key file the backup's signature was checked with
 * @param databaseKey   the key file the database signs its backups with from now on
 * @param keyTaken      whether the database took over the key of {@code checkedWith} (copied to {@code databaseKey})
 * @param replacedKey   where the database's former key file was kept, when the restore took over another one
 */
public record RestoreOutcome(Path previousState, Path checkedWith, Path databaseKey, boolean keyTaken,
                             Path replacedKey) {

    public Optional<Path> replacedKeyFile() {
        return Optional.ofNullable(replacedKey);
    }
}
