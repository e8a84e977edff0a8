package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * The author of a bare act noun named before it as a compound: "a U.S. strike hit", "NATO airstrikes", "EU
 * sanctions", "the Hamas attack". News writes an intergovernmental body, a government or an armed group before the
 * act it does. A state written out in full before an act mostly names where it happened or whom it hit ("the Ukraine
 * invasion", "the Gaza strike", "Russia sanctions"), so a state counts only written as an initialism ("U.S.", "UK"),
 * the form English uses where the adjective is missing. A person before an act is as often its victim ("the
 * Khashoggi killing"). Only one-sided acts: a deal or talks name a party before them ("the Iran deal").
 */
final class ModifierAuthors {
    static final String ROUTE = "modifier-author";

    static final Set<String> ONE_SIDED_TYPES =
            Set.of("ASSAULT", "COERCE", "SANCTION", "SUPPORT", "AID", "MOBILIZE", "THREATEN");
    private static final String POLICE_SECTOR = "COP";
    private static final Set<ActorKind> ACTING_BODIES = Set.of(ActorKind.IGO, ActorKind.GOVERNMENT);
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}|\\p{Lu}{2,3}");

    private final Tree tree;
    private final ActorIndex index;

    ModifierAuthors(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /** The author a compound before the act noun names, or none. */
    Arguments.Found author(int noun, String type) {
        if (!ONE_SIDED_TYPES.contains(type)) {
            return Arguments.Found.NONE;
        }
        return tree.children(noun, "compound").stream()
                .filter(c -> c < noun)
                .map(this::authorAt)
                .flatMap(Optional::stream)
                .findFirst()
                .map(actor -> new Arguments.Found(List.of(actor), ROUTE, false))
                .orElse(Arguments.Found.NONE);
    }

    private Optional<String> authorAt(int modifier) {
        String word = tree.token(modifier).word();
        return index.actorAt(tree.token(modifier))
                .filter(id -> index.actor(id).map(a -> actsAsAuthor(a, word)).orElse(false));
    }

    private static boolean actsAsAuthor(Actor actor, String word) {
        if (actor.kind() == ActorKind.COUNTRY) {
            return INITIALISM.matcher(word).matches();
        }
        // The police act by force for the state as an army does: "the police shooting of Jacob Blake", "a police
        // raid" tell what the police did, and the actors stage makes a police mention there only before such an act.
        boolean force = ArmedSides.armed(actor) || POLICE_SECTOR.equals(actor.sector());
        return ACTING_BODIES.contains(actor.kind()) || force && actor.kind() != ActorKind.PERSON;
    }
}
