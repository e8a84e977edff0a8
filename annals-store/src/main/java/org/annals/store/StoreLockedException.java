package org.annals.store;

/** Another writer (another process, or this one) holds the store; the message names it and says what to do. */
public final class StoreLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    public StoreLockedException(String message) {
        super(message);
    }
}
