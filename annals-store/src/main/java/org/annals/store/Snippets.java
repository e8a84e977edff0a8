package org.annals.store;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A short passage of a hit's text around the first word the query matched. The text is run through the index's
 * analyzer so that a stemmed query term ("talks" searched as "talk") is found at its real offset.
 */
final class Snippets {
    static final int WIDTH = 200;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    static Set<String> terms(Query query) {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Set<String> words = new HashSet<>();
        terms.stream().filter(t -> t.field().equals(FullTextIndex.TEXT)).forEach(t -> words.add(t.text()));
        return words;
    }

    String around(String text, Set<String> queryTerms) {
        int hit = firstMatch(text, queryTerms);
        int start = Math.max(0, hit - WIDTH / 3);
        start = wordStart(text, start);
        int end = Math.min(text.length(), start + WIDTH);
        end = wordEnd(text, end);
        String passage = text.substring(start, end).replaceAll("(?U)\\s+", " ").strip();
        return (start > 0 ? "…" : "") + passage + (end < text.length() ? "…" : "");
    }

    private int firstMatch(String text, Set<String> queryTerms) {
        if (queryTerms.isEmpty()) {
            return 0;
        }
        try (TokenStream stream = analyzer.tokenStream(FullTextIndex.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int found = 0;
            while (stream.incrementToken()) {
                if (queryTerms.contains(term.toString())) {
                    found = offset.startOffset();
                    break;
                }
            }
            // Lucene requires the stream be consumed to its end before it is closed.
            while (stream.incrementToken()) {
                // draining
            }
            stream.end();
            return found;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int wordStart(String text, int index) {
        int i = index;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int index) {
        int i = index;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
