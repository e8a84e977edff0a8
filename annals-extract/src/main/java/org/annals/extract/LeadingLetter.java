package org.annals.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The first letter or digit of an element's text, found without building the text. Whitespace, invisible characters
 * and punctuation before it are skipped, so when the element's text starts with a word (after whitespace), this is
 * the word's first character.
 */
final class LeadingLetter {
    /** Returned when the text holds no letter or digit. */
    static final int NONE = -1;
    /** Returned when the first {@link #MAX_CHARS} characters hold none: the first letter is not looked for further. */
    static final int UNKNOWN = -2;
    // Bounds the cost of long runs of whitespace or symbols.
    private static final int MAX_CHARS = 200;

    private int seen;

    private LeadingLetter() {}

    static int of(Element element) {
        return new LeadingLetter().find(element);
    }

    private int find(Node node) {
        for (Node child : node.childNodes()) {
            int found = child instanceof TextNode text ? inText(text.getWholeText()) : find(child);
            if (found != NONE) {
                return found;
            }
            if (seen >= MAX_CHARS) {
                return UNKNOWN;
            }
        }
        return NONE;
    }

    private int inText(String text) {
        for (int i = 0; i < text.length() && seen < MAX_CHARS; i++, seen++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return NONE;
    }
}
