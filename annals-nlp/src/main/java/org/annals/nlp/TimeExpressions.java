package org.annals.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import org.annals.core.Granularity;
import org.annals.core.TimeRelation;
import org.annals.nlp.TimeExpression.Resolved;

/** The kinds of time expression the finder recognises, each resolving itself without any state between documents. */
final class TimeExpressions {
    private TimeExpressions() {}

    /** Relation of the period [first, last] to the anchor day. */
    static TimeRelation relation(LocalDate first, LocalDate last, LocalDate anchor) {
        if (last.isBefore(anchor)) {
            return TimeRelation.PAST;
        }
        return first.isAfter(anchor) ? TimeRelation.FUTURE : TimeRelation.PRESENT;
    }

    static Resolved dayValue(LocalDate date, Optional<LocalDate> anchor) {
        return new Resolved(
                date.toString(),
                Granularity.DAY,
                anchor.map(a -> relation(date, date, a)).orElse(TimeRelation.UNKNOWN));
    }

    static Resolved monthValue(YearMonth month, Optional<LocalDate> anchor) {
        return new Resolved(
                month.toString(),
                Granularity.MONTH,
                anchor.map(a -> relation(month.atDay(1), month.atEndOfMonth(), a))
                        .orElse(TimeRelation.UNKNOWN));
    }

