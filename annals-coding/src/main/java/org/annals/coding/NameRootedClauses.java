package org.annals.coding;

import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * Sentences the parser rooted in their subject: "Ana Okafor, who was envoy until May, also criticized the decision"
 * and "Okafor, who used to own the team, was convicted of fraud" come out with the name as the root and the main verb
 * hung on it as a relative clause or a loose dependent, its own subject slot empty (the parser gave "who" to the main
 * verb). A sentence has a verb for its root; when the root is a name set off by a comma and the verb after it has no
 * subject of its own, the name is that verb's subject ("the president, who appointed her, responded to her letter,
 * calling for a transition"), or, for a passive, who underwent it. A verb with a subject of its own ("the attack,
 * which killed five") is an ordinary relative clause and is left to the other rules.
 */
final class NameRootedClauses {
    private static final Set<String> HUNG = Set.of("acl:relcl", "acl", "dep", "parataxis");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "that");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl");

    private final Tree tree;

    NameRootedClauses(Tree tree) {
        this.tree = tree;
    }

    /** The root noun that is the subject of an active verb the parser hung on it, if the verb is such a predicate. */
    Optional<Integer> subject(int verb) {
        return rootNoun(verb).filter(noun -> !passive(verb) && active(verb));
    }

    /** The root noun that underwent a passive verb the parser hung on it ("X, who ..., was convicted"). */
    Optional<Integer> patient(int verb) {
        return rootNoun(verb).filter(noun -> passive(verb));
    }

    private Optional<Integer> rootNoun(int verb) {
        Token token = tree.token(verb);
        int noun = token.head();
        if (!token.isVerb()
                || noun < 0
                || noun > verb
                || tree.head(noun) >= 0
                || !tree.token(noun).isNoun()
                || !HUNG.contains(token.deprel())
                || ownSubject(verb)
                || !setOff(noun, verb)) {
            return Optional.empty();
        }
        return Optional.of(noun);
    }

    // A finite verb, a participle set off by a comma (", calling for"), or a verb with an auxiliary ("has made"); an
    // infinitive ("to own") or a bare past participle ("the team owned by") is no predicate of the name.
    private boolean active(int verb) {
        Token token = tree.token(verb);
        if (!tree.children(verb, "mark").isEmpty()) {
            return false;
        }
        boolean commaBefore = verb > 0 && tree.token(verb - 1).word().equals(",");
        return FINITE.contains(token.pos())
                || token.pos().equals("VBG") && commaBefore
                || !tree.children(verb, "aux").isEmpty();
    }

    private boolean passive(int verb) {
        return tree.token(verb).pos().equals("VBN")
                && !tree.children(verb, "aux:pass").isEmpty();
    }

    private boolean ownSubject(int verb) {
        return tree.children(verb).stream()
                .anyMatch(c -> SUBJECTS.contains(tree.token(c).deprel()));
    }

    // "Okafor, who ...": a comma right after the name sets it off from what the parser hung on it.
    private boolean setOff(int noun, int verb) {
        return noun + 1 < verb && tree.token(noun + 1).word().equals(",");
    }

    /**
     * Whether the dependent is the relative pronoun the parser gave such a verb ("who" as the object of "criticized"
     * in "Okafor, who was envoy, also criticized the decision"): it stands for the name, not for the verb's target.
     */
    boolean strandedRelative(int verb, int dependent) {
        return RELATIVES.contains(Tree.lower(tree.token(dependent).word()))
                && rootNoun(verb).isPresent();
    }
}
