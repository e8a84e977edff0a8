package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.core.Event;

/**
 * The dyadic view of an event, the unit of GDELT, PETRARCH2, Phoenix and POLECAT: one (source, target) pair per
 * source and target. An Annals event may have several of each ("Mordor, Rohan and Bree welcomed ..."), while the
 * field's records have one actor a side. A symmetric event is stored with its participants on both sides, so it
 * gives both directions; an actor is never paired with itself; an empty side stays an empty id, as GDELT leaves an
 * actor's code empty, so that every event gives at least one dyad.
 */
public final class Dyads {
    /** One directed pair of actor ids; either may be empty (no such actor named). */
    public record Dyad(String source, String target) {
        public Dyad {
            source = source == null ? "" : source;
            target = target == null ? "" : target;
        }
    }

    private Dyads() {}

    public static List<Dyad> of(Event event) {
        return of(event.sourceIds(), event.targetIds());
    }

    /** The pairs in order: sources in their order, each with the targets in theirs; no pair repeated. */
    public static List<Dyad> of(List<String> sources, List<String> targets) {
        Set<Dyad> dyads = new LinkedHashSet<>();
        for (String source : sides(sources)) {
            for (String target : sides(targets)) {
                if (source.isEmpty() || !source.equals(target)) {
                    dyads.add(new Dyad(source, target));
                }
            }
        }
        if (dyads.isEmpty()) {
            // Only the actor with itself ("the members met" with one group named): the act, with no other side.
            dyads.add(new Dyad(sources.get(0), ""));
        }
        return List.copyOf(new ArrayList<>(dyads));
    }

    private static List<String> sides(List<String> ids) {
        return ids.isEmpty() ? List.of("") : ids;
    }
}
