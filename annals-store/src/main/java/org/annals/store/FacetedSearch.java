package org.annals.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A document search with its facets in one pass over the full-text index's doc values, with the same results as the
 * SQL of {@link Browse#documents}: with a query, the best {@link DocumentSearch#MAX_MATCHES} matches by relevance
 * are filtered, counted, paged, and the best {@link DocumentSearch#FACET_HITS} of them counted in the facets;
 * without one, every document that passes the filters is counted (the page then comes from SQL, newest first).
 */
final class FacetedSearch {
    /** The filters of a search, with an actor filter resolved to ids (null: no actor filter). */
    record Filter(DocumentSearch search, Set<String> actorIds) {}

    /** A document of the page: its id, number of events and article spans (see {@link StoredText#articleSpans}). */
    record Hit(String id, long events, String articleSpans) {}

    /** What the index answers: the total, the page's documents by rank (query only), and counts per facet value. */
    record Result(
            long total,
            List<Hit> page,
            Map<String, Long> publishers,
            Map<String, Long> months,
            Map<String, Long> actors,
            Map<String, Long> eventTypes) {}

    private final IndexSearcher searcher;
    private final Filter filter;
    private final Counts counts = new Counts();

    private FacetedSearch(IndexSearcher searcher, Filter filter) {
        this.searcher = searcher;
        this.filter = filter;
    }

    static Result run(IndexSearcher searcher, Query query, Filter filter) throws IOException {
        FacetedSearch search = new FacetedSearch(searcher, filter);
        return query == null ? search.everyDocument() : search.ranked(query);
    }

    private Result everyDocument() throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafFacts facts = new LeafFacts(leaf.reader(), filter);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && facts.read(doc)) {
                    total++;
                    facts.count();
                }
            }
            facts.addTo(counts);
        }
        return counts.result(total, List.of());
    }

    private Result ranked(Query query) throws IOException {
        ScoreDoc[] hits = searcher.search(query, DocumentSearch.MAX_MATCHES).scoreDocs;
        boolean[] passes = new boolean[hits.length];
        long[] events = new long[hits.length];
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        // Doc values are read forwards only, so hits are visited in index order.
        Arrays.sort(byDoc, Comparator.comparingInt(rank -> hits[rank].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafFacts facts = null;
        int leafIndex = -1;
        for (int rank : byDoc) {
            int doc = hits[rank].doc;
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leafIndex) {
                if (facts != null) {
                    facts.addTo(counts);
                }
                leafIndex = at;
                facts = new LeafFacts(leaves.get(at).reader(), filter);
            }
            passes[rank] = facts.read(doc - leaves.get(at).docBase);
            events[rank] = facts.events();
            if (passes[rank] && rank < DocumentSearch.FACET_HITS) {
                facts.count();
            }
        }
        if (facts != null) {
            facts.addTo(counts);
        }
        return counts.result(countTrue(passes), page(hits, passes, events));
    }

    private List<Hit> page(ScoreDoc[] hits, boolean[] passes, long[] events) throws IOException {
        List<Hit> page = new ArrayList<>();
        int skip = filter.search().offset();
        for (int rank = 0; rank < hits.length && page.size() < filter.search().limit(); rank++) {
            if (!passes[rank]) {
                continue;
            }
            if (skip > 0) {
                skip--;
                continue;
            }
            org.apache.lucene.document.Document stored = searcher.storedFields()
                    .document(hits[rank].doc, Set.of(FullTextIndex.ID, FullTextIndex.ARTICLE_SPANS));
            page.add(new Hit(stored.get(FullTextIndex.ID), events[rank], stored.get(FullTextIndex.ARTICLE_SPANS)));
        }
        return page;
    }

    private static long countTrue(boolean[] values) {
        long count = 0;
        for (boolean value : values) {
            count += value ? 1 : 0;
        }
        return count;
    }

    /** Facet counts merged over the index's segments. */
    private static final class Counts {
        final Map<String, Long> publishers = new HashMap<>();
        final Map<String, Long> months = new HashMap<>();
        final Map<String, Long> actors = new HashMap<>();
        final Map<String, Long> eventTypes = new HashMap<>();

        Result result(long total, List<Hit> page) {
            return new Result(total, page, publishers, months, actors, eventTypes);
        }
    }

    /** One segment's doc values: whether a document passes the filters, and counts by ordinal. */
    private static final class LeafFacts {
        private final Filter filter;
        private final SortedDocValues publisher;
        private final SortedDocValues publisherKey;
        private final NumericDocValues day;
        private final SortedDocValues month;
        private final SortedSetDocValues actors;
        private final SortedSetDocValues types;
        /** The ordinal of the wanted publisher; negative when no document has it. Unused without the filter. */
        private final int wantedPublisher;

        private final long[] wantedActors;
        private final long[] wantedTypes;
        private final long[] publisherCounts;
        private final long[] monthCounts;
        private final long[] actorCounts;
        private final long[] typeCounts;
        /** The number of events each ordinal of the event type field stands for. */
        private final long[] eventsOfTypeOrd;

        private int publisherOrd;
        private int monthOrd;
        private final List<Long> actorOrds = new ArrayList<>();
        private final List<Long> typeOrds = new ArrayList<>();

        LeafFacts(LeafReader reader, Filter filter) throws IOException {
            this.filter = filter;
            publisher = DocValues.getSorted(reader, FullTextIndex.PUBLISHER_FACET);
            publisherKey = DocValues.getSorted(reader, FullTextIndex.PUBLISHER_KEY);
            day = DocValues.getNumeric(reader, FullTextIndex.PUBLISHED_DAY);
            month = DocValues.getSorted(reader, FullTextIndex.MONTH);
            actors = DocValues.getSortedSet(reader, FullTextIndex.ACTOR);
            types = DocValues.getSortedSet(reader, FullTextIndex.EVENT_TYPE_COUNT);
            DocumentSearch search = filter.search();
            wantedPublisher = search.publisher().isEmpty()
                    ? -1
                    : publisherKey.lookupTerm(new BytesRef(search.publisher().toLowerCase(Locale.ROOT)));
            wantedActors = filter.actorIds() == null ? null : actorOrds(filter.actorIds());
            wantedTypes = search.eventType().isEmpty() ? null : typeOrds(search.eventType());
            publisherCounts = new long[publisher.getValueCount()];
            monthCounts = new long[month.getValueCount()];
            actorCounts = new long[(int) actors.getValueCount()];
            typeCounts = new long[(int) types.getValueCount()];
            eventsOfTypeOrd = new long[typeCounts.length];
            for (int ord = 0; ord < eventsOfTypeOrd.length; ord++) {
                eventsOfTypeOrd[ord] = eventsOf(types.lookupOrd(ord).utf8ToString());
            }
        }

        private long[] actorOrds(Set<String> ids) throws IOException {
            return ids.stream()
                    .mapToLong(id -> lookup(actors, id))
                    .filter(ord -> ord >= 0)
                    .toArray();
        }

        private static long lookup(SortedSetDocValues values, String term) {
            try {
                return values.lookupTerm(new BytesRef(term));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The ordinals of "TYPE" + separator + any count. */
        private long[] typeOrds(String type) throws IOException {
            String prefix = type + FullTextIndex.TYPE_COUNT_SEPARATOR;
            List<Long> ords = new ArrayList<>();
            for (long ord = 0; ord < types.getValueCount(); ord++) {
                if (types.lookupOrd(ord).utf8ToString().startsWith(prefix)) {
                    ords.add(ord);
                }
            }
            return ords.stream().mapToLong(Long::longValue).toArray();
        }

        /** Reads the document's values; true when it passes the filters. */
        boolean read(int doc) throws IOException {
            DocumentSearch search = filter.search();
            if (!search.publisher().isEmpty()
                    && (wantedPublisher < 0
                            || !publisherKey.advanceExact(doc)
                            || publisherKey.ordValue() != wantedPublisher)) {
                return false;
            }
            if (search.from() != null || search.to() != null) {
                if (!day.advanceExact(doc)) {
                    return false;
                }
                long value = day.longValue();
                if ((search.from() != null && value < search.from().toEpochDay())
                        || (search.to() != null && value > search.to().toEpochDay())) {
                    return false;
                }
            }
            readOrds(actors, doc, actorOrds);
            readOrds(types, doc, typeOrds);
            if (!containsAny(actorOrds, wantedActors) || !containsAny(typeOrds, wantedTypes)) {
                return false;
            }
            publisherOrd = publisher.advanceExact(doc) ? publisher.ordValue() : -1;
            monthOrd = month.advanceExact(doc) ? month.ordValue() : -1;
            return true;
        }

        private static void readOrds(SortedSetDocValues values, int doc, List<Long> into) throws IOException {
            into.clear();
            if (values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    into.add(values.nextOrd());
                }
            }
        }

        private static boolean containsAny(List<Long> ords, long[] wanted) {
            if (wanted == null) {
                return true;
            }
            for (long ord : wanted) {
                if (ords.contains(ord)) {
                    return true;
                }
            }
            return false;
        }

        /** The number of events of the document last read (every event has a type). */
        long events() {
            long events = 0;
            for (long ord : typeOrds) {
                events += eventsOfTypeOrd[(int) ord];
            }
            return events;
        }

        private static long eventsOf(String typeCount) {
            return Long.parseLong(typeCount.substring(typeCount.lastIndexOf(FullTextIndex.TYPE_COUNT_SEPARATOR) + 1));
        }

        /** Counts the document last read, which passed. */
        void count() {
            if (publisherOrd >= 0) {
                publisherCounts[publisherOrd]++;
            }
            if (monthOrd >= 0) {
                monthCounts[monthOrd]++;
            }
            actorOrds.forEach(ord -> actorCounts[ord.intValue()]++);
            typeOrds.forEach(ord -> typeCounts[ord.intValue()]++);
        }

        void addTo(Counts counts) throws IOException {
            for (int ord = 0; ord < publisherCounts.length; ord++) {
                if (publisherCounts[ord] > 0) {
                    counts.publishers.merge(publisher.lookupOrd(ord).utf8ToString(), publisherCounts[ord], Long::sum);
                }
            }
            for (int ord = 0; ord < monthCounts.length; ord++) {
                if (monthCounts[ord] > 0) {
                    counts.months.merge(month.lookupOrd(ord).utf8ToString(), monthCounts[ord], Long::sum);
                }
            }
            for (int ord = 0; ord < actorCounts.length; ord++) {
                if (actorCounts[ord] > 0) {
                    counts.actors.merge(actors.lookupOrd(ord).utf8ToString(), actorCounts[ord], Long::sum);
                }
            }
            for (int ord = 0; ord < typeCounts.length; ord++) {
                if (typeCounts[ord] > 0) {
                    String value = types.lookupOrd(ord).utf8ToString();
                    String type = value.substring(0, value.lastIndexOf(FullTextIndex.TYPE_COUNT_SEPARATOR));
                    counts.eventTypes.merge(type, eventsOfTypeOrd[ord] * typeCounts[ord], Long::sum);
                }
            }
        }
    }
}
