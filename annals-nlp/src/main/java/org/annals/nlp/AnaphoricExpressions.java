package org.annals.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.Granularity;
import org.annals.nlp.TimeExpression.Resolved;

/**
 * Expressions resolved against the most recent fitting time named before them in the same paragraph: a DAY for "that
 * day", a DAY or WEEK for "that week", a DAY or MONTH for "that month", any calendar value for "that year".
 */
final class AnaphoricExpressions {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern SEASON_YEAR = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");

    private AnaphoricExpressions() {}

    /** What a shifted period resolves to when the paragraph names no earlier time. */
    enum Fallback {
        /**
         * "the following week": counted from publication, as "next week" would be, but only where the clause looks
         * ahead; in a past-tense report it refers to a time the paragraph does not name, so it stays unresolved.
         */
        PUBLICATION,
        /** "three days later": no point in time to count from, so only its length ("P3D"). */
        DURATION
    }

    /** "that day", "the same week", "later that month": the earlier time's day, week, month or year. */
    record SamePeriod(ChronoUnit unit) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return resolve(anchor, tense, List.of());
        }

        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense, List<Resolved> earlier) {
            return antecedent(earlier, unit).map(day -> valueOf(day, unit, anchor));
        }
    }

    /** "the following week" (+1), "the previous year" (-1), "three days later" (+3): shifted from the earlier time. */
    record ShiftedPeriod(ChronoUnit unit, int amount, Fallback fallback) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return resolve(anchor, tense, List.of());
        }

        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense, List<Resolved> earlier) {
            Optional<LocalDate> base = antecedent(earlier, unit);
            if (base.isPresent()) {
                return Optional.of(valueOf(base.get().plus(amount, unit), unit, anchor));
            }
            if (fallback == Fallback.DURATION) {
                return new TimeExpressions.Duration(Math.abs(amount), unit).resolve(anchor, tense);
            }
            if (tense == Tense.PAST) {
                return Optional.empty();
            }
            return anchor.map(a -> valueOf(a.plus(amount, unit), unit, anchor));
        }
    }

    static Resolved valueOf(LocalDate day, ChronoUnit unit, Optional<LocalDate> anchor) {
        return switch (unit) {
            case DAYS -> TimeExpressions.dayValue(day, anchor);
            case WEEKS -> TimeExpressions.weekValue(day, anchor);
            case MONTHS -> TimeExpressions.monthValue(YearMonth.from(day), anchor);
            default -> TimeExpressions.yearValue(day.getYear(), anchor);
        };
    }

    /** The first day of the most recent earlier value precise enough for {@code unit}. */
    static Optional<LocalDate> antecedent(List<Resolved> earlier, ChronoUnit unit) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Optional<LocalDate> day = firstDay(earlier.get(k), unit);
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstDay(Resolved value, ChronoUnit unit) {
        Granularity granularity = value.granularity();
        boolean fits =
                switch (unit) {
                    case DAYS -> granularity == Granularity.DAY;
                    case WEEKS -> granularity == Granularity.DAY || granularity == Granularity.WEEK;
                    case MONTHS -> granularity == Granularity.DAY || granularity == Granularity.MONTH;
                    default ->
                        granularity == Granularity.DAY
                                || granularity == Granularity.WEEK
                                || granularity == Granularity.MONTH
                                || granularity == Granularity.QUARTER
                                || granularity == Granularity.SEASON
                                || granularity == Granularity.YEAR;
                };
        return fits ? parse(value.value(), granularity) : Optional.empty();
    }

    private static Optional<LocalDate> parse(String value, Granularity granularity) {
        try {
            return switch (granularity) {
                case DAY -> Optional.of(LocalDate.parse(value));
                case MONTH -> Optional.of(YearMonth.parse(value).atDay(1));
                case WEEK ->
                    match(WEEK, value).map(m -> LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                            .with(DayOfWeek.MONDAY));
                case QUARTER ->
                    match(QUARTER, value)
                            .map(m -> LocalDate.of(
                                    Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1));
                case SEASON -> match(SEASON_YEAR, value).map(m -> LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
                default -> Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Matcher> match(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }
}
