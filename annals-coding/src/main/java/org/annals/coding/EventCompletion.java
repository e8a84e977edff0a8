package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.annals.core.Event;

/** Completes each coded event with participants found after coding, keeping each who-did-what-to-whom once. */
final class EventCompletion {
    private EventCompletion() {}

    static List<Event> each(List<Event> events, UnaryOperator<Event> completion) {
        Map<String, List<Event>> told = new HashMap<>();
        events.forEach(e ->
                told.computeIfAbsent(EventCoder.key(e), k -> new ArrayList<>()).add(e));
        List<Event> originals = new ArrayList<>(events.size());
        List<Event> completed = new ArrayList<>(events.size());
        // Keyed by identity: the telling kept may be found in the map before or after its own completion.
        Map<Event, List<Event>> retold = new IdentityHashMap<>();
        for (Event event : events) {
            Event found = completion.apply(event);
            // A participant found makes some events the same happening as one already told with it: keep that one.
            List<Event> same = told.computeIfAbsent(EventCoder.key(found), k -> new ArrayList<>());
            Optional<Event> toldAlready = found == event
                    ? Optional.empty()
                    : same.stream()
                            .filter(e -> e != event && EventCoder.sameHappening(e, found))
                            .findFirst();
            if (toldAlready.isPresent()) {
                List<Event> tellings = retold.computeIfAbsent(toldAlready.get(), k -> new ArrayList<>());
                tellings.add(found);
                // Tellings merged into this one before it turned out to be a retelling itself go on with it.
                tellings.addAll(retold.getOrDefault(event, List.of()));
            } else {
                same.add(found);
                originals.add(event);
                completed.add(found);
            }
        }
        List<Event> withTellings = new ArrayList<>(completed.size());
        for (int i = 0; i < completed.size(); i++) {
            Event kept = completed.get(i);
            List<Event> tellings = new ArrayList<>(retold.getOrDefault(originals.get(i), List.of()));
            if (kept != originals.get(i)) {
                tellings.addAll(retold.getOrDefault(kept, List.of()));
            }
            for (Event telling : tellings) {
                kept = TellingDates.joined(kept, telling);
            }
            withTellings.add(kept);
        }
        return withTellings;
    }

    /** Whether the actor is one of the event's sources or targets. */
    static boolean participates(Event event, String actorId) {
        return event.sourceIds().contains(actorId) || event.targetIds().contains(actorId);
    }

    /** The event with one participant read as another ("the attacker" as the man who attacked), or unchanged. */
    static Event replaced(Event event, String participant, String by, String route) {
        if (participates(event, by)) {
            return event;
        }
        UnaryOperator<String> swap = id -> id.equals(participant) ? by : id;
        return event.withParticipants(
                event.sourceIds().stream().map(swap).toList(),
                event.targetIds().stream().map(swap).toList(),
                event.rule() + "+" + route);
    }
}
