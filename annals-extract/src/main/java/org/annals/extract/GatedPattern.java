package org.annals.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern that only runs when the lower-cased text contains one of its keywords. Every alternative
 * of the pattern must contain one of the keywords literally, so the gate never changes the answer; it only spares the
 * regex engine a word-boundary test at every position of the long paragraphs that cannot match.
 */
final class GatedPattern {
    private final Pattern pattern;
    private final List<String> keywords;

    private GatedPattern(Pattern pattern, List<String> keywords) {
        this.pattern = pattern;
        this.keywords = List.copyOf(keywords);
    }

    static GatedPattern of(Pattern pattern, String... keywords) {
        return new GatedPattern(pattern, List.of(keywords));
    }

    /** Whether the pattern is found in {@code text}; {@code lower} is the same text in lower case. */
    boolean find(String text, String lower) {
        for (String keyword : keywords) {
            if (lower.contains(keyword)) {
                return pattern.matcher(text).find();
            }
        }
        return false;
    }

    /** Group 1 of the first match in a text that is already lower case. */
    Optional<String> firstGroup(String lower) {
        if (keywords.stream().noneMatch(lower::contains)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(lower);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
