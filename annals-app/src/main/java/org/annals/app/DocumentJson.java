package org.annals.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.core.Actor;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Mention;
import org.annals.core.Quantity;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.TimeMention;

/** The analysis of one document as JSON, in the versioned schema documented in docs/schema.md. */
final class DocumentJson {
    static final String SCHEMA = "annals.analysis/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Document doc;
    private final Map<String, Actor> actors = new HashMap<>();

    private DocumentJson(Document doc) {
        this.doc = doc;
        doc.actors().forEach(a -> actors.put(a.id(), a));
    }

    static ObjectNode of(Document doc) {
        return new DocumentJson(doc).build();
    }

    static String line(Document doc) {
        return of(doc).toString();
    }

    static ObjectNode error(String source, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("schema", SCHEMA);
        node.put("source", source);
        node.put("error", message);
        return node;
    }

    private ObjectNode build() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", doc.id());
        root.put("source", doc.provenance().source());
        root.put("format", doc.provenance().format());
        root.set("metadata", metadata());
        root.put("text", doc.text());
        root.set("blocks", array(doc.blocks(), this::block));
        root.set("actors", array(doc.actors(), this::actor));
        root.set("mentions", array(doc.mentions(), this::mention));
        root.set("times", array(doc.times(), this::time));
        root.set("quantities", array(doc.quantities(), this::quantity));
        root.set("quotes", array(doc.quotes(), this::quote));
        root.set("events", array(doc.events(), this::event));
        ArrayNode problems = MAPPER.createArrayNode();
        doc.problems().forEach(p -> problems.addObject().put("stage", p.stage()).put("message", p.message()));
        root.set("problems", problems);
        return root;
    }

    private ObjectNode metadata() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("url", doc.metadata().url());
        node.put("publisher", doc.metadata().publisher());
        node.put("title", doc.metadata().title());
        node.put(
                "published",
                doc.metadata().publishedDate().map(Object::toString).orElse(""));
        node.put("language", doc.metadata().language());
        MetadataJson.addRichFields(doc.metadata(), node);
        node.put("sources", doc.provenance().metadataSources());
        return node;
    }

    private interface Writer<T> {
        void write(T value, ObjectNode into);
    }

    private static <T> ArrayNode array(List<T> values, Writer<T> writer) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(v -> writer.write(v, array.addObject()));
        return array;
    }

    private void span(Span span, ObjectNode into) {
        into.put("start", span.start());
        into.put("end", span.end());
    }

    private void block(Block block, ObjectNode into) {
        into.put("kind", block.kind().name());
        span(block.span(), into);
        into.put("reason", block.reason());
    }

    private void actor(Actor actor, ObjectNode into) {
        into.put("id", actor.id());
        into.put("name", actor.name());
        into.put("kind", actor.kind().name());
        into.put("country", actor.country());
        into.put("role", actor.role());
        into.put("sector", actor.sector());
        into.put("code", actor.code());
        ArrayNode aliases = into.putArray("aliases");
        actor.aliases().forEach(aliases::add);
        ArrayNode evidence = into.putArray("evidence");
        actor.evidence().forEach(s -> evidenceOf(s, evidence.addObject()));
    }

    private void evidenceOf(Span span, ObjectNode into) {
        span(span, into);
        into.put("text", doc.textOf(span));
    }

    private void mention(Mention mention, ObjectNode into) {
        span(mention.span(), into);
        into.put("text", mention.text());
        into.put("type", mention.type().name());
        into.put("actor", mention.actorId());
        into.put("role", mention.role());
    }

    private void time(TimeMention time, ObjectNode into) {
        span(time.span(), into);
        into.put("text", time.text());
        into.put("value", time.value());
        into.put("granularity", time.granularity().name());
        into.put("relation", time.relation().name());
    }

    private void quantity(Quantity quantity, ObjectNode into) {
        span(quantity.span(), into);
        into.put("text", quantity.text());
        into.put("value", quantity.value());
        into.put("unit", quantity.unit());
        into.put("approximate", quantity.approximate());
        into.put("measure", quantity.measure());
    }

    private void quote(Quote quote, ObjectNode into) {
        span(quote.span(), into);
        into.put("text", quote.text());
        into.put("kind", quote.kind().name());
        into.put("speaker", quote.speakerId());
        into.put("speaker_name", nameOf(quote.speakerId()));
        if (quote.speakerSpan() != null) {
            into.put("speaker_text", doc.textOf(quote.speakerSpan()));
        }
        into.put("cue", quote.cue());
        into.put("date", quote.date());
        ArrayNode events = into.putArray("events");
        doc.eventsOn(quote).forEach(event -> events.add(event.id()));
    }

    private void event(Event event, ObjectNode into) {
        into.put("id", event.id());
        into.put("type", event.type());
        into.put("mode", event.mode());
        into.put("modality", event.modality().name());
        participants(event.sourceIds(), into.putArray("sources"));
        participants(event.targetIds(), into.putArray("targets"));
        into.put("date", event.date());
        into.put("granularity", event.dateGranularity().name());
        into.put("place", event.place());
        into.put("place_id", event.placeId());
        location(event.location(), into);
        ArrayNode contexts = into.putArray("contexts");
        event.contexts().forEach(contexts::add);
        into.put("intensity", event.intensity());
        into.put("confidence", event.confidence());
        into.put("trigger", doc.textOf(event.trigger()));
        evidenceOf(event.evidence(), into.putObject("evidence"));
        ArrayNode mentions = into.putArray("mentions");
        event.mentions().forEach(s -> evidenceOf(s, mentions.addObject()));
        into.put("rule", event.rule());
        ArrayNode quantities = into.putArray("quantities");
        event.quantities().forEach(q -> quantity(q, quantities.addObject()));
        if (event.quote() == null) {
            into.putNull("quote");
        } else {
            ObjectNode quote = into.putObject("quote");
            span(event.quote(), quote);
            quote.put("text", doc.textOf(event.quote()));
        }
    }

    /** The gazetteer entry of the event's place, or null when the place is unknown or not in the gazetteer. */
    private static void location(Location location, ObjectNode into) {
        if (!location.isResolved()) {
            into.putNull("location");
            return;
        }
        into.putObject("location")
                .put("id", location.id())
                .put("name", location.name())
                .put("country", location.country())
                .put("lat", location.latitude())
                .put("lon", location.longitude())
                .put("kind", location.kind());
    }

    private void participants(List<String> ids, ArrayNode into) {
        ids.forEach(id -> into.addObject().put("id", id).put("name", nameOf(id)));
    }

    private String nameOf(String actorId) {
        Actor actor = actors.get(actorId);
        return actor == null ? "" : actor.name();
    }
}
