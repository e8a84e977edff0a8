package org.annals.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Events and intensities per actor pair over the events a query matches, each event once per pair of different
 * actors. Counts go by the segment's ordinals of the pair keys, so only the pairs seen are turned into text.
 */
final class PairTally {
    /** The events of one pair: how many, and the sum and number of their known intensities. */
    record Tally(long events, double intensitySum, long intensities) {
        Tally plus(Tally other) {
            return new Tally(events + other.events, intensitySum + other.intensitySum, intensities + other.intensities);
        }
    }

    private PairTally() {}

    /** The tallies of the matches whose {@link EventFields#HAPPENING_KEY} is one to {@code keep}. */
    static Map<String, Tally> count(IndexSearcher searcher, Query query, LongPredicate keep) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Map<String, Tally> tallies = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                countLeaf(leaf.reader(), scorer.iterator(), keep, tallies);
            }
        }
        return tallies;
    }

    private static void countLeaf(LeafReader reader, DocIdSetIterator docs, LongPredicate keep, Map<String, Tally> into)
            throws IOException {
        Bits live = reader.getLiveDocs();
        SortedSetDocValues pairs = DocValues.getSortedSet(reader, EventFields.DISTINCT_PAIRS);
        NumericDocValues intensities = DocValues.getNumeric(reader, EventFields.INTENSITY);
        NumericDocValues keys = DocValues.getNumeric(reader, EventFields.HAPPENING_KEY);
        int size = Math.toIntExact(pairs.getValueCount());
        long[] events = new long[size];
        double[] sums = new double[size];
        long[] known = new long[size];
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if ((live != null && !live.get(doc)) || !pairs.advanceExact(doc)) {
                continue;
            }
            if (!keep.test(keys.advanceExact(doc) ? keys.longValue() : 0)) {
                continue;
            }
            boolean hasIntensity = intensities.advanceExact(doc);
            double intensity = hasIntensity ? Double.longBitsToDouble(intensities.longValue()) : 0;
            for (int i = 0; i < pairs.docValueCount(); i++) {
                int ord = (int) pairs.nextOrd();
                events[ord]++;
                if (hasIntensity) {
                    sums[ord] += intensity;
                    known[ord]++;
                }
            }
        }
        for (int ord = 0; ord < size; ord++) {
            if (events[ord] > 0) {
                into.merge(
                        pairs.lookupOrd(ord).utf8ToString(),
                        new Tally(events[ord], sums[ord], known[ord]),
                        Tally::plus);
            }
        }
    }
}
