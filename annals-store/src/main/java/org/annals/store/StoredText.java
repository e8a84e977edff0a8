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
        return article(text, articleSpans(blocks));
    }

    /**
     * Where {@link #article} takes its text from: the article blocks' offsets as "start-end", separated by spaces,
     * or null when there are no blocks (the whole text is the article). Short enough to keep in the search index, so
     * that a snippet needs only the text.
     */
    static String articleSpans(List<StoredBlock> blocks) {
        if (blocks.isEmpty()) {
            return null;
        }
        StringBuilder spans = new StringBuilder();
        for (StoredBlock block : blocks) {
            if (block.kind().isArticle()) {
                int start = Math.max(0, block.start());
                spans.append(spans.length() > 0 ? " " : "")
                        .append(start)
                        .append('-')
                        .append(Math.max(start, block.end()));
            }
        }
        return spans.toString();
    }

    /** The article text by {@link #articleSpans}: those spans joined by blank lines, or all the text for null. */
    static String article(String text, String articleSpans) {
        if (articleSpans == null) {
            return text;
        }
        StringBuilder joined = new StringBuilder();
        for (String span : articleSpans.split(" ")) {
            if (span.isEmpty()) {
                continue;
            }
            int dash = span.indexOf('-');
            if (joined.length() > 0) {
                joined.append("\n\n");
            }
            joined.append(cover(
                    text,
                    new Span(Integer.parseInt(span.substring(0, dash)), Integer.parseInt(span.substring(dash + 1)))));
        }
        return joined.toString();
    }
}
