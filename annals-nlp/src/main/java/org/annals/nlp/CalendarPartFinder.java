package org.annals.nlp;

import static org.annals.nlp.TimeExpressionFinder.capitalised;
import static org.annals.nlp.TimeExpressionFinder.lower;
import static org.annals.nlp.TimeExpressionFinder.yearAt;

import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.TimeRelation;
import org.annals.core.Token;
import org.annals.nlp.CalendarParts.Pick;
import org.annals.nlp.CalendarParts.Season;
import org.annals.nlp.TimeExpressionFinder.Match;

/**
 * Quarters, seasons, fiscal years, the edges of the current period ("the beginning of the year") and fixed-date
 * holidays ("Christmas").
 */
final class CalendarPartFinder {
    private static final Pattern Q_TOKEN = Pattern.compile("Q([1-4])");
    private static final Pattern FY_TOKEN = Pattern.compile("FY(\\d{4}|\\d{2})");
    private static final Pattern HYPHENATED_QUARTER = Pattern.compile("(first|second|third|fourth)-quarter");
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
    private static final Map<String, Integer> QUARTER_SHIFTS =
            Map.of("past", -1, "previous", -1, "this", 0, "current", 0, "next", 1, "coming", 1);
    private static final Map<String, Integer> YEAR_SHIFTS =
            Map.of("last", -1, "previous", -1, "past", -1, "this", 0, "current", 0, "the", 0, "next", 1, "coming", 1);
    private static final Set<String> FISCAL = Set.of("fiscal", "financial");
    private static final Map<String, Season> SEASONS = Map.of(
            "spring", Season.SPRING,
            "summer", Season.SUMMER,
            "autumn", Season.AUTUMN,
            "fall", Season.AUTUMN,
            "winter", Season.WINTER);
    private static final Map<String, Pick> SEASON_PICKS =
            Map.of("last", Pick.LAST, "past", Pick.LAST, "this", Pick.THIS, "next", Pick.NEXT, "coming", Pick.NEXT);
    private static final Set<String> SEASON_PREPOSITIONS =
            Set.of("in", "during", "over", "since", "until", "till", "by", "through", "throughout", "before", "after");
    private static final Set<String> EDGES =
            Set.of("beginning", "start", "end", "middle", "rest", "remainder", "close", "turn");
    private static final Map<String, ChronoUnit> EDGE_PERIODS =
            Map.of("week", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);
    /** Fixed-date holidays as lower-case token sequences, longest first. */
    private static final List<Holiday> HOLIDAYS = List.of(
            new Holiday(List.of("new", "year", "'s", "eve"), Month.DECEMBER, 31),
            new Holiday(List.of("new", "year", "'s", "day"), Month.JANUARY, 1),
            new Holiday(List.of("valentine", "'s", "day"), Month.FEBRUARY, 14),
            new Holiday(List.of("christmas", "eve"), Month.DECEMBER, 24),
            new Holiday(List.of("christmas", "day"), Month.DECEMBER, 25),
            new Holiday(List.of("boxing", "day"), Month.DECEMBER, 26),
            new Holiday(List.of("christmas"), Month.DECEMBER, 25),
            new Holiday(List.of("halloween"), Month.OCTOBER, 31));

    private record Holiday(List<String> words, Month month, int day) {}

    private CalendarPartFinder() {}

    static Optional<Match> at(List<Token> t, int i) {
        return quarter(t, i)
                .or(() -> season(t, i))
                .or(() -> fiscalYear(t, i))
                .or(() -> periodEdge(t, i))
                .or(() -> holiday(t, i));
    }

