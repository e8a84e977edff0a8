package org.annals.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.TimeRelation;
import org.annals.core.Token;

/** Finds time expressions in one sentence's tokens, longest match first, left to right, without overlaps. */
final class TimeExpressionFinder {
    /** A found expression: tokens [start, end) of the sentence. */
    record Match(int start, int end, TimeExpression expression) {}

    private static final Pattern ISO_DATE = Pattern.compile("([12][0-9]{3})-([01][0-9])-([0-3][0-9])");
    private static final Pattern YEAR = Pattern.compile("[12][0-9]{3}");
    private static final Pattern DECADE = Pattern.compile("([12][0-9]{2})0s");
    /** "mid-2011", "early-2009": a year with a hyphenated part-of-year prefix, tokenised as one word. */
    private static final Pattern YEAR_PART = Pattern.compile("(?i)(?:mid|early|late)-([12][0-9]{3})");
    /** "mid-July", "Mid-Sept.": a month with the prefix "mid-", tokenised as one word; the month must be capitalised. */
    private static final Pattern MID_MONTH = Pattern.compile("(?i)mid-(\\p{L}+\\.?)");

    private static final Pattern DAY = Pattern.compile("([0-3]?[0-9])(st|nd|rd|th)?");
    private static final Map<String, Month> MONTHS = months();
    private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    static final Map<String, ChronoUnit> UNITS = Map.ofEntries(
            Map.entry("second", ChronoUnit.SECONDS),
            Map.entry("minute", ChronoUnit.MINUTES),
            Map.entry("hour", ChronoUnit.HOURS),
            Map.entry("day", ChronoUnit.DAYS),
            Map.entry("week", ChronoUnit.WEEKS),
            Map.entry("month", ChronoUnit.MONTHS),
            Map.entry("year", ChronoUnit.YEARS),
            Map.entry("decade", ChronoUnit.DECADES),
            Map.entry("century", ChronoUnit.CENTURIES));
    private static final Map<String, ChronoUnit> PERIODS =
            Map.of("week", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS, "year", ChronoUnit.YEARS);
    private static final Map<String, Integer> SHIFTS =
            Map.of("last", -1, "past", -1, "this", 0, "next", 1, "coming", 1);
    private static final Map<String, Integer> YEAR_SHIFTS = Map.of("last", -1, "this", 0, "next", 1);
    private static final Set<String> MONTH_PREPOSITIONS =
            Set.of("in", "since", "until", "till", "during", "through", "early", "late", "mid", "last", "next", "this");
    /** Prepositions before "the weekend" that make it a time ("over the weekend"), not a thing ("the weekend edition"). */
    private static final Set<String> WEEKEND_PREPOSITIONS = Set.of("over", "at", "during", "on");

    private static final Map<String, Integer> DEICTIC_DAYS =
            Map.of("today", 0, "tonight", 0, "yesterday", -1, "tomorrow", 1);
    private static final Set<String> RATE_WORDS = Set.of("once", "twice", "thrice", "times", "per");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> YEAR_PREPOSITIONS = Set.of(
            "in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "through", "between",
            "early", "late", "mid", "around", "circa", "year", "and", "to", "the", "fiscal", "summer", "winter",
            "spring", "autumn", "fall");

    /** Words after a four-digit number that make it a clock time ("1430 UTC", "0600 hours"), not a year. */
    private static final Set<String> CLOCK_WORDS =
            Set.of("utc", "gmt", "hours", "hrs", "local", "a.m.", "p.m.", "am", "pm", "est", "edt", "cet", "bst");

    private TimeExpressionFinder() {}

