package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Span;

/** Plain text normalisation and its paragraph blocks. */
final class PlainText {
    private PlainText() {}

    /** Drops a byte order mark and turns CRLF and lone CR into LF; nothing else changes. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (withoutBom.indexOf('\r') < 0) {
            return withoutBom;
        }
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** One BODY block per non-blank line, trimmed of surrounding whitespace. */
    static List<Block> lineBlocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int start = lineStart;
            int end = lineEnd;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                blocks.add(new Block(new Span(start, end), BlockKind.BODY, ""));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return blocks;
    }

    /** Whitespace including the no-break space, which pages put after datelines and before line ends. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
