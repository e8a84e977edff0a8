package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * "joined Jordan in Exercise Eager Lion 16", "took part in Operation Inherent Resolve": the noun of a verb phrase
 * (verbs.tsv, verb, preposition and noun: "join in exercise") often opens the name of the occasion, where the parser
 * makes the name's last word the head of the phrase. The phrase holds when the noun is the head or one of the
 * name's words before it.
 */
final class NamedComplements {
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "amod");

    private final Tree tree;
    private final EventLexicon lexicon;

    NamedComplements(Tree tree, EventLexicon lexicon) {
        this.tree = tree;
        this.lexicon = lexicon;
    }

    /** The phrase entry a prepositional complement of the verb names through one of its words, if any. */
    Optional<EventLexicon.Verb> of(int verb) {
        String lemma = Tree.lower(tree.token(verb).lemma());
        return tree.children(verb, "obl").stream()
                .filter(c -> !tree.preposition(c).isEmpty())
                .flatMap(c -> words(c).map(w -> lemma + " " + tree.preposition(c) + " " + w))
                .map(lexicon::verb)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private Stream<String> words(int head) {
        List<Integer> parts = tree.children(head).stream()
                .filter(c -> c < head && NAME_PARTS.contains(tree.token(c).deprel()))
                .toList();
        return Stream.concat(Stream.of(head), parts.stream())
                .map(t -> Tree.lower(tree.token(t).lemma()));
    }
}
