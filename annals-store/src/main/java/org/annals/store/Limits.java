package org.annals.store;

import java.time.LocalDate;

/** Checks shared by the query records, so that every query rejects bad settings the same way. */
final class Limits {
    static final int DEFAULT_LIMIT = 100;

    private Limits() {}

    static int checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be a positive number of rows, got " + limit);
        }
        return limit;
    }

    static void checkOffset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be zero or more, got " + offset);
        }
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is reversed: from " + from + " is after to " + to);
        }
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
