package org.annals.core;

import java.util.Objects;

/** Something a stage could not do with this document's content; recorded, never thrown. */
public record Problem(String stage, String message) {
    public Problem {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }
}
