package org.annals.app.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.ContentHash;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Granularity;
import org.annals.core.Location;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Metadata;
import org.annals.core.Modality;
import org.annals.core.Provenance;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Sentence;
import org.annals.core.Span;

/** Builds analysed documents by hand, finding every span in the text so that offsets are right by construction. */
final class StoredDocuments {
    private final String text;
    private final Metadata metadata;
    private final String body;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();

    StoredDocuments(String title, String publisher, LocalDate published, String body) {
        this.text = title + "\n\n" + body;
        this.body = body;
        this.metadata =
                new Metadata("https://example.org/" + ContentHash.sha256(title), publisher, title, published, "en");
    }

    static Actor person(String id, String name, String country) {
        return new Actor(id, name, ActorKind.PERSON, country, "", "", List.of(), List.of());
    }

    /** Every occurrence of the actor's name in the body becomes a mention of it. */
    StoredDocuments mentions(Actor actor) {
        actors.add(actor);
        int from = text.indexOf(body);
        for (int at = text.indexOf(actor.name(), from); at >= 0; at = text.indexOf(actor.name(), at + 1)) {
            mentions.add(new Mention(
                    new Span(at, at + actor.name().length()), actor.name(), MentionType.PERSON, actor.id(), ""));
        }
        return this;
    }

    /** The actor, already mentioned, as these words describe it: the role and country were learned from them. */
    StoredDocuments described(Actor actor, String role, String country, String evidenceWords) {
        Actor described = new Actor(
                actor.id(),
                actor.name(),
                actor.kind(),
                country,
                role,
                actor.sector(),
                actor.aliases(),
                List.of(span(evidenceWords)));
        actors.replaceAll(known -> known.id().equals(actor.id()) ? described : known);
        return this;
    }

    /** Every occurrence of the name in the body becomes a mention of the organisation. */
    StoredDocuments organisation(String id, String name) {
        actors.add(new Actor(id, name, ActorKind.ORGANISATION, "", "", "", List.of(), List.of()));
        int from = text.indexOf(body);
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention(new Span(at, at + name.length()), name, MentionType.ORGANISATION, id, ""));
        }
        return this;
    }

    StoredDocuments sentence(String sentence) {
        sentences.add(new Sentence(sentences.size(), span(sentence), 0, 0));
        return this;
    }

    /** The sentence, in the body, tells the last event's happening again. */
    StoredDocuments toldAgainIn(String sentence) {
        int last = events.size() - 1;
        events.set(last, events.get(last).withMention(span(sentence)));
        return this;
    }

    StoredDocuments event(
            String type, String sentence, String trigger, Actor source, Actor target, String date, double intensity) {
        Span evidence = span(sentence);
        int triggerAt = text.indexOf(trigger, evidence.start());
        events.add(new Event(
                "e" + (events.size() + 1),
                type,
                // A mode for mode filters to find: the trigger word stands in for the lexicon's mode.
                trigger.toLowerCase(Locale.ROOT),
                List.of(source.id()),
                List.of(target.id()),
                date,
                Granularity.DAY,
                "",
                "",
                Modality.ASSERTED,
                intensity,
                0.9,
                evidence,
                new Span(triggerAt, triggerAt + trigger.length()),
                "test",
                List.of(),
                List.of(),
                Location.NONE,
                null));
        return this;
    }

    StoredDocuments quote(String words, Actor speaker) {
        quotes.add(new Quote(span(words), words, QuoteKind.DIRECT, speaker.id(), null, "say", ""));
        return this;
    }

    private Span span(String part) {
        int start = text.indexOf(part);
        if (start < 0) {
            throw new IllegalStateException("document text lacks '" + part + "'");
        }
        return new Span(start, start + part.length());
    }

    Document build() {
        Span title = new Span(0, metadata.title().length());
        Document doc = Document.of(ContentHash.sha256(text), new Provenance("test", "text", "", ""), metadata, text)
                .withBlocks(List.of(new Block(title, BlockKind.TITLE, ""), new Block(span(body), BlockKind.BODY, "")));
        if (!sentences.isEmpty()) {
            doc = doc.withSentencesAndTokens(sentences, List.of());
        }
        return doc.withActors(actors, mentions).withQuotes(quotes).withEvents(onTheirQuotes());
    }

    /** As the coder does: an event rests on the quote inside its evidence sentence. */
    private List<Event> onTheirQuotes() {
        List<Event> linked = new ArrayList<>();
        for (Event event : events) {
            Span quoted = quotes.stream()
                    .map(Quote::span)
                    .filter(span -> span.start() >= event.evidence().start()
                            && span.end() <= event.evidence().end())
                    .findFirst()
                    .orElse(null);
            linked.add(event.withRecord(event.contexts(), event.location(), quoted));
        }
        return linked;
    }
}
