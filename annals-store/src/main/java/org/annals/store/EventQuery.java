package org.annals.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.core.Modality;

/**
 * Which events to list. Empty strings and null values mean "no filter". {@code actor} matches an actor id exactly
 * (ignoring case) or a substring of its name or aliases, as source or target; {@code pair} holds two such actor
 * filters that must face each other, in either direction; {@code type} is a PLOVER type (ignoring case);
 * {@code from}/{@code to} bound the event date (the publication date when the event has none), inclusive;
 * {@code text} is a substring of the evidence sentence (ignoring case); {@code place} a substring of the place name
 * or its id (ignoring case); {@code mode} a PLOVER mode of the type such as "visit" (ignoring case); {@code offset}
 * skips that many rows of the ordered list (for paging).
 */
public record EventQuery(
        String actor,
        List<String> pair,
        String type,
        Modality modality,
        LocalDate from,
        LocalDate to,
        String text,
        String place,
        String mode,
        int limit,
        int offset) {
    public EventQuery {
        actor = Limits.trimmed(actor);
        pair = pair == null ? List.of() : pair.stream().map(Limits::trimmed).toList();
        if (!pair.isEmpty() && (pair.size() != 2 || pair.contains(""))) {
            throw new IllegalArgumentException("pair needs exactly two non-empty actors, got " + pair);
        }
        type = Limits.trimmed(type);
        text = Limits.trimmed(text);
        place = Limits.trimmed(place);
        mode = Limits.trimmed(mode);
        Limits.checkRange(from, to);
        Limits.checkLimit(limit);
        Limits.checkOffset(offset);
    }

    public EventQuery(
            String actor,
            List<String> pair,
            String type,
            Modality modality,
            LocalDate from,
            LocalDate to,
            String text,
            int limit) {
        this(actor, pair, type, modality, from, to, text, "", "", limit, 0);
    }

    public EventQuery(
            String actor,
            List<String> pair,
            String type,
            Modality modality,
            LocalDate from,
            LocalDate to,
            String text,
            String place,
            int limit,
            int offset) {
        this(actor, pair, type, modality, from, to, text, place, "", limit, offset);
    }

    /** Every event, newest first, up to the default limit of 100. */
    public static EventQuery all() {
        return new EventQuery("", List.of(), "", null, null, null, "", "", "", Limits.DEFAULT_LIMIT, 0);
    }

    public EventQuery withActor(String value) {
        return new EventQuery(value, pair, type, modality, from, to, text, place, mode, limit, offset);
    }

    public EventQuery withPair(String first, String second) {
        return new EventQuery(
                actor, List.of(first, second), type, modality, from, to, text, place, mode, limit, offset);
    }

    public EventQuery withType(String value) {
        return new EventQuery(actor, pair, value, modality, from, to, text, place, mode, limit, offset);
    }

    public EventQuery withModality(Modality value) {
        return new EventQuery(actor, pair, type, value, from, to, text, place, mode, limit, offset);
    }

    public EventQuery withFrom(LocalDate value) {
        return new EventQuery(actor, pair, type, modality, value, to, text, place, mode, limit, offset);
    }

    public EventQuery withTo(LocalDate value) {
        return new EventQuery(actor, pair, type, modality, from, value, text, place, mode, limit, offset);
    }

    public EventQuery withText(String value) {
        return new EventQuery(actor, pair, type, modality, from, to, value, place, mode, limit, offset);
    }

    public EventQuery withLimit(int value) {
        return new EventQuery(actor, pair, type, modality, from, to, text, place, mode, value, offset);
    }

    public EventQuery withPlace(String value) {
        return new EventQuery(actor, pair, type, modality, from, to, text, value, mode, limit, offset);
    }

    public EventQuery withOffset(int value) {
        return new EventQuery(actor, pair, type, modality, from, to, text, place, mode, limit, value);
    }

    public EventQuery withMode(String value) {
        return new EventQuery(actor, pair, type, modality, from, to, text, place, value, limit, offset);
    }

    public Optional<Modality> modalityFilter() {
        return Optional.ofNullable(modality);
    }
}