    private static Optional<Match> quarter(List<Token> t, int i) {
        String word = i < t.size() ? t.get(i).word() : "";
        Matcher q = Q_TOKEN.matcher(word);
        if (q.matches()) {
            Optional<Integer> year = yearAt(t, i + 1);
            int quarter = Integer.parseInt(q.group(1));
            return Optional.of(
                    year.isPresent()
                            ? new Match(i, i + 2, quarterIn(quarter, OptionalInt.of(year.get()), OptionalInt.empty()))
                            : new Match(i, i + 1, quarterIn(quarter, OptionalInt.empty(), OptionalInt.empty())));
        }
        Matcher hyphenated = HYPHENATED_QUARTER.matcher(lower(t, i));
        if (hyphenated.matches()) {
            return Optional.of(new Match(
                    i, i + 1, quarterIn(ORDINALS.get(hyphenated.group(1)), OptionalInt.empty(), OptionalInt.empty())));
        }
        String first = lower(t, i);
        int quarterAt = FISCAL.contains(lower(t, i + 1)) || lower(t, i + 1).equals("calendar") ? i + 2 : i + 1;
        if (!lower(t, quarterAt).equals("quarter") || quarterOfCentury(t, quarterAt)) {
            return Optional.empty();
        }
        Optional<Match> ofYear = quarterOfYear(t, i, quarterAt, first);
        if (ofYear.isPresent() || ORDINALS.containsKey(first) || first.equals("final")) {
            return ofYear.or(() -> Optional.of(new Match(
                    i,
                    quarterAt + 1,
                    quarterIn(ORDINALS.getOrDefault(first, 4), OptionalInt.empty(), OptionalInt.empty()))));
        }
        Integer shift = first.equals("last") ? Integer.valueOf(-1) : QUARTER_SHIFTS.get(first);
        return shift == null
                ? Optional.empty()
                : Optional.of(new Match(i, quarterAt + 1, new CalendarParts.RelativeQuarter(shift)));
    }

    /** "first quarter of 2019", "the last quarter of this year", "third quarter 2019": the ordinal with its year. */
    private static Optional<Match> quarterOfYear(List<Token> t, int i, int quarterAt, String first) {
        Integer quarter = first.equals("last") || first.equals("final") ? Integer.valueOf(4) : ORDINALS.get(first);
        if (quarter == null) {
            return Optional.empty();
        }
        int yearAt = lower(t, quarterAt + 1).equals("of") ? quarterAt + 2 : quarterAt + 1;
        Optional<Integer> year = yearAt(t, yearAt);
        if (year.isPresent()) {
            return Optional.of(
                    new Match(i, yearAt + 1, quarterIn(quarter, OptionalInt.of(year.get()), OptionalInt.empty())));
        }
        Integer shift = YEAR_SHIFTS.get(lower(t, yearAt));
        if (yearAt == quarterAt + 2 && shift != null && lower(t, yearAt + 1).equals("year")) {
            return Optional.of(
                    new Match(i, yearAt + 2, quarterIn(quarter, OptionalInt.empty(), OptionalInt.of(shift))));
        }
        return Optional.empty();
    }

    /** "the past quarter century", "the first quarter of the 20th century": a span of years, not a quarter. */
    private static boolean quarterOfCentury(List<Token> t, int quarterAt) {
        for (int k = quarterAt + 1; k <= quarterAt + 4; k++) {
            if (lower(t, k).equals("century") || lower(t, k).equals("-century")) {
                return true;
            }
        }
        return false;
    }

    private static TimeExpression quarterIn(int quarter, OptionalInt year, OptionalInt shift) {
        return new CalendarParts.Quarter(quarter, year, shift);
    }

    /** "last summer", "summer 2018", "the summer of 2018", "in the spring"; "fall" only with a modifier or year. */
    private static Optional<Match> season(List<Token> t, int i) {
        Pick pick = SEASON_PICKS.get(lower(t, i));
        Season modified = SEASONS.get(lower(t, i + 1));
        if (pick != null && modified != null) {
            return Optional.of(new Match(i, i + 2, new CalendarParts.SeasonOf(modified, OptionalInt.empty(), pick)));
        }
        Optional<Match> withYear = seasonWithYear(t, i);
        if (withYear.isPresent() || !SEASON_PREPOSITIONS.contains(lower(t, i))) {
            return withYear;
        }
        int at = lower(t, i + 1).equals("the") ? i + 2 : i + 1;
        Season season = SEASONS.get(lower(t, at));
        if (season == null || lower(t, at).equals("fall")) {
            return Optional.empty();
        }
        Optional<Match> explicit = seasonWithYear(t, at);
        if (explicit.isPresent()) {
            return explicit;
        }
        boolean modifier = at + 1 < t.size()
                && (t.get(at + 1).pos().startsWith("NN") || lower(t, at + 1).equals("of"));
        return modifier
                ? Optional.empty()
                : Optional.of(new Match(
                        i + 1, at + 1, new CalendarParts.SeasonOf(season, OptionalInt.empty(), Pick.BY_TENSE)));
    }

    private static Optional<Match> seasonWithYear(List<Token> t, int i) {
        Season season = SEASONS.get(lower(t, i));
        if (season == null) {
            return Optional.empty();
        }
        int yearAt = lower(t, i + 1).equals("of") ? i + 2 : i + 1;
        return yearAt(t, yearAt)
                .map(y -> new Match(i, yearAt + 1, new CalendarParts.SeasonOf(season, OptionalInt.of(y), Pick.THIS)));
    }