    static Resolved yearValue(int year, Optional<LocalDate> anchor) {
        return new Resolved(
                String.format(Locale.ROOT, "%04d", year),
                Granularity.YEAR,
                anchor.map(a -> relation(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), a))
                        .orElse(TimeRelation.UNKNOWN));
    }

    static Resolved weekValue(LocalDate dayInWeek, Optional<LocalDate> anchor) {
        LocalDate monday = dayInWeek.with(DayOfWeek.MONDAY);
        String value = String.format(
                Locale.ROOT,
                "%04d-W%02d",
                dayInWeek.get(IsoFields.WEEK_BASED_YEAR),
                dayInWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Resolved(
                value,
                Granularity.WEEK,
                anchor.map(a -> relation(monday, monday.plusDays(6), a)).orElse(TimeRelation.UNKNOWN));
    }

    /** "2019-01-04", "January 4, 2019", "4 January 2019". */
    record AbsoluteDate(LocalDate date) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return Optional.of(dayValue(date, anchor));
        }
    }

    /** "March 2019". */
    record AbsoluteMonth(YearMonth month) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return Optional.of(monthValue(month, anchor));
        }
    }

    /** "in 2022", "since 2019". */
    record AbsoluteYear(int year) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return Optional.of(yearValue(year, anchor));
        }
    }

    /** "the 1990s": value in TIMEX3 style, "199X". */
    record Decade(int firstYear) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            TimeRelation relation = anchor.map(
                            a -> relation(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31), a))
                    .orElse(TimeRelation.UNKNOWN);
            return Optional.of(
                    new Resolved(String.format(Locale.ROOT, "%03dX", firstYear / 10), Granularity.DECADE, relation));
        }
    }

    /** "January 4" without a year: the occurrence the tense points to, else the nearest one. */
    record MonthDay(Month month, int dayOfMonth) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.flatMap(a -> dateIn(a.getYear()).map(same -> dayValue(pick(same, a, tense), anchor)));
        }

        private Optional<LocalDate> dateIn(int year) {
            try {
                return Optional.of(LocalDate.of(year, month, dayOfMonth));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        private static LocalDate pick(LocalDate sameYear, LocalDate anchor, Tense tense) {
            LocalDate before = sameYear.isAfter(anchor) ? sameYear.minusYears(1) : sameYear;
            LocalDate after = sameYear.isBefore(anchor) ? sameYear.plusYears(1) : sameYear;
            return switch (tense) {
                case PAST -> before;
                case FUTURE -> after;
                case PRESENT ->
                    ChronoUnit.DAYS.between(before, anchor) <= ChronoUnit.DAYS.between(anchor, after) ? before : after;
            };
        }
    }

    /** "in March": the nearest March in the direction of tense, the nearest March either way when tense says nothing. */
    record MonthOnly(Month month) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> {
                YearMonth same = YearMonth.of(a.getYear(), month);
                YearMonth current = YearMonth.from(a);
                YearMonth chosen = same;
                if (tense == Tense.PAST && same.isAfter(current)) {
                    chosen = same.minusYears(1);
                } else if (tense == Tense.FUTURE && same.isBefore(current)) {
                    chosen = same.plusYears(1);
                } else if (tense == Tense.PRESENT) {
                    chosen = nearest(same, current);
                }
                return monthValue(chosen, anchor);
            });
        }
    }

    /** "January of last year", "March next year": the month of the year counted from the anchor's. */
    record MonthOfRelativeYear(Month month, int yearShift) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> monthValue(YearMonth.of(a.getYear() + yearShift, month), anchor));
        }
    }

    /**
     * "this weekend" (the anchor's week), "last weekend", "next weekend"; "over the weekend" is the one just past, or
     * the one ahead when the clause points forward.
     */
    record Weekend(String modifier) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> {
                LocalDate saturday = weekOf(a, tense).with(DayOfWeek.SATURDAY);
                Resolved week = weekValue(saturday, anchor);
                return new Resolved(
                        week.value() + "-WE", Granularity.WEEK, relation(saturday, saturday.plusDays(1), a));
            });
        }

        private LocalDate weekOf(LocalDate anchor, Tense tense) {
            boolean inWeekend = anchor.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
            return switch (modifier) {
                case "this" -> anchor;
                case "last" -> anchor.minusWeeks(1);
                case "next" -> anchor.plusWeeks(1);
                default -> tense == Tense.FUTURE || inWeekend ? anchor : anchor.minusWeeks(1);
            };
        }
    }

    /** Of the month in the year before, the same year and the year after, the one closest to the current month. */
    private static YearMonth nearest(YearMonth same, YearMonth current) {
        YearMonth best = same;
        for (YearMonth candidate : new YearMonth[] {same.minusYears(1), same.plusYears(1)}) {
            long distance = Math.abs(ChronoUnit.MONTHS.between(current, candidate));
            // Ties go to the past: news reports what happened more often than what will.
            if (distance < Math.abs(ChronoUnit.MONTHS.between(current, best))
                    || distance == Math.abs(ChronoUnit.MONTHS.between(current, best)) && candidate.isBefore(best)) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * "Monday", "last Friday", "next Wednesday". Without a modifier the tense picks the occurrence; the publication
     * weekday itself is the publication date, and news reports past events unless the clause points forward.
     */
    record Weekday(DayOfWeek day, String modifier) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> dayValue(pick(a, tense), anchor));
        }

        private LocalDate pick(LocalDate anchor, Tense tense) {
            return switch (modifier) {
                case "last" -> anchor.with(TemporalAdjusters.previous(day));
                case "next" -> anchor.with(TemporalAdjusters.next(day));
                default ->
                    tense == Tense.FUTURE
                            ? anchor.with(TemporalAdjusters.nextOrSame(day))
                            : anchor.with(TemporalAdjusters.previousOrSame(day));
            };
        }
    }

    /** "today" (0), "yesterday" (-1), "tomorrow" (+1), "last night" (-1). */
    record DayOffset(int days) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> dayValue(a.plusDays(days), anchor));
        }
    }

    /**
     * "last week" (shift -1), "this month" (0), "next year" (+1); "earlier this month" and "later this year" keep the
     * period but fix the relation.
     */
    record RelativePeriod(ChronoUnit unit, int shift, TimeRelation forcedRelation) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> {
                Resolved plain =
                        switch (unit) {
                            case WEEKS -> weekValue(a.plusWeeks(shift), anchor);
                            case MONTHS -> monthValue(YearMonth.from(a).plusMonths(shift), anchor);
                            default -> yearValue(a.getYear() + shift, anchor);
                        };
                return forcedRelation == TimeRelation.UNKNOWN
                        ? plain
                        : new Resolved(plain.value(), plain.granularity(), forcedRelation);
            });
        }
    }

    /** "three days ago", "two years ago". */
    record Ago(long amount, ChronoUnit unit) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return anchor.map(a -> {
                // A date has no hours: "two hours ago" is on the anchor day, the finest value the anchor gives.
                LocalDate then = unit.isDateBased() ? a.minus(amount, unit) : a;
                return switch (unit) {
                    case WEEKS -> weekValue(then, anchor);
                    case MONTHS -> monthValue(YearMonth.from(then), anchor);
                    case YEARS, DECADES -> yearValue(then.getYear(), anchor);
                    default -> dayValue(then, anchor);
                };
            });
        }
    }

    /** "80 years", "for three days": an ISO 8601 duration; needs no anchor. */
    record Duration(double amount, ChronoUnit unit) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return Optional.of(new Resolved(iso(), Granularity.DURATION, TimeRelation.UNKNOWN));
        }

        private String iso() {
            String number = amount == Math.rint(amount) ? Long.toString((long) amount) : Double.toString(amount);
            return switch (unit) {
                case SECONDS -> "PT" + number + "S";
                case MINUTES -> "PT" + number + "M";
                case HOURS -> "PT" + number + "H";
                case DAYS -> "P" + number + "D";
                case WEEKS -> "P" + number + "W";
                case MONTHS -> "P" + number + "M";
                case DECADES -> "P" + scaled(10) + "Y";
                case CENTURIES -> "P" + scaled(100) + "Y";
                default -> "P" + number + "Y";
            };
        }

        private String scaled(int factor) {
            double years = amount * factor;
            return years == Math.rint(years) ? Long.toString((long) years) : Double.toString(years);
        }
    }

    /**
     * A vague reference with no calendar value ("now", "recently", "in the future"): TIMEX3 PRESENT_REF, PAST_REF or
     * FUTURE_REF, with {@link Granularity#UNRESOLVED} so that nothing takes it for a date.
     */
    record Reference(TimeRelation relation) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            return Optional.of(new Resolved(relation.name() + "_REF", Granularity.UNRESOLVED, relation));
        }
    }

    /**
     * A TIMEX3 value with unknown parts: "XXXX-XX-XX" for "at a later date", "PXY" for "decades-long". Not a calendar
     * value, so {@link Granularity#UNRESOLVED} (and a length keeps {@link Granularity#DURATION}).
     */
    record Unspecified(String value) implements TimeExpression {
        @Override
        public Optional<Resolved> resolve(Optional<LocalDate> anchor, Tense tense) {
            Granularity granularity = value.startsWith("P") ? Granularity.DURATION : Granularity.UNRESOLVED;
            return Optional.of(new Resolved(value, granularity, TimeRelation.UNKNOWN));
        }
    }
}
