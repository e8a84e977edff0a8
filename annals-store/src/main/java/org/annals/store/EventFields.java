package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The fields of one event in the {@link EventIndex}: terms for the filters (actor ids, unordered pair keys, type,
 * modality), points for the day range, doc values for the order and the counts, and stored columns for a page of
 * rows. Days are epoch days.
 */
final class EventFields {
    static final String ID = "id";
    /** The id again, as per-event doc values, cheaper to read for every match than the sorted ones. */
    static final String ID_VALUE = "id_value";

    static final String DOC_ID = "doc_id";
    /** Every source and target id. */
    static final String ACTOR = "actor";
    /** Every source id, for counting an actor's events by role. */
    static final String SOURCE = "source";
    /** Every target id. */
    static final String TARGET = "target";
    /** One {@link #pairKey} per source and target, the same in either direction. */
    static final String PAIR = "pair";
    /** The pair keys of different actors, as doc values, for the network. */
    static final String DISTINCT_PAIRS = "distinct_pairs";

    static final String TYPE_UPPER = "type_upper";
    static final String TYPE = "type";
    static final String MODALITY = "modality";
    static final String DAY = "day";
    static final String DAY_END = "day_end";
    static final String EVIDENCE_START = "evidence_start";
    static final String HAPPENING = "happening";
    /**
     * A 64-bit hash of the happening id (0 without one): equal ids give equal keys, so an event whose key no other
     * match shares is its happening's only match, found without reading ids.
     */
    static final String HAPPENING_KEY = "happening_key";

    static final String INTENSITY = "intensity";
    static final String INGESTED = "ingested";

    static final String DATE = "date";
    static final String GRANULARITY = "granularity";
    static final String MODE = "mode";
    static final String PLACE = "place";
    static final String EVIDENCE = "evidence";
    static final String SOURCES = "sources";
    static final String TARGETS = "targets";
    static final String TITLE = "title";
    static final String URL = "url";
    static final String PUBLISHED = "published";
    /** The further tellings of the event, one value each in text order in these three parallel stored fields. */
    static final String MENTION_STARTS = "mention_starts";

    static final String MENTION_ENDS = "mention_ends";
    static final String MENTION_TEXTS = "mention_texts";

    private static final char PAIR_SEPARATOR = '\u001f';

    private EventFields() {}

    /** The key of two actors, whichever is the source. */
    static String pairKey(String a, String b) {
        // Byte order of UTF-8, as DuckDB's least() and greatest() compare.
        return new BytesRef(a).compareTo(new BytesRef(b)) <= 0 ? a + PAIR_SEPARATOR + b : b + PAIR_SEPARATOR + a;
    }

    /** The two actor ids of a pair key, the smaller first. */
    static String[] pairIds(String key) {
        int at = key.indexOf(PAIR_SEPARATOR);
        return new String[] {key.substring(0, at), key.substring(at + 1)};
    }

    static long happeningKey(String happeningId) {
        BytesRef bytes = new BytesRef(happeningId);
        long high = StringHelper.murmurhash3_x86_32(bytes, 0x9747b28c);
        long low = StringHelper.murmurhash3_x86_32(bytes, 0x5bd1e995) & 0xffffffffL;
        long key = (high << 32) | low;
        return key == 0 ? 1 : key;
    }

