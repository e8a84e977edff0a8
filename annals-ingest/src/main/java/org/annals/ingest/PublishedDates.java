package org.annals.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses publication dates given as {@code YYYY-MM-DD} or as an ISO date-time. */
public final class PublishedDates {
    public static final String VALID_FORMS = "use YYYY-MM-DD or an ISO date-time such as 2025-09-02T10:15:00Z";

    private PublishedDates() {}

    /**
     * The calendar date written in {@code value}. A date-time keeps the date as written, not shifted to UTC, because
     * words like "on Tuesday" in the article count from the publisher's own calendar day.
     */
    public static Optional<LocalDate> tryParse(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notDate) {
            // fall through to the date-time forms
        }
        try {
            return Optional.of(OffsetDateTime.parse(trimmed).toLocalDate());
        } catch (DateTimeParseException notOffset) {
            // fall through
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed).toLocalDate());
        } catch (DateTimeParseException notLocal) {
            return Optional.empty();
        }
    }

    /** For command-line values: a bad date is a configuration error. */
    public static LocalDate parse(String value) {
        return tryParse(value)
                .orElseThrow(() -> new IllegalArgumentException("invalid date '" + value + "'; " + VALID_FORMS));
    }
}
