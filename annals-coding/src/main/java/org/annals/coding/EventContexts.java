package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * The contexts (domains) of an event: those contexts.tsv gives its type and mode, refined by its actors (see
 * docs/ontology.md, "Contexts"). Contexts are listed in the order of {@link #CONTEXTS}.
 */
public final class EventContexts {
    /** The valid contexts, in the order of docs/ontology.md. */
    public static final List<String> CONTEXTS = List.of(
            "diplomatic",
            "economic",
            "military",
            "political",
            "legal",
            "criminal",
            "security",
            "humanitarian",
            "social",
            "health",
            "environmental");

    private static final String ANY_MODE = "*";
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "MIL");

    private final Map<String, List<String>> byTypeAndMode;

    EventContexts(Map<String, List<String>> byTypeAndMode) {
        this.byTypeAndMode = Map.copyOf(byTypeAndMode);
    }

    /** Reads contexts.tsv, refusing types missing from {@code types} and contexts not in {@link #CONTEXTS}. */
    public static EventContexts standard(Set<String> types) {
        return read("/org/annals/coding/contexts.tsv", types);
    }

    static EventContexts read(String resource, Set<String> types) {
        Map<String, List<String>> rows = new HashMap<>();
        for (String[] row : Tsv.read(resource, 3)) {
            if (!types.contains(row[0])) {
                throw new IllegalStateException(resource + " uses type '" + row[0] + "' missing from ontology.tsv;"
                        + " valid types: " + String.join(", ", new TreeSet<>(types)));
            }
            List<String> contexts = row[2].equals("-") ? List.of() : Tsv.list(row[2]);
            for (String context : contexts) {
                if (!CONTEXTS.contains(context)) {
                    throw new IllegalStateException(resource + " uses context '" + context + "'; valid contexts: "
                            + String.join(", ", CONTEXTS));
                }
            }
            if (rows.put(key(row[0], row[1]), contexts) != null) {
                throw new IllegalStateException(resource + " lists " + row[0] + "/" + row[1] + " twice");
            }
        }
        for (String type : new TreeSet<>(types)) {
            if (!rows.containsKey(key(type, ANY_MODE))) {
                throw new IllegalStateException(resource + " has no row '" + type + "\t*' (every type needs one)");
            }
        }
        return new EventContexts(rows);
    }

    /** The contexts of an event of this type and mode between these participants (sources and targets). */
    public List<String> of(String type, String mode, List<Actor> participants) {
        Set<String> contexts = new TreeSet<>(byTypeAndMode.getOrDefault(
                key(type, mode), byTypeAndMode.getOrDefault(key(type, ANY_MODE), List.of())));
        if (stateCountries(participants) >= 2 && !contexts.contains("military")) {
            contexts.remove("political");
            contexts.add("diplomatic");
        } else if (stateCountries(participants) == 1 && contexts.isEmpty()) {
            contexts.add("political");
        }
        if (participants.stream().anyMatch(a -> a.sector().equals("MIL"))) {
            contexts.remove("criminal");
            contexts.add("military");
        }
        if (participants.stream().anyMatch(a -> a.sector().equals("JUD"))) {
            contexts.add("legal");
        }
        List<String> ordered = new ArrayList<>(CONTEXTS);
        ordered.retainAll(contexts);
        return ordered;
    }

    /** How many states (an IGO or a region such as "the West" counts as one of its own) the participants act for. */
    private static long stateCountries(List<Actor> participants) {
        return participants.stream()
                .filter(EventContexts::actsForAState)
                .map(a -> a.kind() == ActorKind.IGO || a.kind() == ActorKind.REGION ? a.id() : a.country())
                .filter(c -> !c.isEmpty())
                .distinct()
                .count();
    }

    private static boolean actsForAState(Actor actor) {
        return switch (actor.kind()) {
            case COUNTRY, GOVERNMENT, IGO, REGION -> true;
            default -> STATE_SECTORS.contains(actor.sector());
        };
    }

    private static String key(String type, String mode) {
        return type + "|" + mode;
    }
}
