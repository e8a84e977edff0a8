package org.annals.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Reads numbers written as digits ("1,200", "2.5") or as simple English words ("two", "a dozen", "forty"). */
final class NumberWords {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|[0-9]+(\\.[0-9]+)?");
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0),
            Map.entry("two", 2.0),
            Map.entry("three", 3.0),
            Map.entry("four", 4.0),
            Map.entry("five", 5.0),
            Map.entry("six", 6.0),
            Map.entry("seven", 7.0),
            Map.entry("eight", 8.0),
            Map.entry("nine", 9.0),
            Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0),
            Map.entry("thirteen", 13.0),
            Map.entry("fourteen", 14.0),
            Map.entry("fifteen", 15.0),
            Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0),
            Map.entry("eighteen", 18.0),
            Map.entry("nineteen", 19.0),
            Map.entry("twenty", 20.0),
            Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0),
            Map.entry("fifty", 50.0),
            Map.entry("sixty", 60.0),
            Map.entry("seventy", 70.0),
            Map.entry("eighty", 80.0),
            Map.entry("ninety", 90.0),
            Map.entry("dozen", 12.0),
            Map.entry("hundred", 100.0),
            Map.entry("thousand", 1_000.0),
            Map.entry("million", 1_000_000.0),
            Map.entry("billion", 1_000_000_000.0),
            Map.entry("trillion", 1_000_000_000_000.0));
    private static final Map<String, Double> MULTIPLIERS = Map.of(
            "dozen",
            12.0,
            "hundred",
            100.0,
            "thousand",
            1_000.0,
            "million",
            1_000_000.0,
            "bn",
            1_000_000_000.0,
            "billion",
            1_000_000_000.0,
            "trillion",
            1_000_000_000_000.0,
            "m",
            1_000_000.0);

    private NumberWords() {}

    /** The value of one token, digits or word; empty when it is not a number. */
    static OptionalDouble value(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (DIGITS.matcher(lower).matches()) {
            return OptionalDouble.of(Double.parseDouble(lower.replace(",", "")));
        }
        Double named = WORDS.get(lower);
        return named == null ? OptionalDouble.empty() : OptionalDouble.of(named);
    }

    /** The factor a scale word ("million", "dozen") applies to the number before it; empty if none. */
    static OptionalDouble multiplier(String word) {
        Double factor = MULTIPLIERS.get(word.toLowerCase(Locale.ROOT));
        return factor == null ? OptionalDouble.empty() : OptionalDouble.of(factor);
    }

    static boolean isDigits(String word) {
        return DIGITS.matcher(word).matches();
    }
}
