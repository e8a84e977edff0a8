package org.annals.nlp;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The English names of the days of the week and of the months: words that name a time on their own. */
final class CalendarNames {
    private static final Set<String> MONTHS =
            Arrays.stream(Month.values()).map(CalendarNames::lower).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> DAYS =
            Arrays.stream(DayOfWeek.values()).map(CalendarNames::lower).collect(Collectors.toUnmodifiableSet());

    private CalendarNames() {}

    /** Whether the word, in any case, names a month ("March", "may"). */
    static boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the word, in any case, names a day of the week or a month. */
    static boolean isDayOrMonth(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return DAYS.contains(lower) || MONTHS.contains(lower);
    }

    private static String lower(Enum<?> name) {
        return name.name().toLowerCase(Locale.ROOT);
    }
}
