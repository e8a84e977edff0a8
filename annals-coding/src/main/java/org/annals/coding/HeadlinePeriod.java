package org.annals.coding;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.core.Metadata;

/**
 * The month a headline sets apart as the article's whole subject ("On the campaign trail in the USA, August 2020",
 * "News briefs: March 2019"), when that month was over before the article was published: a round-up written after
 * the month it chronicles tells that month's acts, and the publication day would date them by a guess the headline
 * contradicts. A month inside the headline's words ("Survivors remember August 2005 hurricane") names what the news
 * is about, not when its acts happen, so only a month that closes the headline after a separator, or is the whole
 * headline, counts.
 */
final class HeadlinePeriod {
    private static final Pattern CLOSING_MONTH = Pattern.compile(
            "(?:^|[,:;|\\u2013\\u2014-]\\s*)(january|february|march|april|may|june|july|august|september|october"
                    + "|november|december)\\s+(\\d{4})\\W*$");

    private HeadlinePeriod() {}

    /** The month the headline closes with, when it ended before the publication day. */
    static Optional<YearMonth> of(Metadata metadata) {
        Optional<LocalDate> published = metadata.publishedDate();
        Matcher matcher = CLOSING_MONTH.matcher(metadata.title().strip().toLowerCase(Locale.ROOT));
        if (published.isEmpty() || !matcher.find()) {
            return Optional.empty();
        }
        Month month = Month.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        YearMonth period = YearMonth.of(Integer.parseInt(matcher.group(2)), month);
        return period.atEndOfMonth().isBefore(published.get()) ? Optional.of(period) : Optional.empty();
    }
}
