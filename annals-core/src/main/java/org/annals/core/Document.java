package org.annals.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A news document and every annotation made on it. Immutable: stages return a new Document through the
 * {@code with...} methods, each of which also records the layer it fills. All spans point into {@link #text()}.
 */
public record Document(
        String id,
        Provenance provenance,
        Metadata metadata,
        String text,
        Set<Layer> layers,
        List<Block> blocks,
        List<Sentence> sentences,
        List<Token> tokens,
        List<Mention> mentions,
        List<Actor> actors,
        List<TimeMention> times,
        List<Quantity> quantities,
        List<Quote> quotes,
        List<Event> events,
        List<Problem> problems) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        layers = layers == null || layers.isEmpty() ? Set.of() : Set.copyOf(layers);
        blocks = copy(blocks);
        sentences = copy(sentences);
        tokens = copy(tokens);
        mentions = copy(mentions);
        actors = copy(actors);
        times = copy(times);
        quantities = copy(quantities);
        quotes = copy(quotes);
        events = copy(events);
        problems = copy(problems);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A new document holding only text and metadata. */
    public static Document of(String id, Provenance provenance, Metadata metadata, String text) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                EnumSet.of(Layer.TEXT, Layer.METADATA),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    public String textOf(Span span) {
        return span.of(text);
    }

    /** The sentence containing {@code offset}, if any. */
    public java.util.Optional<Sentence> sentenceAt(int offset) {
        for (Sentence sentence : sentences) {
            if (sentence.span().start() <= offset && offset < sentence.span().end()) {
                return java.util.Optional.of(sentence);
            }
        }
        return java.util.Optional.empty();
    }

    /** The sentence right before {@code sentence} in the document, whatever block it is in. */
    public java.util.Optional<Sentence> sentenceBefore(Sentence sentence) {
        return sentences.stream().filter(s -> s.index() == sentence.index() - 1).findFirst();
    }

    /** The events that rest on {@code quote}, in document order. */
    public List<Event> eventsOn(Quote quote) {
        return events.stream().filter(event -> event.restsOn(quote)).toList();
    }

    /** The blocks that are article text (body and title), which are the only ones analysed. */
    public List<Block> articleBlocks() {
        return blocks.stream().filter(b -> b.kind().isArticle()).toList();
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    private Set<Layer> plus(Layer... added) {
        EnumSet<Layer> all = EnumSet.noneOf(Layer.class);
        all.addAll(layers);
        all.addAll(List.of(added));
        return all;
    }

    public Document withMetadata(Metadata value) {
        return new Document(
                id,
                provenance,
                value,
                text,
                plus(Layer.METADATA),
                blocks,
                sentences,
                tokens,
                mentions,
                actors,
                times,
                quantities,
                quotes,
                events,
                problems);
    }

    public Document withBlocks(List<Block> value) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                plus(Layer.BLOCKS),
                value,
                sentences,
                tokens,
                mentions,
                actors,
                times,
                quantities,
                quotes,
                events,
                problems);
    }

    /** Sentences and tokens together, with the token-level layers the annotator filled. */
    public Document withSentencesAndTokens(List<Sentence> sentenceList, List<Token> tokenList, Layer... tokenLayers) {
        Set<Layer> all = plus(tokenLayers);
        all = EnumSet.copyOf(all);
        all.add(Layer.SENTENCES);
        all.add(Layer.TOKENS);
        return new Document(
                id,
                provenance,
                metadata,
                text,
                all,
                blocks,
                sentenceList,
                tokenList,
                mentions,
                actors,
                times,
                quantities,
                quotes,
                events,
                problems);
    }

    public Document withMentions(List<Mention> value) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                plus(Layer.MENTIONS),
                blocks,
                sentences,
                tokens,
                value,
                actors,
                times,
                quantities,
                quotes,
                events,
                problems);
    }

    /** Actors together with the mentions re-pointed at them. */
    public Document withActors(List<Actor> value, List<Mention> resolvedMentions) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                plus(Layer.ACTORS, Layer.MENTIONS),
                blocks,
                sentences,
                tokens,
                resolvedMentions,
                value,
                times,
                quantities,
                quotes,
                events,
                problems);
    }

    public Document withTimes(List<TimeMention> value) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                plus(Layer.TIMES),
                blocks,
                sentences,
                tokens,
                mentions,
                actors,
                value,
                quantities,
                quotes,
                events,
                problems);
    }

    public Document withQuantities(List<Quantity> value) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                plus(Layer.QUANTITIES),
                blocks,
                sentences,
                tokens,
                mentions,
                actors,
                times,
                value,
                quotes,
                events,
                problems);
    }

    public Document withQuotes(List<Quote> value) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                plus(Layer.QUOTES),
                blocks,
                sentences,
                tokens,
                mentions,
                actors,
                times,
                quantities,
                value,
                events,
                problems);
    }

    public Document withEvents(List<Event> value) {
        return new Document(
                id,
                provenance,
                metadata,
                text,
                plus(Layer.EVENTS),
                blocks,
                sentences,
                tokens,
                mentions,
                actors,
                times,
                quantities,
                quotes,
                value,
                problems);
    }

    public Document withProblem(Problem problem) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return new Document(
                id,
                provenance,
                metadata,
                text,
                layers,
                blocks,
                sentences,
                tokens,
                mentions,
                actors,
                times,
                quantities,
                quotes,
                events,
                all);
    }
}
