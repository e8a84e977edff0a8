package org.annals.coding;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.annals.core.Event;

/**
 * "The attacker", "the suspect", "the victim" (role-nouns.tsv) name the one actor the article gives that part: the
 * source of its attack, the one it tells arrested, charged or convicted, the target of its attack. An event whose
 * participant is such a noun takes that actor instead, only when exactly one is told; a role noun with its own name
 * ("the suspect, John Smith") was resolved to the name already and is left alone. Created per document.
 */
final class RoleNouns {
    private static final String FILE = "/org/annals/coding/role-nouns.tsv";
    private static final String ATTACKER = "attacker";
    private static final String ACCUSED = "accused";
    private static final String VICTIM = "victim";
    private static final Map<String, String> ROLES = load();
    private static final String ASSAULT = "ASSAULT";

    private final Tree tree;
    private final ActorIndex index;

    RoleNouns(Document document, Tree tree) {
        this.tree = tree;
        this.index = new ActorIndex(document);
    }

    private static Map<String, String> load() {
        Set<String> valid = Set.of(ATTACKER, ACCUSED, VICTIM);
        Map<String, String> roles = new HashMap<>();
        for (String[] row : Tsv.read(FILE, 2)) {
            if (!valid.contains(row[1])) {
                throw new IllegalStateException(
                        FILE + ": unknown role '" + row[1] + "' for '" + row[0] + "'; valid: " + new TreeSet<>(valid));
            }
            roles.put(row[0], row[1]);
        }
        return Map.copyOf(roles);
    }

    /** The events with each role-noun participant read as the one actor the article gives that role. */
    List<Event> complete(List<Event> events) {
        return EventCompletion.each(events, event -> resolved(event, events));
    }

    private Event resolved(Event event, List<Event> events) {
        Event result = event;
        for (int i = 0; i < tree.size(); i++) {
            Optional<String> role = event.evidence().contains(tree.token(i).span()) ? roleAt(i) : Optional.empty();
            int token = i;
            Optional<String> participant = role.flatMap(r -> index.actorAt(tree.token(token)))
                    .filter(p -> EventCompletion.participates(event, p) && index.unnamedGroup(p));
            if (participant.isPresent()) {
                Optional<String> only = only(candidates(role.get(), participant.get(), events));
                if (only.isPresent()) {
                    result = EventCompletion.replaced(result, participant.get(), only.get(), "role:" + role.get());
                }
            }
        }
        return result;
    }

    // "the attacker", singular and definite; "attackers" are several, "an attacker" is being introduced.
    private Optional<String> roleAt(int token) {
        String word = Tree.lower(tree.token(token).word());
        String role =
                ROLES.getOrDefault(word, ROLES.get(Tree.lower(tree.token(token).lemma())));
        boolean definite = tree.definite(token);
        boolean plural = tree.token(token).pos().endsWith("S");
        return definite && !plural ? Optional.ofNullable(role) : Optional.empty();
    }

    // Acts the role noun itself takes part in ("police shot the attacker") tell nothing of whom it names.
    private static Set<String> candidates(String role, String roleActor, List<Event> events) {
        Function<Event, Stream<String>> side =
                switch (role) {
                    case ATTACKER -> e -> e.type().equals(ASSAULT) ? e.sourceIds().stream() : Stream.empty();
                    case VICTIM -> e -> e.type().equals(ASSAULT) ? e.targetIds().stream() : Stream.empty();
                    default -> e -> accusedOrHeld(e) ? e.targetIds().stream() : Stream.empty();
                };
        Set<String> candidates = new LinkedHashSet<>();
        events.stream()
                .filter(e -> !EventCompletion.participates(e, roleActor))
                .flatMap(side)
                .forEach(candidates::add);
        return candidates;
    }

    private static boolean accusedOrHeld(Event event) {
        return event.type().equals("ACCUSE") && ActPerpetrators.BLAMING.contains(event.mode())
                || event.type().equals("COERCE") && ActPerpetrators.HELD.contains(event.mode());
    }

    private static Optional<String> only(Set<String> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.iterator().next()) : Optional.empty();
    }
}
