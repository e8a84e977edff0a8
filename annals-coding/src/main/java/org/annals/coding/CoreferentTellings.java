package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.annals.core.Event;
import org.annals.core.Modality;

/**
 * One happening told twice in an article shares its participants: "the minister was stabbed on Friday ... two suspects
 * stabbed the minister" gives the agentless telling the suspects, and "Turkey began an offensive ... Turkey's
 * offensive into Syria" gives the first telling Syria. Two events are tellings of one act when they have the same
 * material type (a saying is an act of its own each time: "was widely suspected of lying" and "Lee accused him of
 * lying" are two accusations) and compatible modes; share a participant in the slot both fill, one telling naming
 * there all the other names; both tell the act as having happened; do not disagree on date or place; and neither is
 * a plural noun ("attacks" are several acts). A slot is filled only when exactly one participant list fills it across
 * all such tellings, and never with a participant of the other slot. Created per document.
 */
final class CoreferentTellings {
    /** The route a participant taken from another telling of the act adds to the event's rule. */
    static final String ROUTE = "coreferent-telling";

    /** The route the rule of an act shows when a second telling by an unnamed group was merged into it. */
    static final String GROUP_ROUTE = "group-retelling";

    private static final String GROUP = "group:";

    // PLOVER's quad classes of material cooperation and material conflict.
    private static final Set<Integer> MATERIAL = Set.of(2, 4);
    private static final Set<Modality> HAPPENED = Set.of(Modality.ASSERTED, Modality.HISTORICAL);
    // Ways of hurting someone that one act may be told with twice ("was stabbed", "the killing", "shot dead"); an
    // arrest and a jailing, or an invasion and an abduction, are different acts by different hands.
    private static final Set<String> HARM = Set.of("kill", "stab", "shoot", "injure", "assault", "bomb", "shell");

    private final EventLexicon lexicon;
    private final Tree tree;

    CoreferentTellings(EventLexicon lexicon, Tree tree) {
        this.lexicon = lexicon;
        this.tree = tree;
    }

    /** The events with each empty source or target taken from the one other telling of the same act that has it. */
    List<Event> complete(List<Event> events) {
        return withoutGroupRetellings(withoutRetellings(
                events.stream().map(event -> withOtherTelling(event, events)).toList()));
    }

    // "Thames Valley Police said they had arrested a man ... Police arrested the man": the second telling names the
    // agent by the noun that heads its name, and the act is one event, told by the one that names it. Only when
    // exactly one named telling fits, so two forces named in one article keep both events.
    private List<Event> withoutGroupRetellings(List<Event> events) {
        // A retelling is told by a group and a named telling never is, so the one retold is never dropped itself.
        return Retellings.folded(
                events,
                retelling -> {
                    List<Event> named = events.stream()
                            .filter(other -> namedTelling(retelling, other))
                            .toList();
                    return named.size() == 1 ? OptionalInt.of(events.indexOf(named.get(0))) : OptionalInt.empty();
                },
                (first, retelling) -> TellingDates.joined(grouped(first), retelling));
    }

    private static Event grouped(Event event) {
        return event.rule().endsWith("+" + GROUP_ROUTE)
                ? event
                : event.withSources(event.sourceIds(), event.rule() + "+" + GROUP_ROUTE);
    }

    // The retelling's one source is an unnamed group whose noun ends the other telling's one named source, the
    // targets are the same, and nothing tells them apart as acts.
    private boolean namedTelling(Event retelling, Event other) {
        List<String> sources = retelling.sourceIds();
        List<String> otherSources = other.sourceIds();
        boolean oneEach = sources.size() == 1 && otherSources.size() == 1 && other != retelling;
        return oneEach
                && MATERIAL.contains(lexicon.type(retelling.type()).quadClass())
                && !several(retelling)
                && !several(other)
                && !retelling.targetIds().isEmpty()
                && Set.copyOf(retelling.targetIds()).equals(Set.copyOf(other.targetIds()))
                && sameAct(retelling, other)
                && headedBy(otherSources.get(0), sources.get(0));
    }

    // "org:thames-valley-police" is headed by the noun of "group:police" (or "group:GBR:police").
    private static boolean headedBy(String named, String group) {
        if (!group.startsWith(GROUP) || named.startsWith(GROUP)) {
            return false;
        }
        String noun = group.substring(group.lastIndexOf(':') + 1);
        return named.endsWith("-" + noun);
    }

