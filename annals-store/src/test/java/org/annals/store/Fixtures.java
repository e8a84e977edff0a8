package org.annals.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.annals.core.Problem;
import org.annals.core.Provenance;
import org.annals.core.Quantity;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.TimeMention;
import org.annals.core.TimeRelation;

/** Hand-built documents with every layer the store keeps; offsets are found in the text so they stay right. */
final class Fixtures {
    static final String XI = "person:xi-jinping";
    static final String PUTIN = "person:vladimir-putin";
    static final String NATO = "IGO.NATO";
    static final Location BEIJING = new Location("geonames:1816670", "Beijing", "CHN", 39.9075, 116.3972, "capital");

    private Fixtures() {}

    static Actor xi() {
        return new Actor(XI, "Xi Jinping", ActorKind.PERSON, "CHN", "president", "GOV", List.of("Xi"), List.of());
    }

    static Actor putin() {
        return new Actor(
                PUTIN, "Vladimir Putin", ActorKind.PERSON, "RUS", "president", "GOV", List.of("Putin"), List.of());
    }

    static Actor nato() {
        return new Actor(
                NATO, "NATO", ActorKind.IGO, "", "", "", List.of("North Atlantic Treaty Organization"), List.of());
    }

    /** The actor with the spans its role and country were learned from. */
    static Actor withEvidence(Actor actor, Span... evidence) {
        return new Actor(
                actor.id(),
                actor.name(),
                actor.kind(),
                actor.country(),
                actor.role(),
                actor.sector(),
                actor.aliases(),
                List.of(evidence));
    }

    /** A summit report: two meetings-and-agreements events, a quote, a donation appeal block. */
    static Document summit() {
        return summit("Xi and Putin meet in Beijing");
    }

    /**
     * The summit report under a numbered headline ("..., dispatch 7"): the same layers with a distinct content hash,
     * so that a test can store many documents and find each one by {@code title:"dispatch 7"}.
     */
    static Document dispatch(int number) {
        return summit("Xi and Putin meet in Beijing, dispatch " + number);
    }

    private static Document summit(String title) {
        String s1 = "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday.";
        String s2 = "Putin said: \"We agreed on energy cooperation.\"";
        String s3 = "The two sides signed 20 agreements worth about $2 billion this month.";
        String appeal = "Support independent journalism: donate today.";
        String body = s1 + " " + s2 + " " + s3;
        String text = title + "\n\n" + body + "\n\n" + appeal;
        Finder f = new Finder(text);
        List<Mention> mentions = List.of(
                new Mention(f.span("Xi Jinping"), "Xi Jinping", MentionType.PERSON, XI, ""),
                new Mention(f.span("Vladimir Putin"), "Vladimir Putin", MentionType.PERSON, PUTIN, ""),
                new Mention(f.span("Putin said", "Putin"), "Putin", MentionType.PERSON, PUTIN, ""),
                new Mention(f.span("Beijing on", "Beijing"), "Beijing", MentionType.LOCATION, "CHN", "government"));
        Span sentence1 = f.span(s1);
        Span sentence3 = f.span(s3);
        Quantity money = new Quantity(f.span("about $2 billion"), "about $2 billion", 2e9, "USD", true, "");
        Quantity count = new Quantity(f.span("20 agreements"), "20 agreements", 20, "agreements", false, "");
        Event meet = new Event(
                "e1",
                "CONSULT",
                "visit",
                List.of(XI),
                List.of(PUTIN),
                "2025-09-02",
                Granularity.DAY,
                "Beijing",
                BEIJING.id(),
                Modality.ASSERTED,
                1.0,
                0.9,
                sentence1,
                f.span("met"),
                "consult.meet",
                List.of(),
                List.of("diplomatic"),
                BEIJING,
                null);
        Event sign = new Event(
                "e2",
                "AGREE",
                "",
                List.of(PUTIN),
                List.of(XI),
                "2025-09",
                Granularity.MONTH,
                "",
                "",
                Modality.ASSERTED,
                2.0,
                0.8,
                sentence3,
                f.span("signed"),
                "agree.sign",
                List.of(count, money),
                List.of("diplomatic", "economic"),
                Location.NONE,
                f.span("We agreed on energy cooperation."));
        return document(
                text,
                new Metadata("https://example.org/summit", "Example Times", title, LocalDate.of(2025, 9, 2), "en"),
                List.of(
                        new Block(f.span(title), BlockKind.TITLE, "first line"),
                        new Block(f.span(body), BlockKind.BODY, ""),
                        new Block(f.span(appeal), BlockKind.APPEAL, "donate imperative")),
                List.of(sentence1, f.span(s2), sentence3),
                mentions,
                List.of(
                        withEvidence(xi(), f.span("Chinese President")),
                        withEvidence(putin(), f.span("Russian President"))),
                List.of(new TimeMention(
                        f.span("Tuesday"), "Tuesday", "2025-09-02", Granularity.DAY, TimeRelation.PRESENT)),
                List.of(count, money),
                List.of(new Quote(
                        f.span("We agreed on energy cooperation."),
                        "We agreed on energy cooperation.",
                        QuoteKind.DIRECT,
                        PUTIN,
                        f.span("Putin said", "Putin"),
                        "say",
                        "2025-09-02")),
                List.of(meet, sign));
    }

