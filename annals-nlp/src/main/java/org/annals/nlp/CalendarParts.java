package org.annals.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.annals.core.Granularity;
import org.annals.core.TimeRelation;
import org.annals.nlp.TimeExpression.Resolved;

/** Parts of a year coarser than a month: quarters ("2019-Q3"), seasons ("2018-SU") and fiscal years ("FY2007"). */
final class CalendarParts {
    private CalendarParts() {}

    /** The four seasons as TIMEX3 writes them, each three meteorological months; a winter belongs to its December. */
    enum Season {
        SPRING("SP", 3),
        SUMMER("SU", 6),
        AUTUMN("FA", 9),
        WINTER("WI", 12);

        private final String code;
        private final int firstMonth;

        Season(String code, int firstMonth) {
            this.code = code;
            this.firstMonth = firstMonth;
        }

        LocalDate first(int year) {
            return LocalDate.of(year, firstMonth, 1);
        }

        LocalDate last(int year) {
            return first(year).plusMonths(3).minusDays(1);
        }
    }

    /** Which occurrence of a season a phrase means. */
    enum Pick {
        LAST,
        THIS,
        NEXT,
        BY_TENSE
    }

    static Resolved quarterValue(int year, int quarter, Optional<LocalDate> anchor) {
        LocalDate first = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        return new Resolved(
                String.format(Locale.ROOT, "%04d-Q%d", year, quarter),
                Granularity.QUARTER,
                anchor.map(a -> TimeExpressions.relation(first, last, a)).orElse(TimeRelation.UNKNOWN));
    }

    static int quarterOf(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /**
     * "the third quarter of 2019", "Q3 2019", "the first quarter of last year", "the fourth quarter": the year is
     * given, shifted from publication, or (when neither) picked by tense like a bare month.
     */
    record Quarter(int quarter, OptionalInt year, OptionalInt yearShift) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            if (year.isPresent()) {
                return Optional.of(quarterValue(year.getAsInt(), quarter, anchor));
            }
            return anchor.map(a -> quarterValue(yearFor(a, tense), quarter, anchor));
        }

        private int yearFor(LocalDate anchor, Tense tense) {
            if (yearShift.isPresent()) {
                return anchor.getYear() + yearShift.getAsInt();
            }
            int current = quarterOf(anchor);
            if (tense == Tense.PAST && quarter > current) {
                return anchor.getYear() - 1;
            }
            if (tense == Tense.FUTURE && quarter < current) {
                return anchor.getYear() + 1;
            }
            return anchor.getYear();
        }
    }

    /** "the last quarter" (-1), "this quarter" (0), "next quarter" (+1), counted from publication's quarter. */
    record RelativeQuarter(int shift) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> {
                LocalDate shifted = a.plusMonths(3L * shift);
                return quarterValue(shifted.getYear(), quarterOf(shifted), anchor);
            });
        }
    }

    /** "last summer", "this winter", "in the spring", "summer 2018". */
    record SeasonOf(Season season, OptionalInt year, Pick pick) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            if (year.isPresent()) {
                return Optional.of(value(year.getAsInt(), anchor));
            }
            return anchor.map(a -> value(yearFor(a, tense), anchor));
        }

        private int yearFor(LocalDate anchor, Tense tense) {
            List<Integer> years = List.of(anchor.getYear() - 1, anchor.getYear(), anchor.getYear() + 1);
            Pick effective = pick != Pick.BY_TENSE
                    ? pick
                    : tense == Tense.PAST ? Pick.LAST : tense == Tense.FUTURE ? Pick.NEXT : Pick.THIS;
            return switch (effective) {
                // "in the summer" said in the past may be this summer if it has begun; "last summer" has ended.
                case LAST ->
                    years.stream()
                            .filter(y -> pick == Pick.LAST
                                    ? season.last(y).isBefore(anchor)
                                    : !season.first(y).isAfter(anchor))
                            .reduce((a, b) -> b)
                            .orElse(anchor.getYear() - 1);
                case NEXT ->
                    years.stream()
                            .filter(y -> pick == Pick.NEXT
                                    ? season.first(y).isAfter(anchor)
                                    : !season.last(y).isBefore(anchor))
                            .findFirst()
                            .orElse(anchor.getYear() + 1);
                default ->
                    years.stream()
                            .filter(y -> !season.first(y).isAfter(anchor)
                                    && !season.last(y).isBefore(anchor))
                            .findFirst()
                            .orElse(anchor.getYear());
            };
        }

        private Resolved value(int year, Optional<LocalDate> anchor) {
            return new Resolved(
                    String.format(Locale.ROOT, "%04d-%s", year, season.code),
                    Granularity.SEASON,
                    anchor.map(a -> TimeExpressions.relation(season.first(year), season.last(year), a))
                            .orElse(TimeRelation.UNKNOWN));
        }
    }

    /**
     * "fiscal 2019", "FY2019", "the current financial year": TIMEX3 "FY2019". Fiscal years start on different dates
     * for different organisations, so the value is no calendar value and carries {@link Granularity#UNRESOLVED}; a
     * relative one counts from the calendar year of publication.
     */
    record FiscalYear(OptionalInt year, int shift) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            if (year.isPresent()) {
                return Optional.of(value(year.getAsInt(), anchor));
            }
            return anchor.map(a -> value(a.getYear() + shift, anchor));
        }

        private static Resolved value(int year, Optional<LocalDate> anchor) {
            return new Resolved(
                    String.format(Locale.ROOT, "FY%04d", year),
                    Granularity.UNRESOLVED,
                    anchor.map(a -> TimeExpressions.relation(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), a))
                            .orElse(TimeRelation.UNKNOWN));
        }
    }
}
