package org.annals.coding;

import java.util.Set;
import org.annals.core.ActorKind;

/**
 * A country or region named after a preposition of place or direction ("will return to the Gulf", "troops in
 * Syria") is where something happens, not who acts: a participle set off by a comma after it ("return to the Gulf,
 * visiting Saudi Arabia") belongs to the clause, as it does after a phrase that names no actor.
 */
final class PlacesOfPhrases {
    private static final Set<String> PREPOSITIONS = Set.of(
            "to",
            "in",
            "at",
            "into",
            "from",
            "across",
            "throughout",
            "towards",
            "toward",
            "around",
            "inside",
            "within");
    private static final Set<ActorKind> PLACES = Set.of(ActorKind.COUNTRY, ActorKind.REGION);

    private final Tree tree;
    private final ActorIndex index;

    PlacesOfPhrases(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    /** Whether the noun is a country or region named as a place, after a preposition of place or direction. */
    boolean place(int noun) {
        return PREPOSITIONS.contains(tree.preposition(noun))
                && index.actorAt(tree.token(noun))
                        .flatMap(index::actor)
                        .map(actor -> PLACES.contains(actor.kind()))
                        .orElse(false);
    }
}