    /** An older report with an accusation and a future visit, and an actor that has no actor record. */
    static Document accusation() {
        String s1 = "Putin accused NATO of provocations on Thursday.";
        String s2 = "He will visit Minsk next year, an aide said.";
        String text = s1 + " " + s2;
        Finder f = new Finder(text);
        Event accuse = new Event(
                "e1",
                "ACCUSE",
                "",
                List.of(PUTIN),
                List.of(NATO),
                "2024-05-16",
                Granularity.DAY,
                "",
                "",
                Modality.ASSERTED,
                -2.0,
                0.7,
                f.span(s1),
                f.span("accused"),
                "accuse",
                List.of(),
                List.of(),
                Location.NONE,
                null);
        Event visit = new Event(
                "e2",
                "CONSULT",
                "visit",
                List.of(PUTIN),
                List.of("BLR"),
                "2025",
                Granularity.YEAR,
                "Minsk",
                "BLR",
                Modality.FUTURE,
                1.0,
                0.5,
                f.span(s2),
                f.span("visit"),
                "consult.visit",
                List.of(),
                List.of(),
                Location.NONE,
                null);
        return document(
                        text,
                        new Metadata("https://example.org/nato", "Other Daily", "", LocalDate.of(2024, 5, 16), "en"),
                        List.of(),
                        List.of(f.span(s1), f.span(s2)),
                        List.of(
                                new Mention(f.span("Putin"), "Putin", MentionType.PERSON, PUTIN, ""),
                                new Mention(f.span("NATO"), "NATO", MentionType.ORGANISATION, NATO, ""),
                                new Mention(f.span("Minsk"), "Minsk", MentionType.LOCATION, "BLR", ""),
                                new Mention(f.span("an aide"), "an aide", MentionType.DESCRIPTION, "", "")),
                        List.of(putin(), nato()),
                        List.of(),
                        List.of(),
                        List.of(new Quote(f.span(s2), s2, QuoteKind.INDIRECT, "", null, "say", "")),
                        List.of(accuse, visit))
                .withProblem(new Problem("times", "could not resolve 'next year'"));
    }