    static List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Match> match = matchAt(tokens, i);
            if (match.isPresent()) {
                matches.add(match.get());
                i = match.get().end();
            } else {
                i++;
            }
        }
        return matches;
    }

    private static Optional<Match> matchAt(List<Token> t, int i) {
        return iso(t, i)
                .or(() -> monthFirst(t, i))
                .or(() -> dayFirst(t, i))
                .or(() -> weekday(t, i))
                .or(() -> VagueTimeFinder.at(t, i))
                .or(() -> CalendarPartFinder.at(t, i))
                .or(() -> AnaphoricTimeFinder.at(t, i))
                .or(() -> deicticDay(t, i))
                .or(() -> relativePeriod(t, i))
                .or(() -> weekend(t, i))
                .or(() -> amountOfTime(t, i))
                .or(() -> decade(t, i))
                .or(() -> midMonth(t, i))
                .or(() -> yearPart(t, i))
                .or(() -> year(t, i));
    }

    static String lower(List<Token> t, int i) {
        return i >= 0 && i < t.size() ? t.get(i).word().toLowerCase(Locale.ROOT) : "";
    }

    private static Optional<Match> iso(List<Token> t, int i) {
        Matcher m = ISO_DATE.matcher(t.get(i).word());
        if (!m.matches()) {
            return Optional.empty();
        }
        return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                .map(d -> new Match(i, i + 1, new TimeExpressions.AbsoluteDate(d)));
    }

    /** "January 4", "Jan. 4, 2019", "January 2019", "in March". */
    private static Optional<Match> monthFirst(List<Token> t, int i) {
        Optional<Month> month = month(t, i);
        if (month.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble day = dayOfMonth(t, i + 1);
        if (day.isPresent()) {
            int yearAt = lower(t, i + 2).equals(",") ? i + 3 : i + 2;
            Optional<Integer> year = yearAt(t, yearAt);
            if (year.isPresent()) {
                return date(year.get(), month.get().getValue(), (int) day.getAsDouble())
                        .map(d -> new Match(i, yearAt + 1, new TimeExpressions.AbsoluteDate(d)));
            }
            return Optional.of(new Match(i, i + 2, new TimeExpressions.MonthDay(month.get(), (int) day.getAsDouble())));
        }
        int yearAt = yearAfterMonth(t, i + 1);
        Optional<Integer> year = yearAt(t, yearAt);
        if (year.isPresent()) {
            return Optional.of(
                    new Match(i, yearAt + 1, new TimeExpressions.AbsoluteMonth(YearMonth.of(year.get(), month.get()))));
        }
        Integer yearShift = YEAR_SHIFTS.get(lower(t, yearAt));
        if (yearShift != null && lower(t, yearAt + 1).equals("year")) {
            return Optional.of(
                    new Match(i, yearAt + 2, new TimeExpressions.MonthOfRelativeYear(month.get(), yearShift)));
        }
        // A bare month needs a proper-noun tag and its full name: "Jan" and "March" alone are often names or verbs.
        // "May", full yet three letters long, is also a name or a modal, so it needs a preposition of time before it
        // (not "by" or "from": "a speech by May").
        Token token = t.get(i);
        boolean fullName = token.word().length() > 3 && !token.word().endsWith(".")
                || month.get() == Month.MAY && MONTH_PREPOSITIONS.contains(lower(t, i - 1));
        if (!fullName || (!token.pos().isEmpty() && !token.pos().startsWith("NNP"))) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, i + 1, new TimeExpressions.MonthOnly(month.get())));
    }

    /** "4 January 2019", "4 January". */
    private static Optional<Match> dayFirst(List<Token> t, int i) {
        OptionalDouble day = dayOfMonth(t, i);
        int monthAt = lower(t, i + 1).equals("of") ? i + 2 : i + 1;
        if (day.isEmpty() || month(t, monthAt).isEmpty()) {
            return Optional.empty();
        }
        Month month = month(t, monthAt).get();
        int yearAt = yearAfterMonth(t, monthAt + 1);
        Optional<Integer> year = yearAt(t, yearAt);
        if (year.isPresent()) {
            return date(year.get(), month.getValue(), (int) day.getAsDouble())
                    .map(d -> new Match(i, yearAt + 1, new TimeExpressions.AbsoluteDate(d)));
        }
        return Optional.of(new Match(i, monthAt + 1, new TimeExpressions.MonthDay(month, (int) day.getAsDouble())));
    }

    private static Optional<Match> weekday(List<Token> t, int i) {
        String modifier = lower(t, i);
        boolean modified = modifier.equals("last") || modifier.equals("next") || modifier.equals("this");
        int at = modified ? i + 1 : i;
        DayOfWeek day = capitalised(t, at) ? WEEKDAYS.get(lower(t, at)) : null;
        if (day == null) {
            return Optional.empty();
        }
        int end = PARTS_OF_DAY.contains(lower(t, at + 1)) ? at + 2 : at + 1;
        return Optional.of(new Match(i, end, new TimeExpressions.Weekday(day, modified ? modifier : "")));
    }

    private static Optional<Match> deicticDay(List<Token> t, int i) {
        String word = lower(t, i);
        Integer offset = DEICTIC_DAYS.get(word);
        if (offset != null && !partOfName(t, i)) {
            int end = offset != 0 || !PARTS_OF_DAY.contains(lower(t, i + 1)) ? i + 1 : i + 2;
            return Optional.of(new Match(i, end, new TimeExpressions.DayOffset(offset)));
        }
        if (word.equals("last") && lower(t, i + 1).equals("night")) {
            return Optional.of(new Match(i, i + 2, new TimeExpressions.DayOffset(-1)));
        }
        if (word.equals("this") && PARTS_OF_DAY.contains(lower(t, i + 1))) {
            return Optional.of(new Match(i, i + 2, new TimeExpressions.DayOffset(0)));
        }
        return Optional.empty();
    }

    /** "USA Today", "Russia Today": a capitalised word inside a name, by its tag or the proper noun before it. */
    static boolean partOfName(List<Token> t, int i) {
        Token token = t.get(i);
        boolean named = token.ner().equals("ORGANIZATION") || token.ner().equals("MISC");
        boolean afterProperNoun = i > 0 && t.get(i - 1).isProperNoun();
        return capitalised(t, i) && (named || afterProperNoun);
    }

    /** "last week", "this month", "next year", "earlier this month", "later this year". */
    private static Optional<Match> relativePeriod(List<Token> t, int i) {
        String first = lower(t, i);
        TimeRelation forced = first.equals("earlier")
                ? TimeRelation.PAST
                : first.equals("later") ? TimeRelation.FUTURE : TimeRelation.UNKNOWN;
        int at = forced == TimeRelation.UNKNOWN ? i : i + 1;
        Integer shift = SHIFTS.get(lower(t, at));
        if (shift != null
                && shift != 0
                && forced == TimeRelation.UNKNOWN
                && lower(t, at + 1).equals("decade")) {
            // "the past decade" is the ten years up to now, not the calendar decade before this one.
            return Optional.of(new Match(i, at + 2, new TimeExpressions.Duration(1, ChronoUnit.DECADES)));
        }
        ChronoUnit within = PERIODS.get(lower(t, i + 3));
        if (forced != TimeRelation.UNKNOWN
                && lower(t, i + 1).equals("in")
                && lower(t, i + 2).equals("the")
                && within != null) {
            // "earlier in the month" is this month seen from its end, as "earlier this month" is.
            return Optional.of(new Match(i, i + 4, new TimeExpressions.RelativePeriod(within, 0, forced)));
        }
        ChronoUnit unit = PERIODS.get(lower(t, at + 1));
        if (shift == null || unit == null || (forced != TimeRelation.UNKNOWN && shift != 0)) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, at + 2, new TimeExpressions.RelativePeriod(unit, shift, forced)));
    }

    /** "this weekend", "last weekend", "over the weekend": TIMEX3's weekend of a week ("2025-W36-WE"). */
    private static Optional<Match> weekend(List<Token> t, int i) {
        if (!lower(t, i + 1).equals("weekend")) {
            return Optional.empty();
        }
        String word = lower(t, i);
        if (YEAR_SHIFTS.containsKey(word)) {
            return Optional.of(new Match(i, i + 2, new TimeExpressions.Weekend(word)));
        }
        boolean definite = word.equals("the") && WEEKEND_PREPOSITIONS.contains(lower(t, i - 1));
        return definite ? Optional.of(new Match(i, i + 2, new TimeExpressions.Weekend(""))) : Optional.empty();
    }

    /**
     * "three days ago", "80 years", "for two weeks", "a decade"; "80 years since Japan surrendered" counts back from
     * the anchor like "ago", since it dates what came after "since".
     */
    private static Optional<Match> amountOfTime(List<Token> t, int i) {
        OptionalDouble amount = indefiniteOne(t, i)
                ? OptionalDouble.of(1)
                : NumberWords.value(t.get(i).word());
        if (amount.isEmpty() || amount.getAsDouble() <= 0 || t.get(i).word().contains(",")) {
            return Optional.empty();
        }
        String unitWord = t.get(i + 1 < t.size() ? i + 1 : i).lemma().toLowerCase(Locale.ROOT);
        ChronoUnit unit = i + 1 < t.size() ? UNITS.get(unitWord) : null;
        if (unit == null) {
            return Optional.empty();
        }
        if (lower(t, i + 2).equals("ago") || sinceAnEvent(t, i + 2)) {
            return Optional.of(new Match(i, i + 3, new TimeExpressions.Ago((long) amount.getAsDouble(), unit)));
        }
        if (lower(t, i + 2).equals("old") || lower(t, i + 2).equals("-")) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, i + 2, new TimeExpressions.Duration(amount.getAsDouble(), unit)));
    }

    /**
     * "since" followed by what happened ("since Japan surrendered", "since the war"), not by a date or a number,
     * whose own value would say when ("two years since 2019" is not anchored on publication).
     */
    private static boolean sinceAnEvent(List<Token> t, int at) {
        if (!lower(t, at).equals("since") || at + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(at + 1);
        return !next.pos().equals("CD") && !next.ner().equals("DATE");
    }

    /**
     * "a week", "an hour": the article counts one, except in a rate ("once a week", "$5 a day", "per a year") and
     * before "second", which after an article is the ordinal ("a second term").
     */
    private static boolean indefiniteOne(List<Token> t, int i) {
        String word = lower(t, i);
        if (!word.equals("a") && !word.equals("an")) {
            return false;
        }
        String previous = lower(t, i - 1);
        boolean rate =
                RATE_WORDS.contains(previous) || (i > 0 && t.get(i - 1).pos().equals("CD"));
        return !rate && !lower(t, i + 1).equals("second");
    }

    private static Optional<Match> decade(List<Token> t, int i) {
        Matcher m = DECADE.matcher(t.get(i).word());
        return m.matches()
                ? Optional.of(new Match(i, i + 1, new TimeExpressions.Decade(Integer.parseInt(m.group(1)) * 10)))
                : Optional.empty();
    }

    /**
     * "mid-July", "mid-July 2019", and "mid - July" where the tokenizer splits the hyphen: the month, read like the
     * bare month (or with its year), since the middle of a month has no value at month granularity. The extent keeps
     * the prefix. Only "mid-": how "early"/"late" before a month are bounded is left as it is.
     */
    private static Optional<Match> midMonth(List<Token> t, int i) {
        int monthEnd = midMonthEnd(t, i);
        if (monthEnd < 0) {
            return Optional.empty();
        }
        Month month = MONTHS.get(midMonthName(t, i, monthEnd).toLowerCase(Locale.ROOT));
        int yearAt = yearAfterMonth(t, monthEnd);
        Optional<Integer> year = yearAt(t, yearAt);
        return Optional.of(
                year.isPresent()
                        ? new Match(i, yearAt + 1, new TimeExpressions.AbsoluteMonth(YearMonth.of(year.get(), month)))
                        : new Match(i, monthEnd, new TimeExpressions.MonthOnly(month)));
    }

    /** The end of a "mid-" month phrase starting at i ("mid-July"; "mid-" "July"; "mid" "-" "July"), or -1. */
    private static int midMonthEnd(List<Token> t, int i) {
        Matcher m = MID_MONTH.matcher(t.get(i).word());
        if (m.matches()) {
            return isMonthName(m.group(1)) ? i + 1 : -1;
        }
        String word = lower(t, i);
        int monthAt = word.equals("mid-")
                ? i + 1
                : word.equals("mid") && lower(t, i + 1).equals("-") ? i + 2 : -1;
        return monthAt > 0 && monthAt < t.size() && isMonthName(t.get(monthAt).word()) ? monthAt + 1 : -1;
    }

    private static String midMonthName(List<Token> t, int i, int monthEnd) {
        Matcher m = MID_MONTH.matcher(t.get(i).word());
        return monthEnd == i + 1 && m.matches()
                ? m.group(1)
                : t.get(monthEnd - 1).word();
    }

    private static boolean isMonthName(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** "mid-2011": the year, since the part of the year has no value at year granularity. */
    private static Optional<Match> yearPart(List<Token> t, int i) {
        Matcher m = YEAR_PART.matcher(t.get(i).word());
        return m.matches()
                ? Optional.of(new Match(i, i + 1, new TimeExpressions.AbsoluteYear(Integer.parseInt(m.group(1)))))
                : Optional.empty();
    }

    /** A bare year only in date context: after a preposition, never before a plural noun or a unit ("2000 people"). */
    private static Optional<Match> year(List<Token> t, int i) {
        Optional<Integer> year = yearAt(t, i);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        String previous = lower(t, i - 1);
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        boolean countsSomething = next != null
                && (next.pos().equals("NNS")
                        || CLOCK_WORDS.contains(next.word().toLowerCase(Locale.ROOT))
                        || next.word().equals("%")
                        || next.lemma().equals("percent"));
        boolean money = previous.equals("$") || previous.equals("€") || previous.equals("£");
        boolean dateContext = YEAR_PREPOSITIONS.contains(previous)
                || previous.equals(",")
                || previous.equals("(")
                || previous.isEmpty()
                || t.get(i).pos().equals("CD");
        if (countsSomething || money || !dateContext) {
            return Optional.empty();
        }
        return Optional.of(new Match(i, i + 1, new TimeExpressions.AbsoluteYear(year.get())));
    }

    // "January 2019", "March of 2018", "March, 2018": the year after a month names that month's year. After a
    // comma it must stand as a year, not as a count ("In March, 1500 people marched").
    private static int yearAfterMonth(List<Token> t, int i) {
        if (lower(t, i).equals("of")) {
            return i + 1;
        }
        if (lower(t, i).equals(",") && year(t, i + 1).isPresent()) {
            return i + 1;
        }
        return i;
    }

    static Optional<Integer> yearAt(List<Token> t, int i) {
        if (i < 0 || i >= t.size() || !YEAR.matcher(t.get(i).word()).matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(t.get(i).word());
        return year >= 1000 && year <= 2100 ? Optional.of(year) : Optional.empty();
    }

    private static OptionalDouble dayOfMonth(List<Token> t, int i) {
        if (i < 0 || i >= t.size()) {
            return OptionalDouble.empty();
        }
        Matcher m = DAY.matcher(t.get(i).word().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        int day = Integer.parseInt(m.group(1));
        return day >= 1 && day <= 31 ? OptionalDouble.of(day) : OptionalDouble.empty();
    }

    /** Month names must be capitalised; "May" must not be the modal verb. */
    private static Optional<Month> month(List<Token> t, int i) {
        if (!capitalised(t, i)) {
            return Optional.empty();
        }
        Month month = MONTHS.get(lower(t, i));
        if (month == Month.MAY && t.get(i).pos().equals("MD")) {
            return Optional.empty();
        }
        return Optional.ofNullable(month);
    }

    static boolean capitalised(List<Token> t, int i) {
        return i >= 0
                && i < t.size()
                && !t.get(i).word().isEmpty()
                && Character.isUpperCase(t.get(i).word().charAt(0));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Month> months() {
        Map<String, Month> map = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            map.put(name, month);
            map.put(name.substring(0, 3) + ".", month);
            if (month != Month.MAY) {
                map.put(name.substring(0, 3), month);
            }
        }
        map.put("sept.", Month.SEPTEMBER);
        map.put("sept", Month.SEPTEMBER);
        return Map.copyOf(map);
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> map = new java.util.HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            map.put(day.name().toLowerCase(Locale.ROOT), day);
        }
        return Map.copyOf(map);
    }
}
