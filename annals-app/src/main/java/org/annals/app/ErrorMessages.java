package org.annals.app;

/** Turns an exception into the one line a user reads. */
final class ErrorMessages {
    private ErrorMessages() {}

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