    // A telling completed from another is that act told again, and the act is one event: the first telling stays, as
    // when the coder merges two tellings, so the route shows where it was the one completed.
    private static List<Event> withoutRetellings(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event event : events) {
            OptionalInt first = Retellings.firstIndex(kept, earlier -> retells(earlier, event));
            if (first.isPresent()) {
                kept.set(first.getAsInt(), TellingDates.joined(kept.get(first.getAsInt()), event));
            } else {
                kept.add(event);
            }
        }
        return kept;
    }

    private static boolean retells(Event first, Event event) {
        return (completedHere(first) || completedHere(event))
                && EventCoder.key(first).equals(EventCoder.key(event))
                && sameAct(first, event);
    }

    private static boolean completedHere(Event event) {
        return event.rule().endsWith("+" + ROUTE);
    }

    private Event withOtherTelling(Event event, List<Event> events) {
        if (!MATERIAL.contains(lexicon.type(event.type()).quadClass()) || several(event)) {
            return event;
        }
        if (event.sourceIds().isEmpty() && !event.targetIds().isEmpty()) {
            return single(event, events, Event::targetIds, Event::sourceIds)
                    .map(sources -> event.withSources(sources, event.rule() + "+" + ROUTE))
                    .orElse(event);
        }
        if (event.targetIds().isEmpty() && !event.sourceIds().isEmpty()) {
            return single(event, events, Event::sourceIds, Event::targetIds)
                    .map(targets -> event.withParticipants(event.sourceIds(), targets, event.rule() + "+" + ROUTE))
                    .orElse(event);
        }
        return event;
    }

    // "Orchestrated attacks on coalition bases" tells many acts, none of which is the one told elsewhere.
    private boolean several(Event event) {
        return tree.pluralNounAt(event.trigger());
    }

    // The participant lists the other tellings give for the empty slot, when they all give the same one.
    private Optional<List<String>> single(
            Event event, List<Event> events, Function<Event, List<String>> known, Function<Event, List<String>> empty) {
        Set<List<String>> candidates = new LinkedHashSet<>();
        for (Event other : events) {
            boolean fills = other != event && !empty.apply(other).isEmpty() && !several(other);
            if (fills
                    && sameAct(event, other)
                    && sameParticipants(known.apply(event), known.apply(other))
                    && empty.apply(other).stream().noneMatch(known.apply(event)::contains)) {
                candidates.add(empty.apply(other));
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }

    // "The minister was stabbed" and "stabbed the minister and a guard" may be one act; "stabbed a guard" is another.
    private static boolean sameParticipants(List<String> one, List<String> other) {
        return !one.isEmpty() && !other.isEmpty() && (one.containsAll(other) || other.containsAll(one));
    }

    private static boolean sameAct(Event one, Event other) {
        return one.type().equals(other.type())
                && compatibleModes(one.mode(), other.mode())
                && HAPPENED.contains(one.modality())
                && HAPPENED.contains(other.modality())
                && compatible(toldDate(one), toldDate(other))
                && sameOrUnknown(one.placeId(), other.placeId())
                && sameOrUnknown(one.place(), other.place());
    }

    // A mode left empty ("attacked", "the offensive") says only the type.
    private static boolean compatibleModes(String one, String other) {
        return one.isEmpty() || other.isEmpty() || one.equals(other) || (HARM.contains(one) && HARM.contains(other));
    }

    // An undated telling is dated at publication with the lowest confidence: that date is no evidence of a second act.
    private static String toldDate(Event event) {
        return event.confidence() > EventDater.PUBLISHED_CONFIDENCE ? event.date() : "";
    }

    // "2025-09" and "2025-09-02" may be one day; "2016" and "2025-09-02" are two acts.
    private static boolean compatible(String date, String otherDate) {
        return date.isEmpty() || otherDate.isEmpty() || date.startsWith(otherDate) || otherDate.startsWith(date);
    }

    private static boolean sameOrUnknown(String one, String other) {
        return one.isEmpty() || other.isEmpty() || one.equalsIgnoreCase(other);
    }
}
