package org.annals.nlp.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The only normalisation applied before two TIMEX3 values are compared: surrounding space is trimmed, letters are
 * upper-cased ("2008-01-09tmo"), and a midnight clock time is dropped from a day ("2008-03-06T00:00" is
 * "2008-03-06"), since neither resolver nor the gold states midnight on purpose. Nothing else is forgiven: "2008" and
 * "2008-03" differ, as do "P1Y" and "P12M".
 */
public final class TimexValues {
    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T00:00(:00)?");

    private TimexValues() {}

    public static String normalise(String value) {
        String upper = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return MIDNIGHT.matcher(upper).matches() ? upper.substring(0, "yyyy-mm-dd".length()) : upper;
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }
}
