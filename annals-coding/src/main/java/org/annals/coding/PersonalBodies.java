package org.annals.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.annals.core.ActorKind;

/**
 * "The Biden campaign", "the president's legal team" (personal-bodies.tsv): a body that works for one named person.
 * The owner must be a compound or possessive resolved to a person; the body is then an organisation named as told.
 * Anything else (a firm or place as owner, two owners, a pronoun, an indefinite or plural noun) leaves the noun as it
 * was.
 */
final class PersonalBodies {
    private static final String FILE = "/org/annals/coding/personal-bodies.tsv";
    private static final Set<String> NOUNS = Tsv.words(FILE);
    private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "no", "every", "each");
    private static final Set<String> OWNER_RELATIONS = Set.of("compound", "nmod:poss");

    /** The noun at {@code head}, owned by {@code owner}; {@code name} as told, with the owner's full name. */
    record Body(int head, ActorDraft owner, String name) {}

    private final Tree tree;
    private final Map<String, ActorDraft> actors;
    private final List<Resolved> resolved;

    PersonalBodies(Tree tree, Map<String, ActorDraft> actors, Collection<Resolved> resolved) {
        this.tree = tree;
        this.actors = actors;
        this.resolved = new ArrayList<>(resolved);
    }

    /** Every listed common noun no mention covers whose one owner is a person. */
    List<Body> find(IntPredicate covered) {
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            boolean candidate = NOUNS.contains(Tree.lower(tree.token(i).lemma()))
                    && tree.inArticle(i)
                    && commonSingular(i)
                    && !indefinite(i)
                    && !covered.test(i);
            if (candidate) {
                int head = i;
                onlyPersonOwner(head).ifPresent(owner -> bodies.add(new Body(head, owner, name(head, owner))));
            }
        }
        return bodies;
    }

    private boolean commonSingular(int index) {
        return tree.token(index).pos().equals("NN");
    }

    // "What would a Collins campaign look like?": an indefinite body may come to be; it is none that acts.
    private boolean indefinite(int index) {
        return tree.hasDeterminer(index, INDEFINITE);
    }

    private Optional<ActorDraft> onlyPersonOwner(int head) {
        Map<String, ActorDraft> owners = new LinkedHashMap<>();
        for (int child : tree.children(head)) {
            if (OWNER_RELATIONS.contains(tree.token(child).deprel())) {
                actorAt(child).ifPresent(owner -> owners.put(owner.id, owner));
            }
        }
        Optional<ActorDraft> only =
                owners.size() == 1 ? owners.values().stream().findFirst() : Optional.empty();
        return only.filter(owner -> owner.kind == ActorKind.PERSON);
    }

    private Optional<ActorDraft> actorAt(int token) {
        return resolved.stream()
                .filter(m -> m.covers(token))
                .map(m -> actors.get(m.actorId()))
                .filter(a -> a != null)
                .findFirst();
    }

    // "the president's legal team" -> "Donald Trump's legal team": the owner's full name, then the words after it.
    private String name(int head, ActorDraft owner) {
        StringBuilder words = new StringBuilder(owner.name);
        int ownerToken = tree.children(head).stream()
                .filter(c -> OWNER_RELATIONS.contains(tree.token(c).deprel()))
                .max(Integer::compare)
                .orElse(head);
        for (int i = ownerToken + 1; i <= head; i++) {
            String word = tree.token(i).word();
            boolean possessive = tree.token(i).pos().equals("POS");
            if (tree.dominates(head, i) && !possessive) {
                words.append(' ').append(word);
            } else if (possessive) {
                words.append(word);
            }
        }
        return words.toString();
    }
}
