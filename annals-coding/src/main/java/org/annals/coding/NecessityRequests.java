package org.annals.coding;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * A need said of another's act: "it is essential that the regime provides access", "it is vital that all parties
 * respect the ceasefire". The words of need are data ({@code necessity-words.tsv}); one counts only when said of an
 * empty "it" and governing a "that" clause, whose verb is the act asked for. Whether the act is asked of another
 * actor is {@link ModalRequests}' question, as for "must" and "should".
 */
final class NecessityRequests {
    private static final String FILE = "/org/annals/coding/necessity-words.tsv";
    private static final Set<String> WORDS = words();
    private static final Set<String> SUBJECTS = Set.of("expl", "nsubj");
    private static final Set<String> CLAUSES = Set.of("ccomp", "csubj");
    private static final String ADJECTIVE = "JJ";

    private static Set<String> words() {
        Set<String> words = new HashSet<>();
        for (String[] row : Tsv.read(FILE, 1)) {
            if (!words.add(row[0])) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice");
            }
        }
        return Set.copyOf(words);
    }

    private final Tree tree;

    NecessityRequests(Tree tree) {
        this.tree = tree;
    }

    /** The verb of the "that" clause said to be needed at {@code word}, or empty when the word says no such need. */
    Optional<Integer> neededAt(int word) {
        Token token = tree.token(word);
        if (!token.pos().startsWith(ADJECTIVE) || !WORDS.contains(Tree.lower(token.lemma())) || !saidOfIt(word)) {
            return Optional.empty();
        }
        return tree.children(word).stream()
                .filter(c -> CLAUSES.contains(tree.token(c).deprel()))
                .filter(c -> tree.preposition(c).equals("that"))
                .findFirst();
    }

    // "It is vital that": an empty subject; "the aid is vital" says nothing is needed of anyone.
    private boolean saidOfIt(int word) {
        return tree.children(word).stream()
                .anyMatch(c -> SUBJECTS.contains(tree.token(c).deprel())
                        && Tree.lower(tree.token(c).word()).equals("it"));
    }
}
