package org.annals.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first and last day an ISO time value covers ({@code 2025-09-02}, {@code 2025-09}, {@code 2025},
 * {@code 2025-W36}, {@code 2025-Q3}), so that partial dates can be filtered by day ranges. Durations, seasons and
 * anything unparsable cover no known days.
 */
record DatePeriod(LocalDate start, LocalDate end) {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    static Optional<DatePeriod> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return day(text)
                    .or(() -> month(text))
                    .or(() -> year(text))
                    .or(() -> week(text))
                    .or(() -> quarter(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DatePeriod> day(String text) {
        Matcher m = DAY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
        return Optional.of(new DatePeriod(date, date));
    }

    private static Optional<DatePeriod> month(String text) {
        Matcher m = MONTH.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(number(m, 1), number(m, 2), 1);
        return Optional.of(new DatePeriod(first, first.with(TemporalAdjusters.lastDayOfMonth())));
    }

    private static Optional<DatePeriod> year(String text) {
        Matcher m = YEAR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = number(m, 1);
        return Optional.of(new DatePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    private static Optional<DatePeriod> week(String text) {
        Matcher m = WEEK.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate monday = LocalDate.of(number(m, 1), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number(m, 2))
                .with(java.time.DayOfWeek.MONDAY);
        return Optional.of(new DatePeriod(monday, monday.plusDays(6)));
    }

    private static Optional<DatePeriod> quarter(String text) {
        Matcher m = QUARTER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate first = LocalDate.of(number(m, 1), (number(m, 2) - 1) * 3 + 1, 1);
        return Optional.of(new DatePeriod(first, first.plusMonths(3).minusDays(1)));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
