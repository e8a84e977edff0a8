package org.annals.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** The doc values of every event a query matches, read leaf by leaf for counting in Java. */
final class MatchedEvents {
    private MatchedEvents() {}

    /** What counting needs of one matched event; {@code day} null when unknown, {@code intensity} null too. */
    record Match(
            String id,
            String type,
            LocalDate day,
            String happeningId,
            long ingestedMicros,
            Double intensity,
            List<String> distinctPairs) {}

    /** The happening id of a matched event that has none, distinct from every real id. */
    static final String NO_HAPPENING = "\u0000";

    /** Every happening key. */
    static final LongPredicate ALL = key -> true;
    /** No happening key. */
    static final LongPredicate NONE = key -> false;

    /**
     * The matches of {@code query} whose {@link EventFields#HAPPENING_KEY} is one to {@code keep}; happening ids only
     * for keys to {@code readHappening}, pair keys only {@code withPairs} (else null and empty), as they cost a
     * read per match.
     */
    static List<Match> of(
            IndexSearcher searcher, Query query, LongPredicate keep, LongPredicate readHappening, boolean withPairs)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Match> matches = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer != null) {
                collect(leaf.reader(), scorer.iterator(), new Wanted(keep, readHappening, withPairs), matches);
            }
        }
        return matches;
    }

    /** Which matches to read, and how much of them. */
    private record Wanted(LongPredicate keep, LongPredicate readHappening, boolean pairs) {}

    private static void collect(LeafReader reader, DocIdSetIterator docs, Wanted wanted, List<Match> into)
            throws IOException {
        Bits live = reader.getLiveDocs();
        BinaryDocValues ids = DocValues.getBinary(reader, EventFields.ID_VALUE);
        SortedDocValues types = DocValues.getSorted(reader, EventFields.TYPE);
        // Few types, many events: each type's text is made once per segment.
        String[] typeNames = new String[types.getValueCount()];
        BinaryDocValues happenings = DocValues.getBinary(reader, EventFields.HAPPENING);
        NumericDocValues days = DocValues.getNumeric(reader, EventFields.DAY);
        NumericDocValues ingested = DocValues.getNumeric(reader, EventFields.INGESTED);
        NumericDocValues intensities = DocValues.getNumeric(reader, EventFields.INTENSITY);
        SortedSetDocValues pairs = DocValues.getSortedSet(reader, EventFields.DISTINCT_PAIRS);
        NumericDocValues keys = DocValues.getNumeric(reader, EventFields.HAPPENING_KEY);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            long key = keys.advanceExact(doc) ? keys.longValue() : 0;
            if ((live != null && !live.get(doc)) || !wanted.keep().test(key)) {
                continue;
            }
            String happening = null;
            if (wanted.readHappening().test(key)) {
                happening =
                        happenings.advanceExact(doc) ? happenings.binaryValue().utf8ToString() : NO_HAPPENING;
            }
            into.add(new Match(
                    text(ids, doc),
                    type(types, typeNames, doc),
                    days.advanceExact(doc) ? LocalDate.ofEpochDay(days.longValue()) : null,
                    happening,
                    ingested.advanceExact(doc) ? ingested.longValue() : 0,
                    intensities.advanceExact(doc) ? Double.longBitsToDouble(intensities.longValue()) : null,
                    wanted.pairs() ? pairKeys(pairs, doc) : List.of()));
        }
    }

    private static String text(BinaryDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    private static String type(SortedDocValues values, String[] names, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return null;
        }
        int ord = values.ordValue();
        if (names[ord] == null) {
            names[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return names[ord];
    }

    private static List<String> pairKeys(SortedSetDocValues values, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(values.docValueCount());
        for (int i = 0; i < values.docValueCount(); i++) {
            keys.add(values.lookupOrd(values.nextOrd()).utf8ToString());
        }
        return keys;
    }
}
