package org.annals.app;

import java.nio.file.Path;
import org.annals.store.AnnalsStore;

/** Opens the store, turning its failures into messages that say what to do. */
final class Stores {
    private Stores() {}

    static AnnalsStore openForWriting(Path dataDir) {
        try {
            return AnnalsStore.openForWriting(dataDir);
        } catch (RuntimeException e) {
            throw new UserException(ErrorMessages.describe(e), e);
        }
    }

    static AnnalsStore openReadOnly(Path dataDir) {
        try {
            return AnnalsStore.openReadOnly(dataDir);
        } catch (RuntimeException e) {
            throw new UserException(ErrorMessages.describe(e), e);
        }
    }
}
