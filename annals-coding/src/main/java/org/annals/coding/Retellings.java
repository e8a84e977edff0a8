package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.annals.core.Event;
import org.annals.core.Span;

/**
 * Events found, after coding, to be second tellings of another: each leaves the list and its sentence (with the
 * tellings already merged into it) becomes a mention of the event it retells, so one happening stays one event.
 */
final class Retellings {
    private Retellings() {}

    /**
     * The events without their retellings: {@code toldAt} gives, for an event, the index in {@code events} of the
     * one it retells (none when it is told for the first time). The one retold is never itself a retelling.
     */
    static List<Event> folded(List<Event> events, Function<Event, OptionalInt> toldAt) {
        return folded(events, toldAt, TellingDates::joined);
    }

    /** As {@link #folded(List, Function)}, with {@code join} making the retold event take in its retelling. */
    static List<Event> folded(List<Event> events, Function<Event, OptionalInt> toldAt, BinaryOperator<Event> join) {
        List<Event> kept = new ArrayList<>(events);
        for (int i = 0; i < events.size(); i++) {
            OptionalInt retold = toldAt.apply(events.get(i));
            if (retold.isPresent()) {
                int first = retold.getAsInt();
                kept.set(first, join.apply(kept.get(first), kept.get(i)));
                kept.set(i, null);
            }
        }
        return kept.stream().filter(Objects::nonNull).toList();
    }

    /** The events with {@code sentence} a further telling of the one at {@code retold}, when there is one. */
    static List<Event> withMention(List<Event> events, OptionalInt retold, Span sentence) {
        if (retold.isEmpty()) {
            return events;
        }
        List<Event> kept = new ArrayList<>(events);
        kept.set(retold.getAsInt(), kept.get(retold.getAsInt()).withMention(sentence));
        return List.copyOf(kept);
    }

    /** The index of the first event that {@code matches}, if any. */
    static OptionalInt firstIndex(List<Event> events, Predicate<Event> matches) {
        return IntStream.range(0, events.size())
                .filter(k -> matches.test(events.get(k)))
                .findFirst();
    }
}
