package org.annals.extract;

import java.util.regex.Pattern;

/** A line that is only a date, as news sites print above the story ("Friday, January 4, 2019"). */
final class Dateline {
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE_ONLY = Pattern.compile(
            "^(?:" + WEEKDAY + ",?\\s+)?(?:"
                    + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:[,\\s]+\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?\\.?$",
            Pattern.CASE_INSENSITIVE);

    private Dateline() {}

    static boolean matches(String line) {
        String text = PlainText.trim(line);
        return text.length() <= 60 && DATE_ONLY.matcher(text).matches();
    }
}
