package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Span;

/**
 * Quoted stretches of article text, as the span between the marks. Curly, guillemet, low-9 and straight marks pair
 * up; a single curly mark between letters is an apostrophe. An opening mark with no closing one in its paragraph runs
 * to the paragraph's end, which is how a quote that continues into the next paragraph is written.
 */
final class QuoteMarks {
    private static final String OPENERS = "“„«‘";
    private static final String CLOSERS = "”»’";

    private QuoteMarks() {}

    static List<Span> find(Document document) {
        List<Span> spans = new ArrayList<>();
        String text = document.text();
        Unclosed unclosed = null;
        for (Block block : document.articleBlocks()) {
            Unclosed carried = unclosed != null && LineBrokenQuotes.continues(text, unclosed.block(), block.span())
                    ? unclosed
                    : null;
            if (unclosed != null && carried == null) {
                add(text, unclosed.open() + 1, unclosed.block().end(), spans);
            }
            unclosed = scan(text, block.span(), carried, spans);
        }
        if (unclosed != null) {
            add(text, unclosed.open() + 1, unclosed.block().end(), spans);
        }
        return spans;
    }

    /** An opening mark at {@code open} that its block {@code block} does not close. */
    private record Unclosed(int open, char openChar, Span block) {}

    /**
     * The quotations of one block; a quotation {@code carried} over from the line before closes at this block's first
     * mark when that mark ends words ("... nationally.\nI've spent ... grave.""), and otherwise runs to the end of its
     * own block, as an unclosed quotation does. Returns the quotation this block leaves open, or null.
     */
    private static Unclosed scan(String text, Span block, Unclosed carried, List<Span> spans) {
        int open = -1;
        char openChar = 0;
        boolean carrying = carried != null;
        for (int at = block.start(); at < block.end(); at++) {
            char c = text.charAt(at);
            if (isApostrophe(text, at, block)) {
                continue;
            }
            boolean straight = c == '"';
            boolean mark = OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0 || straight;
            if (carrying && mark) {
                carrying = false;
                if (closes(carried.openChar(), c) && LineBrokenQuotes.endsWords(text, at, block)) {
                    add(text, carried.open() + 1, at, spans);
                    continue;
                }
                add(text, carried.open() + 1, carried.block().end(), spans);
            }
            if (open < 0 && (OPENERS.indexOf(c) >= 0 || straight) && opensHere(text, at, block, c)) {
                open = at;
                openChar = c;
            } else if (open >= 0 && closes(openChar, c)) {
                add(text, open + 1, at, spans);
                open = -1;
            }
        }
        if (carrying) {
            add(text, carried.open() + 1, carried.block().end(), spans);
        }
        return open >= 0 ? new Unclosed(open, openChar, block) : null;
    }

    /** A single quotation mark opens only where a word starts; elsewhere it is a possessive or an elision. */
    private static boolean opensHere(String text, int at, Span block, char c) {
        if (c != '‘') {
            return true;
        }
        return at + 1 < block.end()
                && Character.isLetterOrDigit(text.charAt(at + 1))
                && (at == block.start() || !Character.isLetterOrDigit(text.charAt(at - 1)));
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '“', '„' -> c == '”' || c == '“' && opener == '„';
            case '«' -> c == '»';
            case '‘' -> c == '’';
            default -> c == '"' || c == '”';
        };
    }

    private static boolean isApostrophe(String text, int at, Span block) {
        char c = text.charAt(at);
        if (c != '’' && c != '\'') {
            return c == '\'';
        }
        boolean letterBefore = at > block.start() && Character.isLetter(text.charAt(at - 1));
        boolean letterAfter = at + 1 < block.end() && Character.isLetter(text.charAt(at + 1));
        return letterBefore && letterAfter;
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        // A comma before the closing mark belongs to the reporting sentence, not to the words quoted.
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || text.charAt(to - 1) == ',')) {
            to--;
        }
        if (to > from) {
            spans.add(new Span(from, to));
        }
    }
}
