package org.annals.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * How many matches of a query share each {@link EventFields#HAPPENING_KEY}. Counting by happenings needs the ids of
 * only those events whose key another match shares; every other match is the only report of its happening.
 */
final class HappeningKeys {
    private final Map<Long, Integer> matches;

    private HappeningKeys(Map<Long, Integer> matches) {
        this.matches = matches;
    }

    static HappeningKeys of(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Map<Long, Integer> matches = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues keys = DocValues.getNumeric(leaf.reader(), EventFields.HAPPENING_KEY);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    matches.merge(keys.advanceExact(doc) ? keys.longValue() : 0L, 1, Integer::sum);
                }
            }
        }
        return new HappeningKeys(matches);
    }

    /** Whether another match may belong to the same happening as one with this key. */
    boolean shared(long key) {
        return matches.getOrDefault(key, 0) > 1;
    }
}
