package org.annals.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines that are page furniture by their shape alone, whatever the markup: ad labels ("Advertisement", "Story
 * continues below advertisement"), bare clock times of live-blog posts ("14:05 GMT"), "Updated"/"Published" lines
 * with a date or time, slide counters ("3 / 8"), and editorial notices ("Editor's note: ...", "Correction: ...").
 */
final class FurnitureLine {
    private static final int MAX_WORDS = 12;
    private static final Pattern AD_LABEL = Pattern.compile(
            "(?:advertisement|advert|ad|sponsored(?: content)?|(?:the )?(?:story|article|text) continues"
                    + " (?:below|after)(?: (?:this|the))? (?:advertisement|advert|ad))[.:]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_TIME =
            Pattern.compile("\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "(?:last updated|updated|published|first published|posted(?: on)?)(?: on| at)?:?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AGO = Pattern.compile("\\d+ (?:seconds?|minutes?|mins?|hours?|days?) ago");
    private static final Pattern COUNTER = Pattern.compile("\\d{1,3}\\s*(?:/|of)\\s*\\d{1,3}");
    // Notices about the story rather than the story: they come first or last and open with their label.
    private static final Pattern NOTICE =
            Pattern.compile("(?:editor['’]?s['’]? note|corrections?|clarifications?)\\s*:", Pattern.CASE_INSENSITIVE);

    private FurnitureLine() {}

    /** The reason a line is furniture, or empty when it may be article text. */
    static Optional<String> of(String line, int words) {
        String text = PlainText.trim(line);
        if (NOTICE.matcher(text).lookingAt()) {
            return Optional.of("editorial-notice");
        }
        if (words > MAX_WORDS) {
            return Optional.empty();
        }
        if (AD_LABEL.matcher(text).matches()) {
            return Optional.of("ad-label");
        }
        if (CLOCK_TIME.matcher(text).matches() || updatedLine(text)) {
            return Optional.of("dateline");
        }
        return COUNTER.matcher(text).matches() ? Optional.of("counter") : Optional.empty();
    }

    private static boolean updatedLine(String text) {
        var prefix = UPDATED.matcher(text);
        if (!prefix.lookingAt()) {
            return false;
        }
        String rest = text.substring(prefix.end());
        return Dateline.matches(rest)
                || CLOCK_TIME.matcher(rest).matches()
                || AGO.matcher(rest).matches();
    }
}
