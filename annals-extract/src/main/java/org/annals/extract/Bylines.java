package org.annals.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns author fields and visible bylines into person names: "By Jane Doe and John Roe" and "By Jane Doe,
 * Reuters" give Jane Doe (and John Roe). Names are split on "and", "&amp;", commas and semicolons; a part is dropped
 * when it is clearly no person: a news agency or a staff credit, or words that are not a name (lower-case words,
 * digits, an e-mail address).
 */
final class Bylines {
    // Only credits that are never a person's name; a publisher's own name is dropped by the caller, who knows it.
    private static final Set<String> AGENCIES = Set.of(
            "reuters",
            "ap",
            "associated press",
            "the associated press",
            "afp",
            "agence france-presse",
            "agence france presse",
            "bloomberg",
            "bloomberg news",
            "dpa",
            "upi",
            "united press international",
            "xinhua",
            "tass",
            "interfax",
            "ria novosti",
            "ansa",
            "efe",
            "kyodo",
            "yonhap",
            "anadolu agency",
            "pa",
            "pa media",
            "press association",
            "agencies",
            "wire services",
            "staff",
            "staff writer",
            "staff reporter",
            "editorial board",
            "the editorial board");
    private static final Set<String> PARTICLES =
            Set.of("de", "del", "della", "der", "den", "di", "da", "du", "la", "le", "van", "von", "al", "bin", "ibn");
    private static final Pattern BY =
            Pattern.compile("^\\s*(?:written\\s+|reported\\s+)?by\\b[:\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:and|&)\\s+|[,;]", Pattern.CASE_INSENSITIVE);
    private static final Pattern END_OF_BYLINE = Pattern.compile("\\s*(?:[|•·—–]|\\s-\\s).*$", Pattern.DOTALL);
    private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L} .'-]*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int MAX_BYLINE_CHARS = 150;

    private Bylines() {}

    /** The names of a visible byline ("By ..."); empty when {@code text} is no byline. */
    static List<String> fromVisible(String text) {
        if (text.length() > MAX_BYLINE_CHARS) {
            return List.of();
        }
        Matcher by = BY.matcher(text);
        if (!by.find()) {
            return List.of();
        }
        return names(text.substring(by.end()), 2);
    }

    /**
     * Whether a text whose first letter or digit is {@code letter} may start like a byline: "by", "written by" and
     * "reported by" (matched ASCII case-insensitively) start with b, w or r.
     */
    static boolean mayStartLikeByline(int letter) {
        return "bBwWrR".indexOf(letter) >= 0;
    }

    static boolean startsLikeByline(String text) {
        return BY.matcher(text).find();
    }

    /** The names in an author field such as {@code meta name=author}; a one-word name is kept. */
    static List<String> fromField(String text) {
        Matcher by = BY.matcher(text);
        return names(by.find() ? text.substring(by.end()) : text, 1);
    }

    /** Whether {@code name} is a news agency or staff credit rather than a person. */
    static boolean isAgency(String name) {
        return AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static List<String> names(String text, int minWords) {
        String byline = END_OF_BYLINE.matcher(text.strip()).replaceFirst("");
        Map<String, String> names = new LinkedHashMap<>();
        for (String part : SEPARATORS.split(byline)) {
            String name = PLACE.matcher(part.strip()).replaceFirst("").strip();
            if (!isAgency(name) && isPersonName(name, minWords)) {
                names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return new ArrayList<>(names.values());
    }

    private static boolean isPersonName(String name, int minWords) {
        String[] words = WHITESPACE.split(name);
        if (name.isEmpty() || words.length < minWords || words.length > 5) {
            return false;
        }
        for (String word : words) {
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            boolean particle = PARTICLES.contains(word.toLowerCase(Locale.ROOT));
            if (!(capitalised || particle) || word.chars().anyMatch(c -> Character.isDigit(c) || c == '@')) {
                return false;
            }
        }
        return true;
    }
}
