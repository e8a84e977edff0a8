package org.annals.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.Granularity;
import org.annals.core.TimeMention;

/**
 * Whether a month or a week the text names was over before the publication date ("in June" in an October article,
 * "last week"). A sentence right after one that sets such a period ("Mohr spoke about Blankenship with Wikinews in
 * June.") goes on in the simple past telling that period, not the news of the publication day; a day is carried by
 * the dater itself, and a year by its earlier-year rule.
 */
final class EarlierPeriods {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private EarlierPeriods() {}

    static boolean endedBefore(TimeMention time, Optional<LocalDate> published) {
        if (published.isEmpty()) {
            return false;
        }
        return lastDay(time).filter(day -> day.isBefore(published.get())).isPresent();
    }

    private static Optional<LocalDate> lastDay(TimeMention time) {
        if (time.granularity() == Granularity.MONTH) {
            return month(time.value()).map(YearMonth::atEndOfMonth);
        }
        if (time.granularity() == Granularity.WEEK) {
            return week(time.value());
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> month(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> week(String value) {
        Matcher m = WEEK.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        LocalDate midYear = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1);
        return Optional.of(midYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                .with(DayOfWeek.SUNDAY));
    }
}
