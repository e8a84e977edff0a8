package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * Where the parse puts the agent of an act outside the act's own frame: the "of" phrase of "at the hands of" ("killed
 * at the hands of Assad"), the owner of an undertaking whose infinitive the act is ("the Iraqi mission to recapture
 * Mosul", data undertakings.tsv), and the partner of "working with X to support Y", whom the parser makes the subject
 * of the purpose clause though the one working does the act.
 */
final class OutsideAgents {
    private static final Set<String> UNDERTAKINGS = Tsv.words("/org/annals/coding/undertakings.tsv");
    private static final Set<String> PHRASE_RELATIONS = Set.of("obl", "nmod");
    // The parser hangs a noun's infinitive on the governing verb ("announced ... their operation to isolate").
    private static final Set<String> CLAUSE_RELATIONS = Set.of("xcomp", "advcl", "dep");
    private static final Set<String> MARK_RELATIONS = Set.of("mark", "dep");

    private final Tree tree;

    OutsideAgents(Tree tree) {
        this.tree = tree;
    }

    /** The "of" phrases of an "at the hands of" hung on the verb or noun. */
    List<Integer> atTheHandsOf(int head) {
        return tree.children(head).stream()
                .filter(c -> PHRASE_RELATIONS.contains(tree.token(c).deprel())
                        && Tree.lower(tree.token(c).lemma()).equals("hand")
                        && tree.preposition(c).equals("at"))
                .flatMap(hands -> tree.children(hands, "nmod").stream())
                .filter(of -> tree.preposition(of).equals("of"))
                .toList();
    }

    /**
     * The undertaking noun whose infinitive the verb is: the noun the infinitive modifies or, where the parser hung the
     * infinitive on the governing verb ("support Iraq's efforts to destroy") or made the noun its subject ("Russia's
     * campaign to seize the town" with "seize" as root), the listed noun just before its "to" inside that clause.
     */
    Optional<Integer> undertaking(int verb) {
        Optional<Integer> to = infinitiveMark(verb);
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Token token = tree.token(verb);
        int head = token.head();
        if (token.deprel().equals("acl")) {
            return head >= 0 && listed(head) ? Optional.of(head) : Optional.empty();
        }
        int before = to.get() - 1;
        if (before < 0 || !listed(before)) {
            return Optional.empty();
        }
        boolean ownSubject = before < verb && tree.inClause(verb, before);
        boolean hungOnTheVerb =
                CLAUSE_RELATIONS.contains(token.deprel()) && head >= 0 && before > head && tree.inClause(head, before);
        return ownSubject || hungOnTheVerb ? Optional.of(before) : Optional.empty();
    }

    /**
     * "The UK is working with its allies to support X": the parser reads "with its allies to support" as a clause
     * whose subject is the partner; the purpose is the subject's of the verb it hangs on.
     */
    boolean partnerPurpose(int verb) {
        Token token = tree.token(verb);
        return token.deprel().equals("advcl")
                && infinitiveMark(verb).isPresent()
                && tree.hasMark(verb, "with")
                && !tree.children(verb, "nsubj").isEmpty();
    }

    private Optional<Integer> infinitiveMark(int verb) {
        // The parser sometimes hangs the "to" as a loose "dep".
        return tree.children(verb).stream()
                .filter(m -> tree.token(m).pos().equals("TO")
                        && MARK_RELATIONS.contains(tree.token(m).deprel()))
                .findFirst();
    }

    private boolean listed(int noun) {
        return tree.token(noun).isNoun()
                && UNDERTAKINGS.contains(Tree.lower(tree.token(noun).lemma()));
    }
}
