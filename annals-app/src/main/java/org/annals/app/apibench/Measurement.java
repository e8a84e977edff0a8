package org.annals.app.apibench;

/** One timed request: when it started (ms since the measured phase began), how long it took, its HTTP status (0: no answer). */
public record Measurement(QueryKind kind, double startMillis, double latencyMillis, int status) {
    public boolean failed() {
        return status != 200;
    }
}
