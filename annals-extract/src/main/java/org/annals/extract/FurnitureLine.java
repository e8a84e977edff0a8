package org.annals.extract;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines that are page furniture by their shape alone, whatever the markup: ad labels ("Advertisement", "Story
 * continues below advertisement"), bare clock times of live-blog posts ("14:05 GMT"), "Updated"/"Published" lines
 * with a date or time, slide counters ("3 / 8"), editorial notices ("Editor's note: ...", "Correction: ...", "This
 * article has been updated ...") and edit stamps ("Article last amended: Mar 5 at 12:05 UTC ...").
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

    // A story that speaks of itself as "this article" in its first words is a notice set above or below it.
    private static final Pattern STORY_NOTICE = Pattern.compile(
            "this (?:article|story|page|post) (?:"
                    + "(?:requires|needs|is under|is awaiting) (?:[\\w-]+ )?(?:review|cleanup|attention|copyedit\\w*)"
                    + "|(?:has been|was|is being) (?:updated|amended|corrected|edited|revised|archived)"
                    + "|was (?:originally|first) (?:published|posted)|(?:originally|first) appeared"
                    + "|is more than \\S+ (?:years?|months?) old)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NOTICE_WORDS = 40;
    // "Last amended:" with its colon and a date opens a stamp line, whatever follows (a history link, a hint).
    private static final Pattern EDIT_STAMP = Pattern.compile(
            "[-\\u2013\\u2022*]?\\s*(?:(?:article|story|page) )?last (?:amended|modified|edited|revised|updated)\\s*:\\s*"
                    + "(?:[a-z]{3,9}\\.? \\d{1,2}\\b|\\d{1,2} [a-z]{3,9}\\b|\\d{4}-\\d{2}-\\d{2})",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_STAMP_WORDS = 20;

    private FurnitureLine() {}

    /** The reason a line is furniture, or empty when it may be article text. */
    static Optional<String> of(String line, int words) {
        String text = PlainText.trim(line);
        if (NOTICE.matcher(text).lookingAt()
                || (words <= MAX_NOTICE_WORDS && STORY_NOTICE.matcher(text).lookingAt())) {
            return Optional.of("editorial-notice");
        }
        if (words <= MAX_STAMP_WORDS && EDIT_STAMP.matcher(text).lookingAt()) {
            return Optional.of("dateline");
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
