package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.Document;

/**
 * "A military coup removed the prime minister": a military coup is done by the military of the country it happens
 * in, the one its place or possessor names ("a coup in Fiji", "Fiji's military coup"), else the country of the
 * leader it removed, else the one country the article is about. A coup not called military names nobody.
 */
final class Coups {
    /** Prefix of the route by which a coup's military was found. */
    static final String ROUTE = "coup-military:";

    private static final String COERCE = "COERCE";
    private static final Set<String> COUP_NOUNS = Set.of("coup", "putsch");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in");
    private static final String MILITARY = "military";
    private static final String MILITARY_SECTOR = "MIL";

    private final Tree tree;
    private final Arguments arguments;
    private final ActorIndex index;
    private final ImpliedInstitutions implied = new ImpliedInstitutions();

    Coups(Tree tree, Arguments arguments, ActorIndex index) {
        this.tree = tree;
        this.arguments = arguments;
        this.index = index;
    }

    /** The military that removed the verb's object, when the verb's subject is a military coup. */
    Arguments.Found military(int verb, String type) {
        Optional<Integer> coup =
                tree.children(verb, "nsubj").stream().filter(this::militaryCoup).findFirst();
        if (!type.equals(COERCE) || coup.isEmpty()) {
            return Arguments.Found.NONE;
        }
        Optional<String> place = placeOf(coup.get());
        if (place.isPresent()) {
            return militaryOf(place.get(), "place");
        }
        Optional<String> leader = removedLeaderCountry(verb);
        if (leader.isPresent()) {
            return militaryOf(leader.get(), "removed");
        }
        return DominantCountry.of(index.document())
                .map(country -> militaryOf(country, "article"))
                .orElse(Arguments.Found.NONE);
    }

    /** The document with the militaries coups named that no mention did. */
    Document withImpliedActors(Document coded) {
        return implied.addedTo(coded);
    }

    private Arguments.Found militaryOf(String country, String route) {
        Institutions.Institution military = Institutions.body(country, MILITARY, MILITARY, MILITARY_SECTOR);
        if (index.actor(military.id()).isEmpty()) {
            implied.of(military);
        }
        return new Arguments.Found(List.of(military.id()), ROUTE + route, false);
    }

    private boolean militaryCoup(int noun) {
        return COUP_NOUNS.contains(Tree.lower(tree.token(noun).lemma()))
                && tree.children(noun).stream()
                        .anyMatch(c -> Tree.lower(tree.token(c).lemma()).equals("military"));
    }

    // "a coup in Fiji", "Fiji's coup", "a Thai military coup".
    private Optional<String> placeOf(int coup) {
        Optional<String> nationality = arguments.possessor(coup).actors().stream()
                .map(this::countryOf)
                .flatMap(Optional::stream)
                .findFirst();
        return nationality.or(() -> tree.children(coup, "nmod").stream()
                .filter(c -> PLACE_PREPOSITIONS.contains(tree.preposition(c)))
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .map(this::countryOf)
                .flatMap(Optional::stream)
                .findFirst());
    }

    private Optional<String> removedLeaderCountry(int verb) {
        return tree.children(verb, "obj").stream()
                .flatMap(o -> arguments.actorsOf(o, "").actors().stream())
                .map(this::countryOf)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Optional<String> countryOf(String actorId) {
        return index.actor(actorId).map(Actor::country).filter(country -> !country.isEmpty());
    }
}
