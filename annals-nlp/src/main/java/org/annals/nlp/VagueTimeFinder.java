package org.annals.nlp;

import static org.annals.nlp.TimeExpressionFinder.lower;
import static org.annals.nlp.TimeExpressionFinder.partOfName;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.annals.core.TimeRelation;
import org.annals.core.Token;
import org.annals.nlp.TimeExpressionFinder.Match;

/**
 * Time expressions with no calendar value: vague references to the present, past or future ("now", "recently", "in
 * the future"; TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF) and recurrences ("annually", "every two weeks"; TIMEX3 SET,
 * given as the period between occurrences).
 */
final class VagueTimeFinder {
    private static final Map<String, TimeRelation> SINGLE_WORDS = Map.of(
            "now", TimeRelation.PRESENT,
            "currently", TimeRelation.PRESENT,
            "nowadays", TimeRelation.PRESENT,
            "recently", TimeRelation.PAST,
            "lately", TimeRelation.PAST,
            "formerly", TimeRelation.PAST,
            "soon", TimeRelation.FUTURE);
    /** After "soon" these make a conjunction or a time relative to another event ("as soon as", "soon after"). */
    private static final Set<String> NOT_AFTER_SOON = Set.of("as", "after", "afterwards", "thereafter", "before");
    /** "today's world", "the youth of today": today as the present age, not the publication day. */
    private static final Set<String> PRESENT_AGE_NOUNS = Set.of(
            "world",
            "society",
            "market",
            "markets",
            "economy",
            "generation",
            "youth",
            "technology",
            "standards",
            "environment",
            "climate",
            "age",
            "era",
            "culture",
            "children",
            "kids",
            "politics",
            "media");
    /** What may follow "the past" when it is a stretch up to now ("the past decade", "the past few years"). */
    private static final Set<String> STRETCH_WORDS = Set.of("few", "several", "couple", "many");

    private static final Set<String> PLURAL_PERIODS = Set.of("days", "weeks", "months", "years", "decades");
    private static final Map<String, String> UNKNOWN_LENGTHS = Map.of(
            "hours", "PTXH",
            "days", "PXD",
            "weeks", "PXW",
            "months", "PXM",
            "years", "PXY",
            "decades", "PXY",
            "centuries", "PXY");
    private static final Map<String, TimeExpressions.Duration> RECURRING_WORDS = Map.of(
            "annual", new TimeExpressions.Duration(1, ChronoUnit.YEARS),
            "annually", new TimeExpressions.Duration(1, ChronoUnit.YEARS),
            "yearly", new TimeExpressions.Duration(1, ChronoUnit.YEARS),
            "quarterly", new TimeExpressions.Duration(3, ChronoUnit.MONTHS),
            "monthly", new TimeExpressions.Duration(1, ChronoUnit.MONTHS),
            "weekly", new TimeExpressions.Duration(1, ChronoUnit.WEEKS),
            "daily", new TimeExpressions.Duration(1, ChronoUnit.DAYS),
            "nightly", new TimeExpressions.Duration(1, ChronoUnit.DAYS),
            "hourly", new TimeExpressions.Duration(1, ChronoUnit.HOURS));

    private VagueTimeFinder() {}

    static Optional<Match> at(List<Token> t, int i) {
        return singleWord(t, i)
                .or(() -> presentPhrase(t, i))
                .or(() -> presentAgeToday(t, i))
                .or(() -> pastOrFuturePhrase(t, i))
                .or(() -> vagueLength(t, i))
                .or(() -> recurrence(t, i));
    }

    private static Optional<Match> singleWord(List<Token> t, int i) {
        TimeRelation relation = SINGLE_WORDS.get(lower(t, i));
        if (relation == null || partOfName(t, i)) {
            return Optional.empty();
        }
        if (lower(t, i).equals("soon") && (lower(t, i - 1).equals("as") || NOT_AFTER_SOON.contains(lower(t, i + 1)))) {
            return Optional.empty();
        }
        return reference(i, i + 1, relation);
    }

