package org.annals.app;

/** A failure the user can fix: its message says what went wrong and what to do, and no stack trace is shown. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