    static Document document(IndexedEvent event) {
        Document doc = new Document();
        doc.add(new StringField(ID, event.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(event.id())));
        doc.add(new BinaryDocValuesField(ID_VALUE, new BytesRef(event.id())));
        doc.add(new StoredField(DOC_ID, event.docId()));
        doc.add(new SortedDocValuesField(DOC_ID, new BytesRef(event.docId())));
        addActors(doc, event);
        if (event.type() != null) {
            doc.add(new StringField(TYPE_UPPER, event.type().toUpperCase(Locale.ROOT), Field.Store.NO));
            doc.add(new StoredField(TYPE, event.type()));
            doc.add(new SortedDocValuesField(TYPE, new BytesRef(event.type())));
        }
        if (event.modality() != null) {
            doc.add(new StringField(MODALITY, event.modality(), Field.Store.YES));
        }
        addDay(doc, DAY, event.day());
        addDay(doc, DAY_END, event.dayEnd());
        doc.add(new NumericDocValuesField(EVIDENCE_START, event.evidenceStart()));
        if (event.happeningId() != null) {
            doc.add(new StringField(HAPPENING, event.happeningId(), Field.Store.NO));
            doc.add(new BinaryDocValuesField(HAPPENING, new BytesRef(event.happeningId())));
            doc.add(new NumericDocValuesField(HAPPENING_KEY, happeningKey(event.happeningId())));
        }
        if (event.intensity() != null) {
            doc.add(new NumericDocValuesField(INTENSITY, Double.doubleToRawLongBits(event.intensity())));
        }
        doc.add(new NumericDocValuesField(INGESTED, event.ingestedMicros()));
        store(doc, DATE, event.date());
        store(doc, GRANULARITY, event.granularity());
        store(doc, MODE, event.mode());
        store(doc, PLACE, event.place());
        store(doc, EVIDENCE, event.evidence());
        store(doc, TITLE, event.title());
        store(doc, URL, event.url());
        if (event.published() != null) {
            doc.add(new StoredField(PUBLISHED, event.published().toEpochDay()));
        }
        for (EventMention mention : event.mentions()) {
            doc.add(new StoredField(MENTION_STARTS, mention.start()));
            doc.add(new StoredField(MENTION_ENDS, mention.end()));
            doc.add(new StoredField(MENTION_TEXTS, mention.text()));
        }
        return doc;
    }

    /** The further tellings {@link #document} stored, in the order it stored them. */
    static List<EventMention> mentions(Document doc) {
        IndexableField[] starts = doc.getFields(MENTION_STARTS);
        IndexableField[] ends = doc.getFields(MENTION_ENDS);
        String[] texts = doc.getValues(MENTION_TEXTS);
        List<EventMention> mentions = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            mentions.add(new EventMention(
                    starts[i].numericValue().intValue(), ends[i].numericValue().intValue(), texts[i]));
        }
        return mentions;
    }

    private static void addActors(Document doc, IndexedEvent event) {
        Set<String> actors = new LinkedHashSet<>(event.sourceIds());
        actors.addAll(event.targetIds());
        actors.forEach(id -> doc.add(new StringField(ACTOR, id, Field.Store.NO)));
        new LinkedHashSet<>(event.sourceIds()).forEach(id -> doc.add(new StringField(SOURCE, id, Field.Store.NO)));
        new LinkedHashSet<>(event.targetIds()).forEach(id -> doc.add(new StringField(TARGET, id, Field.Store.NO)));
        event.sourceIds().forEach(id -> doc.add(new StoredField(SOURCES, id)));
        event.targetIds().forEach(id -> doc.add(new StoredField(TARGETS, id)));
        Set<String> pairs = new LinkedHashSet<>();
        Set<String> distinctPairs = new LinkedHashSet<>();
        for (String source : event.sourceIds()) {
            for (String target : event.targetIds()) {
                String key = pairKey(source, target);
                pairs.add(key);
                if (!source.equals(target)) {
                    distinctPairs.add(key);
                }
            }
        }
        pairs.forEach(key -> doc.add(new StringField(PAIR, key, Field.Store.NO)));
        distinctPairs.forEach(key -> doc.add(new SortedSetDocValuesField(DISTINCT_PAIRS, new BytesRef(key))));
    }

    /** Points for selective ranges, doc values for the order and for ranges that match most events. */
    private static void addDay(Document doc, String field, LocalDate day) {
        if (day == null) {
            return;
        }
        doc.add(new LongPoint(field, day.toEpochDay()));
        doc.add(new NumericDocValuesField(field, day.toEpochDay()));
    }

    private static void store(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    /** Reads {@code ids} as stored: empty strings for NULL list elements, as the SQL path reads them. */
    static List<String> stored(Document doc, String field) {
        return List.of(doc.getValues(field));
    }
}
