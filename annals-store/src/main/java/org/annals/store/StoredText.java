package org.annals.store;

import java.util.List;
import org.annals.core.BlockKind;
import org.annals.core.Span;

/** Text helpers that tolerate spans a stage got wrong, since content problems must never stop storing. */
final class StoredText {
    private StoredText() {}

    /** The text a span covers, clipped to the text; empty when the span lies outside it. */
    static String cover(String text, Span span) {
        if (span == null) {
            return "";
        }
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        return text.substring(start, end);
    }

    /** A block as stored: its kind and offsets. */
    record StoredBlock(BlockKind kind, int start, int end) {}

    /**
     * The words a full-text search should find: the article blocks (title and body) joined by blank lines, or the
     * whole text when the document was never split into blocks. Appeals and other boilerplate are left out so that
     * searching "donate" does not return every page of a publisher.
     */
    static String article(String text, List<StoredBlock> blocks) {
        if (blocks.isEmpty()) {
            return text;
        }
        StringBuilder joined = new StringBuilder();
        for (StoredBlock block : blocks) {
            if (!block.kind().isArticle()) {
                continue;
            }
            if (joined.length() > 0) {
                joined.append("\n\n");
            }
            joined.append(cover(text, new Span(Math.max(0, block.start()), Math.max(block.start(), block.end()))));
        }
        return joined.toString();
    }
}
