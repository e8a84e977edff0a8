package org.annals.coding;

import java.util.Set;
import java.util.stream.Collectors;
import org.annals.core.Token;

/**
 * The nouns of acts.tsv that name a one-sided act ("shooting", "raid", "airstrike"): the acts whose author
 * {@link ModifierAuthors} reads from a compound before the noun. The actors stage asks it before it makes a mention of
 * a common noun in that place, and the coder before it takes such a noun alone for an event. An instrument with an
 * event row ("weapon") names no act, so "ISIL weapons" is no act of ISIL's.
 */
final class OneSidedActNouns {
    private static final Set<String> NOUNS = Tsv.read("/org/annals/coding/acts.tsv", 3).stream()
            .filter(row -> Tsv.list(row[2]).stream().anyMatch(ModifierAuthors.ONE_SIDED_TYPES::contains))
            .map(row -> Tree.lower(row[0]))
            .collect(Collectors.toUnmodifiableSet());

    private OneSidedActNouns() {}

    /** Whether the token is such a noun: by its lemma, or by its form where the tagger took it for a gerund. */
    static boolean at(Token token) {
        return NOUNS.contains(Tree.lower(token.lemma())) || NOUNS.contains(Tree.lower(token.word()));
    }
}
