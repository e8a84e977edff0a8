package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;

/**
 * A ban, arrest or other act of authority told in the passive without agent, in the clause a body announces ("the
 * federation announced two players were banned", "the ministry said 40 people were detained"), was done by that body.
 * Only bodies: a person, a group, a news medium or a campaigning organisation telling of an arrest did not make it
 * ("his lawyer said he was arrested", "the BBC reported", "Amnesty said activists were detained"), and a body of
 * another country than the place of the act tells of someone else's act. Verbs in announcing-verbs.tsv.
 */
final class AnnouncingBodies {
    /** The source pattern of an act whose agent is the body announcing it. */
    static final String ROUTE = "announcer";

    private static final Set<String> VERBS = Tsv.words("/org/annals/coding/announcing-verbs.tsv");
    // Acts only a body with power over the target does. A killing or a criticism told by a government is not thereby
    // its own.
    private static final Set<String> ACTS_OF_AUTHORITY = Set.of("SANCTION", "COERCE");
    private static final Set<String> TELLING_SECTORS = Set.of("MED", "NGO");
    private static final Set<ActorKind> NO_BODIES = Set.of(ActorKind.PERSON, ActorKind.GROUP);
    // The parser's relation for a clause it could not attach.
    private static final String LOOSE = "dep";

    private final Tree tree;
    private final Arguments arguments;
    private final ActorIndex index;

    AnnouncingBodies(Tree tree, Arguments arguments, ActorIndex index) {
        this.tree = tree;
        this.arguments = arguments;
        this.index = index;
    }

    /**
     * The bodies announcing the passive act at {@code predicate}, when every actor the announcing verb's subject names
     * is one, none of them a target, and of the country of the act's place where both are known.
     */
    Arguments.Found of(int predicate, String type, List<String> targets, Optional<String> placeCountry) {
        if (!ACTS_OF_AUTHORITY.contains(type)) {
            return Arguments.Found.NONE;
        }
        List<String> bodies = announcingVerb(predicate)
                .map(verb -> arguments.source(verb).actors())
                .orElse(List.of());
        boolean announced = !bodies.isEmpty()
                && bodies.stream()
                        .allMatch(id -> !targets.contains(id)
                                && index.actor(id)
                                        .filter(a -> body(a) && inPlace(a, placeCountry))
                                        .isPresent());
        return announced ? new Arguments.Found(bodies, ROUTE, false) : Arguments.Found.NONE;
    }

    /**
     * What underwent a passive the parser left without subject: "announced two teenage players, A and B, were banned"
     * is parsed with "players" as the announcing verb's object and "were banned" as a loose dependent of the verb; the
     * object before the passive is its subject.
     */
    Optional<Integer> misparsedPatient(int predicate) {
        if (!loosePassive(predicate)) {
            return Optional.empty();
        }
        List<Integer> objects = tree.children(tree.head(predicate), "obj");
        return objects.size() == 1 && objects.get(0) < predicate ? Optional.of(objects.get(0)) : Optional.empty();
    }

    // "announced two players were banned": the act's clause is what the verb reports; "were arrested and charged"
    // reports both.
    private Optional<Integer> announcingVerb(int predicate) {
        if (misparsedPatient(predicate).isPresent()) {
            return Optional.of(tree.head(predicate));
        }
        int clause = tree.firstConjunct(predicate);
        int verb = tree.head(clause);
        boolean reported = tree.token(clause).deprel().equals("ccomp") && announcing(verb);
        return reported ? Optional.of(verb) : Optional.empty();
    }

    private boolean loosePassive(int predicate) {
        return tree.token(predicate).deprel().equals(LOOSE)
                && announcing(tree.head(predicate))
                && !tree.children(predicate, "aux:pass").isEmpty()
                && tree.children(predicate, "nsubj:pass").isEmpty()
                && tree.children(predicate, "nsubj").isEmpty();
    }

    private boolean announcing(int verb) {
        return verb >= 0 && VERBS.contains(Tree.lower(tree.token(verb).lemma()));
    }

    private static boolean body(Actor actor) {
        return !NO_BODIES.contains(actor.kind()) && !TELLING_SECTORS.contains(actor.sector());
    }

    // "The State Department said an American was detained in Moscow": a state tells of another state's arrest.
    private static boolean inPlace(Actor actor, Optional<String> placeCountry) {
        return actor.country().isEmpty()
                || placeCountry.map(actor.country()::equals).orElse(true);
    }
}
