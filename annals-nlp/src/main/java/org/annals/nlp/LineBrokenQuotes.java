package org.annals.nlp;

import org.annals.core.Span;

/**
 * A quotation broken over two lines of the text with no blank line between: a block quote pasted with its line
 * breaks ("... from foreign\ncountries and not US citizens ..."), or two paragraphs of one statement of which only
 * the first opens with a mark and only the last closes. The quotation runs on into the next line when that line
 * closes it at a mark that ends words; a line that opens its own quotation instead is the usual way of continuing a
 * quote into a new paragraph, and leaves the first one at its line's end.
 */
final class LineBrokenQuotes {
    private LineBrokenQuotes() {}

    /** True when only whitespace with one line break separates {@code previous} from {@code next}. */
    static boolean continues(String text, Span previous, Span next) {
        if (next.start() < previous.end()) {
            return false;
        }
        String between = text.substring(previous.end(), next.start());
        return between.isBlank() && between.chars().filter(c -> c == '\n').count() == 1;
    }

    /** True when the mark at {@code at} comes after words and before no word, as a closing mark does. */
    static boolean endsWords(String text, int at, Span block) {
        return at > block.start() && (at + 1 >= block.end() || !Character.isLetterOrDigit(text.charAt(at + 1)));
    }
}