    /** "FY2019", "fiscal 2019", "fiscal year 2019", "the 2019 fiscal year", "this financial year". */
    private static Optional<Match> fiscalYear(List<Token> t, int i) {
        String word = i < t.size() ? t.get(i).word() : "";
        Matcher fy = FY_TOKEN.matcher(word);
        if (fy.matches()) {
            int year = Integer.parseInt(fy.group(1));
            return Optional.of(new Match(i, i + 1, fiscal(year < 100 ? 2000 + year : year)));
        }
        if (word.equals("FY") && yearAt(t, i + 1).isPresent()) {
            return Optional.of(new Match(i, i + 2, fiscal(yearAt(t, i + 1).get())));
        }
        if (FISCAL.contains(lower(t, i))) {
            int yearAt = lower(t, i + 1).equals("year") ? i + 2 : i + 1;
            return yearAt(t, yearAt).map(y -> new Match(i, yearAt + 1, fiscal(y)));
        }
        Optional<Integer> year = yearAt(t, i);
        if (year.isPresent()
                && FISCAL.contains(lower(t, i + 1))
                && lower(t, i + 2).equals("year")) {
            return Optional.of(new Match(i, i + 3, fiscal(year.get())));
        }
        Integer shift = YEAR_SHIFTS.get(lower(t, i));
        if (shift != null && FISCAL.contains(lower(t, i + 1)) && lower(t, i + 2).equals("year")) {
            Optional<Integer> explicit = yearAt(t, i + 3);
            if (explicit.isPresent()) {
                return Optional.of(new Match(i, i + 4, fiscal(explicit.get())));
            }
            return Optional.of(new Match(i, i + 3, new CalendarParts.FiscalYear(OptionalInt.empty(), shift)));
        }
        return Optional.empty();
    }

    private static TimeExpression fiscal(int year) {
        return new CalendarParts.FiscalYear(OptionalInt.of(year), 0);
    }

    /** "the beginning of the year", "the end of this month", "the very beginning of the financial year". */
    private static Optional<Match> periodEdge(List<Token> t, int i) {
        int at = lower(t, i).equals("the") ? i + 1 : i;
        at = lower(t, at).equals("very") ? at + 1 : at;
        if (!EDGES.contains(lower(t, at)) || !lower(t, at + 1).equals("of")) {
            return Optional.empty();
        }
        Integer shift = YEAR_SHIFTS.get(lower(t, at + 2));
        if (shift == null) {
            return Optional.empty();
        }
        if (FISCAL.contains(lower(t, at + 3)) && lower(t, at + 4).equals("year")) {
            return Optional.of(new Match(i, at + 5, new CalendarParts.FiscalYear(OptionalInt.empty(), shift)));
        }
        ChronoUnit unit = EDGE_PERIODS.get(lower(t, at + 3));
        if (unit == null) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, at + 4, new TimeExpressions.RelativePeriod(unit, shift, TimeRelation.UNKNOWN)));
    }

    /**
     * "Christmas", "New Year's Eve", "Christmas 2018". A holiday that modifies a noun ("Christmas sales") names the
     * noun's season, not a day, and is left alone.
     */
    private static Optional<Match> holiday(List<Token> t, int i) {
        if (!capitalised(t, i)) {
            return Optional.empty();
        }
        for (Holiday holiday : HOLIDAYS) {
            int end = i + holiday.words().size();
            if (!matchesWords(t, i, holiday.words()) || modifiesNoun(t, i, end)) {
                continue;
            }
            Optional<Integer> year = yearAt(t, end);
            if (year.isPresent()) {
                return Optional.of(new Match(
                        i,
                        end + 1,
                        new TimeExpressions.AbsoluteDate(
                                java.time.LocalDate.of(year.get(), holiday.month(), holiday.day()))));
            }
            return Optional.of(new Match(i, end, new TimeExpressions.MonthDay(holiday.month(), holiday.day())));
        }
        return Optional.empty();
    }

    private static boolean matchesWords(List<Token> t, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!lower(t, i + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean modifiesNoun(List<Token> t, int start, int end) {
        Token last = t.get(end - 1);
        if (last.deprel().equals("compound")) {
            return true;
        }
        return last.deprel().isEmpty() && end < t.size() && t.get(end).pos().startsWith("NN");
    }
}
