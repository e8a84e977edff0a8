package org.annals.coding;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * "Coalition aircraft destroyed", "Russian jets bombed", "regime forces shelled": a military instrument
 * (instruments.tsv) named with its owner stands for the owner, who acts through it. The owner is a possessor, a
 * nationality adjective or a compounded name that is a state, a government, an intergovernmental body or an armed or
 * state organisation; a company ("Boeing aircraft") makes the instrument and does not own it, and a place names no
 * actor. Read wherever an instrument fills a slot, so "destroyed ISIL tanks" is aimed at ISIL, the owner of the tanks,
 * and never makes ISIL the one who destroys.
 */
final class Instruments {
    static final String ROUTE = "+instrument";

    private static final String FILE = "/org/annals/coding/instruments.tsv";
    private static final Set<String> NOUNS = Tsv.words(FILE);
    private static final Set<ActorKind> STATE_KINDS = Set.of(ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.IGO);
    private static final Set<String> OWNING_SECTORS = Set.of("MIL", "REB", "INS", "UAF", "SPY", "GOV", "COP");
    // "the Coalition", "the Alliance": a body of states or armed groups, named by what it is, whose sector the text
    // does not give. A company that makes arms carries no such name.
    private static final Set<String> ALLIED_HEADS = Set.of("coalition", "alliance");

    private final Tree tree;
    private final ActorIndex index;

    Instruments(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
    }

    static boolean isInstrument(String lemma) {
        return NOUNS.contains(Tree.lower(lemma));
    }

    /** The owner of the instrument at the token, when it is one and its owner is named on it. */
    Optional<String> owner(int noun) {
        if (!isInstrument(tree.token(noun).lemma())) {
            return Optional.empty();
        }
        return Stream.of("nmod:poss", "compound", "amod")
                .flatMap(relation -> tree.children(noun, relation).stream())
                .map(this::ownerAt)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * "ISIL fighters", "regime forces": an instrument the actor layer took for a group known only by what it is
     * ({@code group:fighter}) stands for the owner named on it, who says more. A group with a country ("Iraqi
     * fighters", {@code group:IRQ:fighter}) keeps the sector the country alone would lose.
     */
    Optional<String> ownerOverGroup(int noun, String actor) {
        boolean bareGroup = index.actor(actor)
                .map(a -> a.kind() == ActorKind.GROUP && a.country().isEmpty())
                .orElse(false);
        return bareGroup ? owner(noun) : Optional.empty();
    }

    private Optional<String> ownerAt(int modifier) {
        Optional<String> nationality = index.nationalityAt(tree.token(modifier));
        if (nationality.isPresent()) {
            return nationality;
        }
        return index.actorAt(tree.token(modifier)).filter(this::mayOwnArms);
    }

    private boolean mayOwnArms(String id) {
        return index.actor(id).map(Instruments::owning).orElse(false);
    }

    private static boolean owning(Actor actor) {
        return STATE_KINDS.contains(actor.kind())
                || OWNING_SECTORS.contains(actor.sector())
                || (actor.sector().isEmpty() && ALLIED_HEADS.contains(Institutions.lastWord(actor.name())));
    }
}
