package org.annals.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A coded event. {@code type} is a PLOVER type (CONSULT, AGREE, ACCUSE, ...), {@code mode} its sub-type or empty;
 * {@code sourceIds}/{@code targetIds} are actor ids; {@code date} an ISO value with its {@code dateGranularity};
 * {@code place} a human-readable place name and {@code placeId} its actor/gazetteer id when resolved;
 * {@code evidence} the sentence that proves it and {@code trigger} the word that triggered it; {@code rule} names
 * the lexicon entry or pattern that produced it; {@code quantities} are the amounts it states. {@code contexts} are
 * the domains it belongs to (diplomatic, economic, military, ...), {@code location} the gazetteer entry its place
 * was resolved to ({@link Location#NONE} when none), {@code quote} the span of the quotation it rests on (null when
 * none). {@code mentions} are the evidence sentences of the article's further tellings of the same happening
 * (the lead and a later paragraph reporting one meeting are one event with the later sentence as a mention): in
 * text order, without duplicates, never the event's own {@code evidence}; empty when the happening is told once.
 */
public record Event(
        String id,
        String type,
        String mode,
        List<String> sourceIds,
        List<String> targetIds,
        String date,
        Granularity dateGranularity,
        String place,
        String placeId,
        Modality modality,
        double intensity,
        double confidence,
        Span evidence,
        Span trigger,
        String rule,
        List<Quantity> quantities,
        List<String> contexts,
        Location location,
        Span quote,
        List<Span> mentions) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(trigger, "trigger");
        mode = mode == null ? "" : mode;
        sourceIds = List.copyOf(sourceIds == null ? List.of() : sourceIds);
        targetIds = List.copyOf(targetIds == null ? List.of() : targetIds);
        date = date == null ? "" : date;
        dateGranularity = dateGranularity == null ? Granularity.UNRESOLVED : dateGranularity;
        place = place == null ? "" : place;
        placeId = placeId == null ? "" : placeId;
        rule = rule == null ? "" : rule;
        quantities = List.copyOf(quantities == null ? List.of() : quantities);
        contexts = List.copyOf(contexts == null ? List.of() : contexts);
        location = location == null ? Location.NONE : location;
        mentions = tellings(mentions, evidence);
    }

    /** An event told once in its article: no further mentions. */
    public Event(
            String id,
            String type,
            String mode,
            List<String> sourceIds,
            List<String> targetIds,
            String date,
            Granularity dateGranularity,
            String place,
            String placeId,
            Modality modality,
            double intensity,
            double confidence,
            Span evidence,
            Span trigger,
            String rule,
            List<Quantity> quantities,
            List<String> contexts,
            Location location,
            Span quote) {
        this(
                id,
                type,
                mode,
                sourceIds,
                targetIds,
                date,
                dateGranularity,
                place,
                placeId,
                modality,
                intensity,
                confidence,
                evidence,
                trigger,
                rule,
                quantities,
                contexts,
                location,
                quote,
                List.of());
    }

    // Sorted and distinct so that the order tellings were merged in never shows; the evidence is no further telling.
    private static List<Span> tellings(List<Span> mentions, Span evidence) {
        if (mentions == null) {
            return List.of();
        }
        return mentions.stream()
                .map(span -> Objects.requireNonNull(span, "mention"))
                .filter(span -> !span.equals(evidence))
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The same event that {@code retelling}, a further telling of its happening, was merged into: it gains the
     * retelling's evidence and the tellings already merged into that one.
     */
    public Event withTellingsOf(Event retelling) {
        List<Span> all = new ArrayList<>(mentions);
        all.add(retelling.evidence());
        all.addAll(retelling.mentions());
        return withMentions(all);
    }

    /** The same event with one further telling, whose evidence sentence is {@code mention}. */
    public Event withMention(Span mention) {
        List<Span> all = new ArrayList<>(mentions);
        all.add(mention);
        return withMentions(all);
    }

    /** The same event with {@code newMentions} as its further tellings. */
    public Event withMentions(List<Span> newMentions) {
        return new Event(
                id,
                type,
                mode,
                sourceIds,
                targetIds,
                date,
                dateGranularity,
                place,
                placeId,
                modality,
                intensity,
                confidence,
                evidence,
                trigger,
                rule,
                quantities,
                contexts,
                location,
                quote,
                newMentions);
    }

    /**
     * The same event dated otherwise: {@code newDate} at {@code granularity}, with the {@code newModality} and
     * {@code newConfidence} that date implies.
     */
    public Event withDate(String newDate, Granularity granularity, Modality newModality, double newConfidence) {
        return new Event(
                id,
                type,
                mode,
                sourceIds,
                targetIds,
                newDate,
                granularity,
                place,
                placeId,
                newModality,
                intensity,
                newConfidence,
                evidence,
                trigger,
                rule,
                quantities,
                contexts,
                location,
                quote,
                mentions);
    }

    /** Whether this event rests on {@code q}: its quote is that quotation's span. */
    public boolean restsOn(Quote q) {
        return q.span().equals(quote);
    }

    /** The same event under another id (ids are numbered once an article's events are all coded). */
    public Event withId(String newId) {
        return new Event(
                newId,
                type,
                mode,
                sourceIds,
                targetIds,
                date,
                dateGranularity,
                place,
                placeId,
                modality,
                intensity,
                confidence,
                evidence,
                trigger,
                rule,
                quantities,
                contexts,
                location,
                quote,
                mentions);
    }

    /** The same event with sources found after it was coded, and the rule extended by the route that found them. */
    public Event withSources(List<String> newSourceIds, String newRule) {
        return withParticipants(newSourceIds, targetIds, newRule);
    }

    /**
     * The same event with sources and targets found after it was coded ("the attacker" read as the man who
     * attacked), and the rule extended by the route that found them.
     */
    public Event withParticipants(List<String> newSourceIds, List<String> newTargetIds, String newRule) {
        return new Event(
                id,
                type,
                mode,
                newSourceIds,
                newTargetIds,
                date,
                dateGranularity,
                place,
                placeId,
                modality,
                intensity,
                confidence,
                evidence,
                trigger,
                newRule,
                quantities,
                contexts,
                location,
                quote,
                mentions);
    }

    /** The same event with the record's later parts, which are found once the event itself is coded. */
    public Event withRecord(List<String> contexts, Location location, Span quote) {
        return new Event(
                id,
                type,
                mode,
                sourceIds,
                targetIds,
                date,
                dateGranularity,
                place,
                location.isResolved() ? location.id() : placeId,
                modality,
                intensity,
                confidence,
                evidence,
                trigger,
                rule,
                quantities,
                contexts,
                location,
                quote,
                mentions);
    }
}
