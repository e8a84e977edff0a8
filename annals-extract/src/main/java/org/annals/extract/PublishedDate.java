package org.annals.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Dates as pages write them: {@code YYYY-MM-DD} or an ISO date-time, possibly with an offset. */
final class PublishedDate {
    private PublishedDate() {}

    /** The calendar date as written; not shifted to UTC, because "on Tuesday" counts from the publisher's day. */
    static Optional<LocalDate> parse(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() < 10) {
            return Optional.empty();
        }
        // A bare date cannot be a date-time; trying those first would cost two exceptions per page.
        int first = trimmed.length() == 10 ? 2 : 0;
        for (int attempt = first; attempt < 3; attempt++) {
            try {
                return Optional.of(
                        switch (attempt) {
                            case 0 -> OffsetDateTime.parse(trimmed).toLocalDate();
                            case 1 -> LocalDateTime.parse(trimmed).toLocalDate();
                            default -> LocalDate.parse(trimmed.substring(0, 10));
                        });
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
