package org.annals.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annals.core.ActorKind;

/**
 * "The prime minister", "the attorney general", "the British foreign minister", "the US president": a definite title
 * of several words (titles.tsv), or one a country qualifies, names the one person named before it with that role
 * (and, when qualified, of that country). Any other modifier ("the former prime minister", "the new foreign
 * minister"), a second holder or a holder of another country leaves it unresolved: a wrong actor is worse than none.
 * A bare one-word title ("the president") is {@link DefiniteDescriptions}' own case.
 */
final class TitledDescriptions {
    private static final Set<String> TITLE_RELATIONS = Set.of("compound", "amod");
    private static final Set<String> COUNTRY_RELATIONS = Set.of("compound", "amod", "nmod:poss");

    /** The title's words from {@code first} to the head, its role, and the country that qualifies it, if any. */
    record Description(int first, String words, KnowledgeBase.Title title, Optional<String> country) {}

    private final Tree tree;
    private final KnowledgeBase kb;
    private final Map<String, ActorDraft> actors;
    private final List<Resolved> resolved;

    TitledDescriptions(Tree tree, KnowledgeBase kb, Map<String, ActorDraft> actors, Collection<Resolved> resolved) {
        this.tree = tree;
        this.kb = kb;
        this.actors = actors;
        this.resolved = new ArrayList<>(resolved);
    }

    /** The person "the TITLE" at {@code head} names, when exactly one holder was named before it. */
    Optional<String> holder(int head) {
        if (!tree.definite(head)) {
            return Optional.empty();
        }
        return description(head).flatMap(this::onlyHolder);
    }

    private Optional<Description> description(int head) {
        List<Integer> before = tree.children(head).stream()
                .filter(c -> c < head && !tree.token(c).deprel().equals("det"))
                .toList();
        int first = longestTitleStart(head, before);
        Optional<KnowledgeBase.Title> title = titleOf(first, head);
        if (title.isEmpty() || title.get().role().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> country = Optional.empty();
        for (int child : before) {
            if (child >= first) {
                continue;
            }
            Optional<String> iso3 = qualifyingCountry(child);
            if (iso3.isEmpty() || country.filter(c -> !c.equals(iso3.get())).isPresent()) {
                return Optional.empty();
            }
            country = iso3;
        }
        boolean oneWordUnqualified = first == head && country.isEmpty();
        return oneWordUnqualified
                ? Optional.empty()
                : Optional.of(new Description(first, titleWords(first, head), title.get(), country));
    }

    /**
     * "the secretary of state": the title the head makes with its "of" phrase, when the title list has one; the
     * head's own word ("secretary") is another office.
     */
    Optional<KnowledgeBase.Title> withOfPhrase(int head) {
        for (int child : tree.children(head, "nmod")) {
            boolean adjacent = child == head + 2 && tree.preposition(child).equals("of");
            if (adjacent) {
                String phrase = Tree.lower(tree.token(head).word()) + " of "
                        + Tree.lower(tree.token(child).word());
                Optional<KnowledgeBase.Title> title = kb.title(phrase);
                if (title.isPresent()) {
                    return title;
                }
            }
        }
        return Optional.empty();
    }

    // "prime minister" in "the British prime minister": the longest run of the head's own compound or adjective
    // children right before it that the title list names, so "British" stays outside as the country.
    private int longestTitleStart(int head, List<Integer> before) {
        int first = head;
        for (int start = head - 1; start >= 0 && head - start < kb.longestTitle(); start--) {
            if (!before.contains(start)
                    || !TITLE_RELATIONS.contains(tree.token(start).deprel())) {
                break;
            }
            if (titleOf(start, head).isPresent()) {
                first = start;
            }
        }
        return first;
    }

    private Optional<KnowledgeBase.Title> titleOf(int first, int head) {
        String prefix = prefix(first, head);
        return kb.title(prefix + Tree.lower(tree.token(head).word()))
                .or(() -> kb.title(prefix + Tree.lower(tree.token(head).lemma())));
    }

    // The title as the title list spells it: the written head word when the list has it, else its lemma.
    private String titleWords(int first, int head) {
        String written = prefix(first, head) + Tree.lower(tree.token(head).word());
        return kb.title(written).isPresent()
                ? written
                : prefix(first, head) + Tree.lower(tree.token(head).lemma());
    }

    private String prefix(int first, int head) {
        StringBuilder words = new StringBuilder();
        for (int i = first; i < head; i++) {
            words.append(Tree.lower(tree.token(i).word())).append(' ');
        }
        return words.toString();
    }

    private Optional<String> qualifyingCountry(int child) {
        if (!COUNTRY_RELATIONS.contains(tree.token(child).deprel())) {
            return Optional.empty();
        }
        return resolved.stream()
                .filter(m -> m.covers(child))
                .map(m -> actors.get(m.actorId()))
                .filter(a -> a != null && a.kind == ActorKind.COUNTRY && !a.country.isEmpty())
                .map(a -> a.country)
                .findFirst();
    }

    private Optional<String> onlyHolder(Description description) {
        Set<String> ids = new TreeSet<>();
        for (Resolved m : resolved) {
            ActorDraft actor = actors.get(m.actorId());
            boolean holder = m.last() < description.first()
                    && actor != null
                    && actor.kind == ActorKind.PERSON
                    && actor.role.equals(description.title().role())
                    && description.country().map(actor.country::equals).orElse(true)
                    && BareTitles.sameOfficeName(
                            actor, description.words(), description.title().role(), kb);
            if (holder) {
                ids.add(actor.id);
            }
        }
        return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
    }
}
