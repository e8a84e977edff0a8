package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern that only runs when the lower-cased text contains one keyword of each of its keyword
 * groups. Every match of the pattern must contain such keywords literally, so the gate never changes the answer; it
 * only spares the regex engine a word-boundary test at every position of the long paragraphs that cannot match.
 */
final class GatedPattern {
    private final Pattern pattern;
    private final List<List<String>> groups;

    private GatedPattern(Pattern pattern, List<List<String>> groups) {
        this.pattern = pattern;
        this.groups = List.copyOf(groups);
    }

    static GatedPattern of(Pattern pattern, String... keywords) {
        return new GatedPattern(pattern, List.of(List.of(keywords)));
    }

    /** The same pattern, gated as well on one of these keywords. */
    GatedPattern alsoRequiring(String... keywords) {
        List<List<String>> more = new ArrayList<>(groups);
        more.add(List.of(keywords));
        return new GatedPattern(pattern, more);
    }

    /** Whether the pattern is found in {@code text}; {@code lower} is the same text in lower case. */
    boolean find(String text, String lower) {
        return mayMatch(lower) && pattern.matcher(text).find();
    }

    /** Group 1 of the first match in a text that is already lower case. */
    Optional<String> firstGroup(String lower) {
        if (!mayMatch(lower)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(lower);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private boolean mayMatch(String lower) {
        for (List<String> group : groups) {
            if (!containsAny(lower, group)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String lower, List<String> keywords) {
        for (String keyword : keywords) {
            if (lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
