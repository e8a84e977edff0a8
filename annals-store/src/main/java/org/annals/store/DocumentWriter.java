package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Mention;
import org.annals.core.Quantity;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.TimeMention;
import org.annals.store.dedup.Signature;

/**
 * Writes one document and all its layers in a single DuckDB transaction, so that a failure anywhere leaves the store
 * as it was. Each table's rows go in one multi-row statement; actors already stored unchanged are not rewritten.
 * Not thread-safe: the store serialises calls.
 */
final class DocumentWriter implements AutoCloseable {
    /** Only for actors whose stored details change, which is rare once an actor is known. */
    private static final String ACTOR_UPDATE = "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO"
            + " UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,"
            + " role = excluded.role, sector = excluded.sector, aliases = excluded.aliases";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;
    private final PreparedStatement exists;
    private final PreparedStatement knownActors;
    private final PreparedStatement actorUpdate;
    private final StatementCache statements;
    private final StoryLinker stories;
    private final StoredHappenings storedHappenings;
    private final CachedHappenings happenings;
    /** The linked events of the document being written, for the cache once its transaction commits. */
    private List<LinkableEvent> pendingHappenings = List.of();
    /** The events of the last written document, as the event index holds them. */
    private List<IndexedEvent> writtenEvents = List.of();

    private Consumer<String> afterTable = table -> {};

    DocumentWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.exists = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ?");
        this.knownActors = connection.prepareStatement(
                "SELECT id, name, kind, country, role, sector, aliases FROM actors WHERE list_contains(?, id)");
        this.actorUpdate = connection.prepareStatement(ACTOR_UPDATE);
        this.statements = new StatementCache(connection);
        this.stories = new StoryLinker(connection);
        this.storedHappenings = new StoredHappenings(connection);
        this.happenings = new CachedHappenings(storedHappenings);
    }

    /** For tests: runs after each table's rows are sent, inside the transaction, so a failure can be injected. */
    void afterTable(Consumer<String> hook) {
        this.afterTable = hook == null ? table -> {} : hook;
    }

    boolean contains(String docId) throws SQLException {
        exists.setString(1, docId);
        try (ResultSet result = exists.executeQuery()) {
            return result.next();
        }
    }

    /**
     * Inserts the document unless its id is already stored, linking it to the story of its nearest earlier copy;
     * returns that link, or empty when the document was already stored.
     */
    Optional<StoryLink> write(Document doc, Instant ingestedAt, Signature signature) throws SQLException {
        pendingHappenings = List.of();
        writtenEvents = List.of();
        try {
            if (contains(doc.id())) {
                connection.rollback();
                return Optional.empty();
            }
            StoryLink story = stories.link(doc.id(), signature);
            insertAll(doc, ingestedAt, story.storyId());
            stories.addRows(doc.id(), signature, statements);
            afterTable.accept("doc_bands");
            connection.commit();
            happenings.committed(pendingHappenings);
            return Optional.of(story);
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
    }

    /**
     * Replaces the analysis layers of a stored document (blocks, mentions, actors, times, quantities, quotes, events)
     * with {@code doc}'s, in one transaction; its row, ingest time and story stay. Returns false, changing nothing,
     * when the document is not stored.
     */
    boolean rewrite(Document doc) throws SQLException {
        pendingHappenings = List.of();
        writtenEvents = List.of();
        try {
            Optional<Instant> ingestedAt = ingestedAt(doc.id());
            if (ingestedAt.isEmpty()) {
                connection.rollback();
                return false;
            }
            AnalysisLayers.delete(connection, doc.id());
            AnalysisLayers.updateDocumentRow(connection, doc, textArray(problems(doc)));
            insertLayers(doc, ingestedAt.get());
            connection.commit();
            // Cached happening candidates may name the replaced events; they are read again when next needed.
            happenings.clear();
            return true;
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
    }

    private Optional<Instant> ingestedAt(String docId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT ingested_at FROM documents WHERE id = ?")) {
            statement.setString(1, docId);
            try (ResultSet r = statement.executeQuery()) {
                return r.next()
                        ? Optional.of(r.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC))
                        : Optional.empty();
            }
        }
    }

    /** Stores the signature of an already stored document in a transaction of its own. */
    void addSignature(String docId, Signature signature) throws SQLException {
        try {
            stories.addRows(docId, signature, statements);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackAfter(e);
            throw e;
        }
    }

    private void rollbackAfter(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private void insertAll(Document doc, Instant ingestedAt, String storyId) throws SQLException {
        send("documents", documentRow(doc, ingestedAt, storyId));
        insertLayers(doc, ingestedAt);
    }

    private void insertLayers(Document doc, Instant ingestedAt) throws SQLException {
        send("blocks", blocks(doc));
        send("mentions", mentions(doc));
        writeActors(doc);
        send("document_actors", documentActors(doc));
        send("affiliations", affiliations(doc));
        send("times", times(doc));
        send("quantities", quantities(doc));
        send("quotes", quotes(doc));
        writeEvents(doc, ingestedAt);
    }

    private void send(String table, MultiRowInsert rows) throws SQLException {
        rows.execute(statements);
        afterTable.accept(table);
    }

    private static List<String> problems(Document doc) {
        return doc.problems().stream()
                .map(problem -> problem.stage() + ": " + problem.message())
                .toList();
    }

    private MultiRowInsert documentRow(Document doc, Instant ingestedAt, String storyId) throws SQLException {
        List<String> problems = problems(doc);
        return new MultiRowInsert("documents", 15)
                .add(
                        doc.id(),
                        doc.provenance().source(),
                        doc.metadata().url(),
                        doc.metadata().publisher(),
                        doc.metadata().title(),
                        doc.metadata().published(),
                        doc.metadata().language(),
                        doc.text(),
                        doc.provenance().format(),
                        LocalDateTime.ofInstant(ingestedAt, ZoneOffset.UTC),
                        textArray(problems),
                        storyId,
                        textArray(doc.metadata().authors()),
                        doc.metadata().modified(),
                        doc.metadata().section());
    }

    private static MultiRowInsert blocks(Document doc) {
        MultiRowInsert rows = new MultiRowInsert("blocks", 6);
        int ord = 0;
        for (Block block : doc.blocks()) {
            rows.add(
                    doc.id(),
                    ord++,
                    block.kind().name(),
                    block.span().start(),
                    block.span().end(),
                    block.reason());
        }
        return rows;
    }

    private static MultiRowInsert mentions(Document doc) {
        MultiRowInsert rows = new MultiRowInsert("mentions", 7);
        for (Mention m : doc.mentions()) {
            rows.add(
                    doc.id(),
                    m.span().start(),
                    m.span().end(),
                    m.text(),
                    m.type().name(),
                    m.actorId(),
                    m.role());
        }
        return rows;
    }

    /**
     * New actors are inserted; stored ones are merged (non-empty details win, aliases accumulate) and rewritten only
     * when the merge changed them. Ids that mentions, quotes or events use without an actor record get a row too.
     */
    private void writeActors(Document doc) throws SQLException {
        Map<String, ActorDetails> incoming = incomingActors(doc);
        Map<String, ActorDetails> stored = storedActors(incoming.keySet());
        MultiRowInsert inserts = new MultiRowInsert("actors", 7);
        List<ActorDetails> changed = new ArrayList<>();
        for (ActorDetails actor : incoming.values()) {
            ActorDetails before = stored.get(actor.id());
            if (before == null) {
                inserts.add(
                        actor.id(),
                        actor.name(),
                        actor.kind(),
                        actor.country(),
                        actor.role(),
                        actor.sector(),
                        textArray(actor.aliases()));
            } else if (!before.mergedWith(actor).equals(before)) {
                changed.add(before.mergedWith(actor));
            }
        }
        inserts.execute(statements);
        for (ActorDetails actor : changed) {
            bindActor(actorUpdate, actor);
            actorUpdate.executeUpdate();
        }
        afterTable.accept("actors");
    }

    private Map<String, ActorDetails> incomingActors(Document doc) {
        Map<String, ActorDetails> byId = new LinkedHashMap<>();
        doc.actors().forEach(actor -> byId.putIfAbsent(actor.id(), ActorDetails.of(actor)));
        Map<String, String> placeholders = new LinkedHashMap<>();
        doc.mentions().stream()
                .filter(Mention::isResolved)
                // A metonymic mention ("Beijing" for the government) would misname the actor, so it gives the id.
                .forEach(m -> placeholders.putIfAbsent(m.actorId(), m.role().isEmpty() ? m.text() : m.actorId()));
        doc.quotes().forEach(q -> placeholders.putIfAbsent(q.speakerId(), q.speakerId()));
        for (Event event : doc.events()) {
            event.sourceIds().forEach(id -> placeholders.putIfAbsent(id, id));
            event.targetIds().forEach(id -> placeholders.putIfAbsent(id, id));
        }
        placeholders.forEach((id, name) -> {
            if (!id.isEmpty()) {
                byId.putIfAbsent(id, ActorDetails.placeholder(id, name));
            }
        });
        return byId;
    }

    private Map<String, ActorDetails> storedActors(Set<String> ids) throws SQLException {
        Map<String, ActorDetails> stored = new HashMap<>();
        if (ids.isEmpty()) {
            return stored;
        }
        knownActors.setArray(1, textArray(List.copyOf(ids)));
        try (ResultSet r = knownActors.executeQuery()) {
            while (r.next()) {
                ActorDetails actor = new ActorDetails(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        SqlArrays.strings(r.getArray(7)),
                        false);
                stored.put(actor.id(), actor);
            }
        }
        return stored;
    }

    private void bindActor(PreparedStatement p, ActorDetails actor) throws SQLException {
        p.setString(1, actor.id());
        p.setString(2, actor.name());
        p.setString(3, actor.kind());
        p.setString(4, actor.country());
        p.setString(5, actor.role());
        p.setString(6, actor.sector());
        p.setArray(7, textArray(actor.aliases()));
    }

    private static MultiRowInsert documentActors(Document doc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        doc.mentions().stream().filter(Mention::isResolved).forEach(m -> counts.merge(m.actorId(), 1, Integer::sum));
        doc.actors().forEach(actor -> counts.putIfAbsent(actor.id(), 0));
        MultiRowInsert rows = new MultiRowInsert("document_actors", 3);
        counts.forEach((actorId, count) -> rows.add(doc.id(), actorId, count));
        return rows;
    }

    private static MultiRowInsert affiliations(Document doc) {
        MultiRowInsert rows = new MultiRowInsert("affiliations", 12);
        for (LearnedAffiliation a : Affiliations.of(doc)) {
            rows.add(
                    a.actorId(),
                    a.role(),
                    a.country(),
                    a.sector(),
                    a.organisationId(),
                    doc.id(),
                    doc.metadata().published(),
                    a.evidence().start(),
                    a.evidence().end(),
                    a.sentence().start(),
                    a.sentence().end(),
                    a.sentenceText());
        }
        return rows;
    }

    private static MultiRowInsert times(Document doc) {
        MultiRowInsert rows = new MultiRowInsert("times", 7);
        for (TimeMention t : doc.times()) {
            rows.add(
                    doc.id(),
                    t.span().start(),
                    t.span().end(),
                    t.text(),
                    t.value(),
                    t.granularity().name(),
                    t.relation().name());
        }
        return rows;
    }

    private static MultiRowInsert quantities(Document doc) {
        MultiRowInsert rows = new MultiRowInsert("quantities", 8);
        for (Quantity q : doc.quantities()) {
            rows.add(
                    doc.id(),
                    q.span().start(),
                    q.span().end(),
                    q.text(),
                    finite(q.value()),
                    q.unit(),
                    q.approximate(),
                    q.measure());
        }
        return rows;
    }

    private static MultiRowInsert quotes(Document doc) {
        MultiRowInsert rows = new MultiRowInsert("quotes", 11);
        int ord = 0;
        for (Quote q : doc.quotes()) {
            Span speaker = q.speakerSpan();
            rows.add(
                    doc.id(),
                    ord++,
                    q.span().start(),
                    q.span().end(),
                    q.text(),
                    q.kind().name(),
                    q.speakerId(),
                    speaker == null ? null : speaker.start(),
                    speaker == null ? null : speaker.end(),
                    q.cue(),
                    q.date());
        }
        return rows;
    }

    private void writeEvents(Document doc, Instant ingestedAt) throws SQLException {
        MultiRowInsert events = new MultiRowInsert("events", 33);
        MultiRowInsert roles = new MultiRowInsert("event_actors", 4);
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>();
        List<LinkableEvent> linkable = new ArrayList<>();
        for (Event event : doc.events()) {
            String id = uniqueEventId(doc.id(), event.id(), used);
            ids.add(id);
            linkable.add(linkable(id, event));
        }
        List<LinkableEvent> linked = HappeningLinker.link(linkable, happenings);
        pendingHappenings = linked;
        List<IndexedEvent> indexed = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Event event = doc.events().get(i);
            events.add(eventRow(doc, event, ids.get(i), linked.get(i).happeningId()));
            indexed.add(indexedEvent(doc, event, ids.get(i), linked.get(i).happeningId(), ingestedAt));
            addRoles(roles, ids.get(i), "source", event.sourceIds());
            addRoles(roles, ids.get(i), "target", event.targetIds());
        }
        writtenEvents = List.copyOf(indexed);
        send("events", events);
        send("event_actors", roles);
    }

    private static LinkableEvent linkable(String id, Event event) {
        Optional<DatePeriod> period = DatePeriod.of(event.date());
        return LinkableEvent.of(
                id,
                event.type(),
                period.map(DatePeriod::start).orElse(null),
                period.map(DatePeriod::end).orElse(null),
                event.sourceIds(),
                event.targetIds(),
                event.place(),
                event.placeId(),
                event.modality().name());
    }

    private Object[] eventRow(Document doc, Event event, String id, String happeningId) throws SQLException {
        Optional<DatePeriod> period = DatePeriod.of(event.date());
        Location location = event.location();
        return new Object[] {
            id,
            doc.id(),
            event.id(),
            event.type(),
            event.mode(),
            event.modality().name(),
            event.date(),
            event.dateGranularity().name(),
            period.map(DatePeriod::start).orElse(null),
            period.map(DatePeriod::end).orElse(null),
            event.place(),
            event.placeId(),
            finite(event.intensity()),
            finite(event.confidence()),
            event.evidence().start(),
            event.evidence().end(),
            StoredText.cover(doc.text(), event.evidence()),
            StoredText.cover(doc.text(), event.trigger()),
            event.trigger().start(),
            event.trigger().end(),
            event.rule(),
            quantitiesJson(event.quantities()),
            happeningId,
            textArray(event.contexts()),
            location.name(),
            location.country(),
            location.isResolved() ? finite(location.latitude()) : null,
            location.isResolved() ? finite(location.longitude()) : null,
            location.kind(),
            quoteOrd(doc, event),
            textArray(event.mentions().stream()
                    .map(span -> StoredText.cover(doc.text(), span))
                    .toList()),
            offsetArray(event.mentions().stream().map(Span::start).toList()),
            offsetArray(event.mentions().stream().map(Span::end).toList())
        };
    }

    /** The quote's position in the document's quotes, which is its {@code ord} in the quotes table; null for none. */
    private static Integer quoteOrd(Document doc, Event event) {
        if (event.quote() == null) {
            return null;
        }
        for (int i = 0; i < doc.quotes().size(); i++) {
            if (event.restsOn(doc.quotes().get(i))) {
                return i;
            }
        }
        return null;
    }

    /** The event as {@link StoredEvents} reads it back from the rows {@link #eventRow} writes. */
    private static IndexedEvent indexedEvent(
            Document doc, Event event, String id, String happeningId, Instant ingestedAt) {
        Optional<DatePeriod> period = DatePeriod.of(event.date());
        LocalDate published = doc.metadata().published();
        return new IndexedEvent(
                id,
                doc.id(),
                event.date(),
                event.dateGranularity().name(),
                event.type(),
                event.mode(),
                event.modality().name(),
                event.place(),
                StoredText.cover(doc.text(), event.evidence()),
                event.evidence().start(),
                happeningId,
                finite(event.intensity()),
                period.map(DatePeriod::start).orElse(published),
                period.map(DatePeriod::end).orElse(published),
                ChronoUnit.MICROS.between(Instant.EPOCH, ingestedAt),
                event.sourceIds(),
                event.targetIds(),
                doc.metadata().title(),
                doc.metadata().url(),
                published,
                event.mentions().stream()
                        .map(span -> new EventMention(span.start(), span.end(), StoredText.cover(doc.text(), span)))
                        .toList());
    }

    /** The events of the document the last successful {@link #write} stored; empty after a duplicate. */
    List<IndexedEvent> writtenEvents() {
        return writtenEvents;
    }

    private static void addRoles(MultiRowInsert rows, String eventId, String role, List<String> actorIds) {
        int ord = 0;
        for (String actorId : actorIds) {
            rows.add(eventId, actorId, role, ord++);
        }
    }

    /**
     * Coders number events per document, so the stored id is prefixed with the document id to be unique across the
     * store; a repeated local id gets a suffix rather than failing the whole document.
     */
    static String uniqueEventId(String docId, String localId, Set<String> used) {
        String base = docId.substring(0, Math.min(16, docId.length())) + ":" + localId;
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "#" + n;
        }
        return id;
    }

    private static String quantitiesJson(List<Quantity> quantities) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Quantity quantity : quantities) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", quantity.text());
            row.put("value", finite(quantity.value()));
            row.put("unit", quantity.unit());
            row.put("approximate", quantity.approximate());
            row.put("measure", quantity.measure());
            row.put("start_offset", quantity.span().start());
            row.put("end_offset", quantity.span().end());
            rows.add(row);
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain maps always serialise", e);
        }
    }

    /** NaN and infinities have no faithful SQL reading, so they are stored as NULL. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private Array offsetArray(List<Integer> values) throws SQLException {
        return connection.createArrayOf("INTEGER", values.toArray());
    }

    private Array textArray(List<String> values) throws SQLException {
        return connection.createArrayOf("VARCHAR", values.toArray());
    }

    @Override
    public void close() throws SQLException {
        exists.close();
        knownActors.close();
        actorUpdate.close();
        statements.close();
        stories.close();
        storedHappenings.close();
    }
}
