package org.annals.coding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.Granularity;
import org.annals.core.TimeMention;

/**
 * The time of a clause placed an amount of time after or before the happening it hangs on: "Stream was announced in
 * September 2019, two months after Red Hat was acquired" dates the acquisition to July 2019, and "the vote on 5 May,
 * two days before the results were announced" the announcement to 7 May. The result is no finer than the amount
 * ("two months" gives a month) nor than the time it is counted from (a month less two days is no day), since the
 * text says no more.
 */
final class CountedOffsets {
    private static final Pattern AMOUNT = Pattern.compile("P(\\d+)([YMWD])");
    private static final Map<String, Integer> DIRECTIONS = Map.of("after", -1, "before", 1);

    private final Tree tree;
    private final ToIntFunction<TimeMention> anchor;

    CountedOffsets(Tree tree, ToIntFunction<TimeMention> anchor) {
        this.tree = tree;
        this.anchor = anchor;
    }

    /**
     * The time of {@code clause}, an adverbial clause marked by "after" or "before" right after an amount of time
     * ({@code durations}), counted from the one time the sentence gives the verb the clause hangs on
     * ({@code usable}); empty when the clause has no amount, its host no time or two, or the precisions do not fit.
     */
    Optional<TimeMention> timeOf(int clause, List<TimeMention> durations, List<TimeMention> usable) {
        if (clause < 0 || !tree.token(clause).deprel().equals("advcl")) {
            return Optional.empty();
        }
        for (int mark : tree.children(clause, "mark")) {
            Integer direction = DIRECTIONS.get(Tree.lower(tree.token(mark).word()));
            Optional<TimeMention> amount = direction == null ? Optional.empty() : amountBefore(mark, durations);
            if (amount.isPresent()) {
                return hostTime(tree.head(clause), usable).flatMap(host -> counted(host, amount.get(), direction));
            }
        }
        return Optional.empty();
    }

    /**
     * The one time the sentence gives the happening that {@code clause} is placed before by an "after" ("established
     * in 2003 after a coalition ousted Saddam Hussein"), whether or not an amount places it; empty otherwise.
     */
    Optional<TimeMention> laterHostTime(int clause, List<TimeMention> usable) {
        boolean after = clause >= 0 && tree.token(clause).deprel().equals("advcl") && tree.hasMark(clause, "after");
        return after ? hostTime(tree.head(clause), usable) : Optional.empty();
    }

    // "two months after": the amount ends on the word before the marker.
    private Optional<TimeMention> amountBefore(int mark, List<TimeMention> durations) {
        if (mark == 0) {
            return Optional.empty();
        }
        return durations.stream()
                .filter(d -> d.span().contains(tree.token(mark - 1).span()))
                .findFirst();
    }

    private Optional<TimeMention> hostTime(int host, List<TimeMention> usable) {
        List<TimeMention> own =
                usable.stream().filter(t -> anchor.applyAsInt(t) == host).toList();
        return own.stream().map(TimeMention::value).distinct().count() == 1
                ? Optional.of(own.get(0))
                : Optional.empty();
    }

    private static Optional<TimeMention> counted(TimeMention host, TimeMention amount, int direction) {
        Matcher m = AMOUNT.matcher(amount.value());
        if (!m.matches()) {
            return Optional.empty();
        }
        long count = (long) direction * Long.parseLong(m.group(1));
        Granularity unit = unit(m.group(2));
        if (!atLeastAsFine(host.granularity(), unit)) {
            return Optional.empty();
        }
        return start(host)
                .map(from -> shifted(from, count, m.group(2)))
                .map(date -> new TimeMention(amount.span(), amount.text(), format(date, unit), unit, host.relation()));
    }

    private static Granularity unit(String letter) {
        return switch (letter) {
            case "Y" -> Granularity.YEAR;
            case "M" -> Granularity.MONTH;
            default -> Granularity.DAY;
        };
    }

    private static boolean atLeastAsFine(Granularity host, Granularity unit) {
        return host == Granularity.DAY
                || host == Granularity.MONTH && unit != Granularity.DAY
                || host == Granularity.YEAR && unit == Granularity.YEAR;
    }

    private static Optional<LocalDate> start(TimeMention host) {
        String value = host.value();
        try {
            return switch (host.granularity()) {
                case DAY -> Optional.of(LocalDate.parse(value));
                case MONTH -> Optional.of(YearMonth.parse(value).atDay(1));
                case YEAR -> Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
                default -> Optional.empty();
            };
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static LocalDate shifted(LocalDate from, long count, String letter) {
        return switch (letter) {
            case "Y" -> from.plusYears(count);
            case "M" -> from.plusMonths(count);
            case "W" -> from.plusWeeks(count);
            default -> from.plusDays(count);
        };
    }

    private static String format(LocalDate date, Granularity unit) {
        return switch (unit) {
            case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            default -> date.toString();
        };
    }
}
