package org.annals.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;

/**
 * People named by the body they act for (affiliations.tsv): "a spokesman for the State Department", "officials
 * from the European Union", "leaders of African Union member states" act as that body, state or person, and so does
 * "the club's spokesman". Only a named actor counts: "a spokesman for the family" stays whoever else resolved it.
 */
final class AffiliatedPeople {
    private static final String FILE = "/org/annals/coding/affiliations.tsv";
    private static final Map<String, Set<String>> PREPOSITIONS = load();
    // "member states of the AU" and "AU member states" name the members of the body in the compound.
    private static final Set<String> MEMBER_NOUNS = Set.of("state", "country", "nation");
    private static final String MEMBER = "member";

    private final Tree tree;
    private final ActorIndex index;
    private final Function<Integer, List<String>> actors;

    /** {@code actors} gives the actors a token names, its conjuncts included ({@link Arguments#actorsOf}). */
    AffiliatedPeople(Tree tree, ActorIndex index, Function<Integer, List<String>> actors) {
        this.tree = tree;
        this.index = index;
        this.actors = actors;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> prepositions = new HashMap<>();
        for (String[] row : Tsv.read(FILE, 2)) {
            if (prepositions.put(row[0], Set.copyOf(Tsv.list(row[1]))) != null) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice");
            }
        }
        return Map.copyOf(prepositions);
    }

    /**
     * The bodies the noun acts for, when they say more than the actor it resolved to: nothing resolved, a group known
     * only by what it is, or an office-holder taken for the government of the article's country ("officials from
     * Google"). A person a description resolved to stays that person, and a description of a country's own office
     * ("Iran's foreign minister") is kept.
     */
    List<String> actingFor(int noun, Optional<String> resolved) {
        boolean description = index.mentionAt(tree.token(noun))
                .map(m -> m.type() == MentionType.DESCRIPTION)
                .orElse(false);
        boolean person = resolved.flatMap(index::actor)
                .map(a -> a.kind() == ActorKind.PERSON)
                .orElse(false);
        if (resolved.isPresent() && !index.unnamedGroup(resolved.get()) && (!description || person)) {
            return List.of();
        }
        List<String> bodies = bodies(noun);
        String country = resolved.flatMap(index::actor).map(Actor::country).orElse("");
        boolean ownCountry = !country.isEmpty() && bodies.equals(List.of(country));
        return ownCountry ? List.of() : bodies;
    }

    // The owner ("the club's spokesman") or the actors after the preposition ("officials from France and Germany",
    // "the leaders of the two countries"); empty when the noun names none.
    private List<String> bodies(int noun) {
        Set<String> prepositions = PREPOSITIONS.get(Tree.lower(tree.token(noun).lemma()));
        if (prepositions == null) {
            return List.of();
        }
        return tree.children(noun).stream()
                .filter(c -> tree.token(c).deprel().equals("nmod:poss")
                        ? !tree.token(c).pos().equals("PRP$")
                        : affiliating(c, prepositions))
                .map(this::body)
                .filter(found -> !found.isEmpty())
                .findFirst()
                .orElse(List.of());
    }

    private boolean affiliating(int child, Set<String> prepositions) {
        String deprel = tree.token(child).deprel();
        return (deprel.equals("nmod") || deprel.equals("obl")) && prepositions.contains(tree.preposition(child));
    }

    // The named actors at the token, not groups known only by what they are; the members of a body named in the
    // compound ("AU member states", "EU members").
    private List<String> body(int token) {
        String lemma = Tree.lower(tree.token(token).lemma());
        boolean members = lemma.equals(MEMBER)
                || (MEMBER_NOUNS.contains(lemma)
                        && tree.children(token, "compound").stream()
                                .anyMatch(c -> Tree.lower(tree.token(c).lemma()).equals(MEMBER)));
        List<String> named = actors.apply(token).stream()
                .filter(id -> !index.unnamedGroup(id))
                .toList();
        if (!named.isEmpty() || !members) {
            return named;
        }
        return tree.children(token, "compound").stream()
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .filter(id ->
                        index.actor(id).map(a -> a.kind() == ActorKind.IGO).orElse(false))
                .findFirst()
                .map(List::of)
                .orElse(List.of());
    }
}
