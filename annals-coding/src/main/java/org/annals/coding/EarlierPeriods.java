package org.annals.coding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.annals.core.Granularity;
import org.annals.core.TimeMention;

/**
 * Whether a month or a week the text names was over before the publication date ("in June" in an October article,
 * "last week"). A sentence right after one that sets such a period ("Mohr spoke about Blankenship with Wikinews in
 * June.") goes on in the simple past telling that period, not the news of the publication day; a day is carried by
 * the dater itself, and a year by its earlier-year rule.
 */
final class EarlierPeriods {
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
            return WeekDays.lastDay(time.value());
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
}