    /** "at present" (not "at present levels"), "at the moment", "for the moment", "these days". */
    private static Optional<Match> presentPhrase(List<Token> t, int i) {
        String word = lower(t, i);
        if (word.equals("at") && lower(t, i + 1).equals("present") && !modifiesNoun(t, i + 2)) {
            return reference(i, i + 2, TimeRelation.PRESENT);
        }
        boolean moment = (word.equals("at") || word.equals("for"))
                && lower(t, i + 1).equals("the")
                && lower(t, i + 2).equals("moment")
                && !Set.of("of", "when", "that").contains(lower(t, i + 3));
        if (moment) {
            return reference(i, i + 3, TimeRelation.PRESENT);
        }
        if (word.equals("these") && lower(t, i + 1).equals("days")) {
            return reference(i, i + 2, TimeRelation.PRESENT);
        }
        return Optional.empty();
    }

    private static Optional<Match> presentAgeToday(List<Token> t, int i) {
        if (!lower(t, i).equals("today") && !lower(t, i).equals("today's")) {
            return Optional.empty();
        }
        int nounAt = lower(t, i + 1).equals("'s") ? i + 2 : i + 1;
        boolean possessive = nounAt == i + 2 || lower(t, i).equals("today's");
        boolean ageNoun = possessive && PRESENT_AGE_NOUNS.contains(lower(t, nounAt));
        boolean ofToday =
                lower(t, i - 1).equals("of") && i >= 2 && t.get(i - 2).pos().startsWith("NN");
        return ageNoun || ofToday ? reference(i, i + 1, TimeRelation.PRESENT) : Optional.empty();
    }

    /**
     * "in the past" (not "in the past decade"), "in the recent past", "in recent years", "of late"; "in the future",
     * "in the near future", "in future", "in the coming weeks", "at a later date".
     */
    private static Optional<Match> pastOrFuturePhrase(List<Token> t, int i) {
        String word = lower(t, i);
        int the = lower(t, i + 1).equals("the") ? i + 1 : -1;
        int head = the < 0 ? i + 1 : the + 1;
        if (Set.of("near", "distant", "recent", "foreseeable", "immediate").contains(lower(t, head))) {
            head++;
        }
        String noun = lower(t, head);
        boolean stretch = PLURAL_PERIODS.contains(lower(t, head + 1))
                || STRETCH_WORDS.contains(lower(t, head + 1))
                || TimeExpressionFinder.UNITS.containsKey(lower(t, head + 1))
                || NumberWords.value(lower(t, head + 1)).isPresent();
        if (word.equals("in") && the > 0 && noun.equals("past") && !stretch) {
            return reference(the, head + 1, TimeRelation.PAST);
        }
        if (word.equals("in")
                && noun.equals("future")
                && !lower(t, head + 1).equals("of")
                && !modifiesNoun(t, head + 1)) {
            return reference(the > 0 ? the : head, head + 1, TimeRelation.FUTURE);
        }
        if (word.equals("recent") && PLURAL_PERIODS.contains(lower(t, i + 1))) {
            return reference(i, i + 2, TimeRelation.PAST);
        }
        if (word.equals("of") && lower(t, i + 1).equals("late") && !modifiesNoun(t, i + 2)) {
            return reference(i, i + 2, TimeRelation.PAST);
        }
        if (word.equals("coming")
                && PLURAL_PERIODS.contains(lower(t, i + 1))
                && lower(t, i - 1).equals("the")) {
            return reference(i, i + 2, TimeRelation.FUTURE);
        }
        boolean laterDate = word.equals("at")
                && (lower(t, i + 1).equals("a") || lower(t, i + 1).equals("some"))
                && lower(t, i + 2).equals("later")
                && Set.of("date", "time", "stage").contains(lower(t, i + 3));
        // "at a later date" names a day nobody has fixed yet: TIMEX3's unspecified day, whatever the clause's tense.
        return laterDate
                ? Optional.of(new Match(i + 1, i + 4, new TimeExpressions.Unspecified("XXXX-XX-XX")))
                : Optional.empty();
    }

