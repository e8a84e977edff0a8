package org.annals.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads durations such as {@code 15m}, {@code 30s}, {@code 200ms}, {@code 1h}, {@code 1d} or ISO-8601 {@code PT15M}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    static final String VALID_FORMS = "a number with a unit (200ms, 30s, 15m, 1h, 1d) or ISO-8601 (PT15M)";
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE.matcher(text);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            return switch (simple.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            Duration parsed = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            if (!parsed.isNegative()) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // reported below with the valid forms
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; use " + VALID_FORMS);
    }
}
