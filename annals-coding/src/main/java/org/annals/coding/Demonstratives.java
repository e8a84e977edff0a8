package org.annals.coding;

import java.util.Optional;
import java.util.Set;

/**
 * "The mayor is trying to silence the council -- this is a reckless way to govern": a bare demonstrative that is the
 * subject of a clause joined to the clause before it stands for that clause, so what is said of it is said of what
 * that clause tells its subject did; one that opens a quoted sentence stands for the quoted sentence before it.
 */
final class Demonstratives {
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("this", "that");
    private static final Set<String> JOINED_CLAUSES = Set.of("parataxis", "conj", "dep");

    private final Tree tree;

    Demonstratives(Tree tree) {
        this.tree = tree;
    }

    /** The head of the earlier clause the subject of {@code clause} stands for, or none when it names something. */
    Optional<Integer> clauseFor(int subject, int clause) {
        if (!bare(subject)) {
            return Optional.empty();
        }
        int governor = tree.head(clause);
        if (JOINED_CLAUSES.contains(tree.token(clause).deprel()) && governor >= 0 && governor < subject) {
            return Optional.of(governor).filter(this::verbClause);
        }
        // The judgement opens its sentence, perhaps reported by a verb after it ("This is reckless," she said).
        if (governor < 0 || governor > subject) {
            return quotedSentenceBefore(subject);
        }
        // The parser may make the judgement the head and hang the earlier clause on it.
        return tree.children(clause).stream()
                .filter(c ->
                        c < subject && JOINED_CLAUSES.contains(tree.token(c).deprel()))
                .filter(this::verbClause)
                .findFirst();
    }

    // '"The mayor silenced the council. This is reckless."': within one quotation, a sentence that opens with the
    // demonstrative judges what the sentence before it told.
    private Optional<Integer> quotedSentenceBefore(int subject) {
        int sentence = tree.token(subject).sentence();
        int first = subject;
        while (first > 0 && tree.token(first - 1).sentence() == sentence) {
            first--;
        }
        for (int i = first; i < subject; i++) {
            if (!tree.token(i).pos().equals("``") && !tree.token(i).word().equals("\"")) {
                return Optional.empty();
            }
        }
        for (int i = first - 1; i >= 0 && tree.token(i).sentence() == sentence - 1; i--) {
            if (tree.head(i) < 0) {
                return Optional.of(i).filter(root -> verbClause(root) && tree.quoted(root) && tree.quoted(subject));
            }
        }
        return Optional.empty();
    }

    // "this plan" names a plan; only "this" on its own points back at what was said.
    private boolean bare(int subject) {
        return CLAUSE_PRONOUNS.contains(Tree.lower(tree.token(subject).word()))
                && tree.token(subject).pos().equals("DT")
                && tree.children(subject).stream()
                        .allMatch(c -> tree.token(c).deprel().equals("punct"));
    }

    private boolean verbClause(int head) {
        return tree.token(head).isVerb();
    }
}