    /**
     * "decades-long", "for years", "in months": a length with no number, TIMEX3 "PXY", "PXM"; decades and centuries
     * count in years, as numbered ones do ("P10Y"). "a decade-long war" is one decade.
     */
    private static Optional<Match> vagueLength(List<Token> t, int i) {
        String word = lower(t, i);
        int hyphen = word.indexOf("-long");
        if (hyphen > 0 && hyphen + "-long".length() == word.length()) {
            String unit = word.substring(0, hyphen);
            if (UNKNOWN_LENGTHS.containsKey(unit)) {
                return Optional.of(new Match(i, i + 1, new TimeExpressions.Unspecified(UNKNOWN_LENGTHS.get(unit))));
            }
            ChronoUnit single = TimeExpressionFinder.UNITS.get(unit);
            return single == null
                    ? Optional.empty()
                    : Optional.of(new Match(i, i + 1, new TimeExpressions.Duration(1, single)));
        }
        String value = UNKNOWN_LENGTHS.get(word);
        // The tokeniser may split the hyphen off: "decades - long".
        if (lower(t, i + 1).equals("-") && lower(t, i + 2).equals("long")) {
            ChronoUnit single = TimeExpressionFinder.UNITS.get(word);
            if (value != null || single != null) {
                return Optional.of(new Match(
                        i,
                        i + 3,
                        value != null
                                ? new TimeExpressions.Unspecified(value)
                                : new TimeExpressions.Duration(1, single)));
            }
        }
        boolean lengthPreposition = Set.of("for", "in", "within").contains(lower(t, i - 1));
        if (lengthPreposition && value != null && !lower(t, i + 1).equals("of") && !modifiesNoun(t, i + 1)) {
            return Optional.of(new Match(i, i + 1, new TimeExpressions.Unspecified(value)));
        }
        return Optional.empty();
    }

    /** "annually", "weekly", "every year", "each week", "every two years", "every other month", "twice a year". */
    private static Optional<Match> recurrence(List<Token> t, int i) {
        String word = lower(t, i);
        TimeExpressions.Duration recurring = RECURRING_WORDS.get(word);
        if (recurring != null) {
            // "Daily Mail", "The Weekly Standard": a capitalised frequency word before a proper noun is a title.
            boolean title = TimeExpressionFinder.capitalised(t, i)
                    && i + 1 < t.size()
                    && t.get(i + 1).isProperNoun();
            // "a daily printed in Darwin", "the weeklies": the word as a noun is a publication, not a recurrence.
            boolean noun = t.get(i).pos().startsWith("NN") && !t.get(i).isProperNoun()
                    || Set.of("a", "an", "the").contains(lower(t, i - 1)) && !modifiesNoun(t, i + 1);
            return partOfName(t, i) || title || noun ? Optional.empty() : Optional.of(new Match(i, i + 1, recurring));
        }
        if (word.equals("every") || word.equals("each")) {
            return every(t, i);
        }
        boolean rate = word.equals("once")
                || word.equals("twice")
                || lower(t, i + 1).equals("times")
                        && NumberWords.value(lower(t, i)).isPresent();
        int per = word.equals("once") || word.equals("twice") ? i + 1 : i + 2;
        if (rate
                && (lower(t, per).equals("a")
                        || lower(t, per).equals("per")
                        || lower(t, per).equals("an"))) {
            ChronoUnit unit = unitAt(t, per + 1);
            if (unit != null) {
                return Optional.of(new Match(i, per + 2, new TimeExpressions.Duration(1, unit)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Match> every(List<Token> t, int i) {
        ChronoUnit unit = unitAt(t, i + 1);
        if (unit != null) {
            return Optional.of(new Match(i, i + 2, new TimeExpressions.Duration(1, unit)));
        }
        if (!lower(t, i).equals("every")) {
            return Optional.empty();
        }
        OptionalDouble amount = lower(t, i + 1).equals("other")
                ? OptionalDouble.of(2)
                : NumberWords.value(t.get(i + 1 < t.size() ? i + 1 : i).word());
        unit = unitAt(t, i + 2);
        if (i + 1 >= t.size() || amount.isEmpty() || amount.getAsDouble() <= 0 || unit == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, i + 3, new TimeExpressions.Duration(amount.getAsDouble(), unit)));
    }

    private static ChronoUnit unitAt(List<Token> t, int i) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        Token token = t.get(i);
        String lemma = (token.lemma().isEmpty() ? token.word() : token.lemma()).toLowerCase(java.util.Locale.ROOT);
        return TimeExpressionFinder.UNITS.get(lemma);
    }

    private static boolean modifiesNoun(List<Token> t, int i) {
        return i < t.size()
                && (t.get(i).pos().startsWith("NN") || t.get(i).pos().startsWith("JJ"));
    }

    private static Optional<Match> reference(int start, int end, TimeRelation relation) {
        return Optional.of(new Match(start, end, new TimeExpressions.Reference(relation)));
    }
}
