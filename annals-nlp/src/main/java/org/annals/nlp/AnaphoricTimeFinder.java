package org.annals.nlp;

import static org.annals.nlp.TimeExpressionFinder.lower;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.annals.core.Token;
import org.annals.nlp.AnaphoricExpressions.Fallback;
import org.annals.nlp.TimeExpressionFinder.Match;

/**
 * Time expressions that refer back to a time named earlier in the paragraph: "that day", "the same week", "later that
 * month", "the following week", "the previous year", "the next day", "three days later".
 */
final class AnaphoricTimeFinder {
    private static final Map<String, ChronoUnit> PERIODS = Map.of(
            "day", ChronoUnit.DAYS,
            "night", ChronoUnit.DAYS,
            "morning", ChronoUnit.DAYS,
            "afternoon", ChronoUnit.DAYS,
            "evening", ChronoUnit.DAYS,
            "week", ChronoUnit.WEEKS,
            "month", ChronoUnit.MONTHS,
            "year", ChronoUnit.YEARS);
    private static final Map<String, Integer> DIRECTIONS =
            Map.of("following", 1, "previous", -1, "preceding", -1, "prior", -1);
    private static final Set<String> CALENDAR_UNITS = Set.of("day", "week", "month", "year");

    private AnaphoricTimeFinder() {}

    static Optional<Match> at(List<Token> t, int i) {
        return samePeriod(t, i).or(() -> neighbouringPeriod(t, i)).or(() -> amountLater(t, i));
    }

    /** "that day", "the same day", "that same week", "later that month", "earlier that year". */
    private static Optional<Match> samePeriod(List<Token> t, int i) {
        boolean laterOrEarlier = lower(t, i).equals("later") || lower(t, i).equals("earlier");
        int at = laterOrEarlier ? i + 1 : i;
        String determiner = lower(t, at);
        boolean demonstrative = determiner.equals("that") && demonstrativeTag(t.get(Math.min(at, t.size() - 1)));
        int periodAt;
        if (demonstrative) {
            periodAt = lower(t, at + 1).equals("same") ? at + 2 : at + 1;
        } else if (determiner.equals("the") && lower(t, at + 1).equals("same")) {
            periodAt = at + 2;
        } else {
            return Optional.empty();
        }
        ChronoUnit unit = PERIODS.get(lower(t, periodAt));
        if (unit == null || at >= t.size()) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, periodAt + 1, new AnaphoricExpressions.SamePeriod(unit)));
    }

    /** "the following week", "the previous year", "the next day", "the day before" (at the end of a phrase). */
    private static Optional<Match> neighbouringPeriod(List<Token> t, int i) {
        if (!lower(t, i).equals("the") && !lower(t, i).equals("that")) {
            return Optional.empty();
        }
        Integer direction = DIRECTIONS.get(lower(t, i + 1));
        if (direction == null
                && lower(t, i + 1).equals("next")
                && lower(t, i + 2).equals("day")) {
            direction = 1;
        }
        String period = lower(t, i + 2);
        if (direction != null && CALENDAR_UNITS.contains(period)) {
            return Optional.of(new Match(i, i + 3, shifted(period, direction, Fallback.PUBLICATION)));
        }
        boolean endsPhrase = i + 3 >= t.size() || t.get(i + 3).pos().matches("[.,:;]|CC|``|''");
        if (lower(t, i + 1).equals("day") && endsPhrase) {
            String side = lower(t, i + 2);
            int shift = side.equals("before") ? -1 : side.equals("after") ? 1 : 0;
            if (shift != 0) {
                return Optional.of(new Match(i, i + 3, shifted("day", shift, Fallback.PUBLICATION)));
            }
        }
        return Optional.empty();
    }

    /** "three days later", "a week earlier": a shift from the earlier time, a plain duration when there is none. */
    private static Optional<Match> amountLater(List<Token> t, int i) {
        String word = lower(t, i);
        OptionalDouble amount = word.equals("a") || word.equals("an")
                ? OptionalDouble.of(1)
                : NumberWords.value(i < t.size() ? t.get(i).word() : "");
        String unitWord = i + 1 < t.size() ? lemma(t.get(i + 1)) : "";
        String side = lower(t, i + 2);
        if (amount.isEmpty()
                || amount.getAsDouble() != Math.rint(amount.getAsDouble())
                || amount.getAsDouble() <= 0
                || !CALENDAR_UNITS.contains(unitWord)
                || !(side.equals("later") || side.equals("earlier"))) {
            return Optional.empty();
        }
        int shift = (int) amount.getAsDouble() * (side.equals("later") ? 1 : -1);
        return Optional.of(new Match(i, i + 3, shifted(unitWord, shift, Fallback.DURATION)));
    }

    private static TimeExpression shifted(String period, int amount, Fallback fallback) {
        return new AnaphoricExpressions.ShiftedPeriod(PERIODS.get(period), amount, fallback);
    }

    /** "that" as a determiner, not a complementiser ("said that day traders ...") or relative pronoun. */
    private static boolean demonstrativeTag(Token token) {
        return token.pos().isEmpty() || token.pos().equals("DT");
    }

    private static String lemma(Token token) {
        return (token.lemma().isEmpty() ? token.word() : token.lemma()).toLowerCase(java.util.Locale.ROOT);
    }
}
