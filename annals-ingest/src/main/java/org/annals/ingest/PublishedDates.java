package org.annals.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses publication dates given as {@code YYYY-MM-DD}, as an ISO (W3C) date-time or as an RFC 822 date-time (the
 * form of RSS {@code pubDate}). One rule holds for every source: a date-time with an offset gives the calendar day in
 * that offset, the publisher's own day, never the day in UTC.
 */
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
            // fall through
        }
        try {
            return Optional.of(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate());
        } catch (DateTimeParseException notRfc822) {
            return Optional.empty();
        }
    }

    /** For command-line values: a bad date is a configuration error. */
    public static LocalDate parse(String value) {
        return tryParse(value)
                .orElseThrow(() -> new IllegalArgumentException("invalid date '" + value + "'; " + VALID_FORMS));
    }
}
