package org.annals.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.annals.core.ActorKind;

/**
 * "The Trump administration", "the Johnson government", "Merkel's cabinet" (led-governments.tsv): a government named
 * by the person who leads it is the government of that person's country, the body "the government" names, and not
 * the person. The leader's country is the one the article gives the person, else the one country the article is
 * about. An indefinite noun ("a Biden administration"), a plural, or an owner that is no person leaves the noun as
 * it was.
 */
final class LedGovernments {
    private static final String FILE = "/org/annals/coding/led-governments.tsv";
    private static final Set<String> NOUNS = Tsv.words(FILE);
    private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "no", "every", "each");
    private static final Set<String> LEADER_RELATIONS = Set.of("compound", "nmod:poss");

    /** The leader's mention and the noun, with the country whose government the noun names. */
    record Led(Resolved leader, int noun, String iso3) {}

    private final Tree tree;
    private final Map<String, ActorDraft> actors;
    private final List<Resolved> resolved;

    LedGovernments(Tree tree, Map<String, ActorDraft> actors, Collection<Resolved> resolved) {
        this.tree = tree;
        this.actors = actors;
        this.resolved = new ArrayList<>(resolved);
    }

    /** Every listed noun no mention covers whose one leader is a person of a known country, in order. */
    List<Led> find(IntPredicate covered, Supplier<Optional<String>> articleCountry) {
        List<Led> led = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            boolean candidate = NOUNS.contains(Tree.lower(tree.token(i).lemma()))
                    && tree.inArticle(i)
                    && tree.token(i).pos().equals("NN")
                    && !indefinite(i)
                    && !covered.test(i);
            if (candidate) {
                int noun = i;
                onlyLeader(noun).ifPresent(leader -> countryOf(leader, articleCountry)
                        .ifPresent(c -> led.add(new Led(leader, noun, c))));
            }
        }
        return led;
    }

    private boolean indefinite(int noun) {
        return tree.hasDeterminer(noun, INDEFINITE);
    }

    // The person's name right before the noun, or before its "'s": "Trump administration", "Trump's administration".
    private Optional<Resolved> onlyLeader(int noun) {
        List<Resolved> leaders = new ArrayList<>();
        for (int child : tree.children(noun)) {
            if (LEADER_RELATIONS.contains(tree.token(child).deprel())) {
                mentionAt(child).filter(m -> isPerson(m) && endsBefore(m, noun)).ifPresent(leaders::add);
            }
        }
        return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }

    private boolean endsBefore(Resolved mention, int noun) {
        int next = mention.last() + 1;
        return next == noun || (next + 1 == noun && tree.token(next).pos().equals("POS"));
    }

    private Optional<Resolved> mentionAt(int token) {
        return resolved.stream().filter(m -> m.covers(token)).findFirst();
    }

    private boolean isPerson(Resolved mention) {
        ActorDraft actor = actors.get(mention.actorId());
        return actor != null && actor.kind == ActorKind.PERSON;
    }

    private Optional<String> countryOf(Resolved leader, Supplier<Optional<String>> articleCountry) {
        String country = actors.get(leader.actorId()).country;
        return country.isEmpty() ? articleCountry.get() : Optional.of(country);
    }
}