    /** A synthetic document with the given numbers of mentions (each its own actor) and events. */
    static Document bulk(int seed, int mentionCount, int eventCount) {
        StringBuilder text = new StringBuilder();
        List<Span> sentences = new ArrayList<>();
        for (int i = 0; i < Math.max(mentionCount, eventCount); i++) {
            int start = text.length();
            text.append("Actor")
                    .append(seed)
                    .append('x')
                    .append(i)
                    .append(" met Actor")
                    .append(i + 1)
                    .append(" in town number ")
                    .append(seed)
                    .append(". ");
            sentences.add(new Span(start, text.length() - 1));
        }
        String value = text.toString();
        List<Mention> mentions = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < mentionCount; i++) {
            Span sentence = sentences.get(i);
            String id = "bulk:" + i;
            mentions.add(
                    new Mention(new Span(sentence.start(), sentence.start() + 5), "Actor", MentionType.PERSON, id, ""));
            actors.add(new Actor(id, "Actor " + i, ActorKind.PERSON, "", "", "", List.of(), List.of()));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < eventCount; i++) {
            Span sentence = sentences.get(i);
            events.add(new Event(
                    "e" + i,
                    "CONSULT",
                    "",
                    List.of("bulk:" + i),
                    List.of("bulk:" + (i + 1)),
                    "",
                    null,
                    "",
                    "",
                    Modality.ASSERTED,
                    1,
                    1,
                    sentence,
                    new Span(sentence.start(), sentence.start() + 3),
                    "",
                    List.of(),
                    List.of(),
                    Location.NONE,
                    null));
        }
        return document(
                value,
                new Metadata("", "", "Bulk " + seed, LocalDate.of(2025, 1, 1), "en"),
                List.of(),
                sentences,
                mentions,
                actors,
                List.of(),
                List.of(),
                List.of(),
                events);
    }

    /** An event to give {@link #report}: who did what to whom, when and where. */
    record Reported(
            String type, List<String> sources, List<String> targets, String date, String placeId, Modality modality) {
        Reported(String type, List<String> sources, List<String> targets, String date, String placeId) {
            this(type, sources, targets, date, placeId, Modality.ASSERTED);
        }

        Reported as(Modality other) {
            return new Reported(type, sources, targets, date, placeId, other);
        }
    }

    /**
     * A one-paragraph article under {@code title} stating each of the events in a sentence of its own; the title
     * makes the content, and so the document id, distinct.
     */
    static Document report(String title, LocalDate published, List<Reported> reported) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        List<Span> sentences = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Reported r : reported) {
            int start = text.length();
            text.append("Sentence ")
                    .append(sentences.size() + 1)
                    .append(" tells of ")
                    .append(r.type())
                    .append(". ");
            Span sentence = new Span(start, text.length() - 1);
            sentences.add(sentence);
            Granularity granularity = r.date().isEmpty()
                    ? Granularity.UNRESOLVED
                    : r.date().length() == 10
                            ? Granularity.DAY
                            : r.date().length() == 7 ? Granularity.MONTH : Granularity.YEAR;
            events.add(new Event(
                    "e" + sentences.size(),
                    r.type(),
                    "",
                    r.sources(),
                    r.targets(),
                    r.date(),
                    granularity,
                    r.placeId(),
                    r.placeId(),
                    r.modality(),
                    1,
                    1,
                    sentence,
                    new Span(start, start + 8),
                    "",
                    List.of(),
                    List.of(),
                    Location.NONE,
                    null));
        }
        return document(
                text.toString(),
                new Metadata("https://example.org/" + title.hashCode(), "Example Wire", title, published, "en"),
                List.of(),
                sentences,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                events);
    }

    private static Document document(
            String text,
            Metadata metadata,
            List<Block> blocks,
            List<Span> sentenceSpans,
            List<Mention> mentions,
            List<Actor> actors,
            List<TimeMention> times,
            List<Quantity> quantities,
            List<Quote> quotes,
            List<Event> events) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentenceSpans.size(); i++) {
            sentences.add(new Sentence(i, sentenceSpans.get(i), 0, 0));
        }
        return Document.of(
                        ContentHash.sha256(text),
                        new Provenance("test:" + metadata.url(), "text", "", ""),
                        metadata,
                        text)
                .withBlocks(blocks)
                .withSentencesAndTokens(sentences, List.of())
                .withActors(actors, mentions)
                .withTimes(times)
                .withQuantities(quantities)
                .withQuotes(quotes)
                .withEvents(events);
    }

    /** Finds spans of literal strings in a text, failing loudly when a fixture is edited inconsistently. */
    private record Finder(String text) {
        Span span(String part) {
            int start = text.indexOf(part);
            if (start < 0) {
                throw new IllegalStateException("fixture text lacks '" + part + "'");
            }
            return new Span(start, start + part.length());
        }

        /** The first {@code part} inside the first {@code context}. */
        Span span(String context, String part) {
            Span outer = span(context);
            int start = outer.start() + context.indexOf(part);
            return new Span(start, start + part.length());
        }
    }
}
