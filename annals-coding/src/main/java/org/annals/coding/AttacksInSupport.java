package org.annals.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * An attack made "in support of" an actor is military aid to that actor besides the attack: "Coalition military forces
 * conducted 11 strikes coordinated with and in support of the government of Iraq" (the forces aid the government). The
 * attacker is the subject of the clause that tells the attack; the phrases are supporting-phrases.tsv's rows.
 */
final class AttacksInSupport {
    /** The rule name of the events this class finds. */
    static final String RULE = "noun:support/in support of an attack";
    /** The type of the events this class finds. */
    static final String TYPE = "AID";
    /** The target slot: the actor after "of" on the noun. */
    static final String TARGET = "nmod:of";

    private static final String FILE = "/org/annals/coding/supporting-phrases.tsv";
    private static final Map<String, Phrase> PHRASES = phrases();
    private static final String ASSAULT = "ASSAULT";
    // "strikes coordinated with and in support of": a participle on the attack noun carries the phrase.
    private static final Set<String> MODIFIER_RELATIONS = Set.of("acl", "acl:relcl", "amod");
    private static final int MAX_CLIMB = 2;
    private static final String PARTICIPLE = "VBN";
    private static final Set<String> LOOSE_RELATIONS = Set.of("dep", "parataxis", "conj");

    private record Phrase(String preposition, String mode) {}

    /** Aid told by a support phrase: the verb whose subject gives it, and its AID mode. */
    record Aid(int attackVerb, String mode) {}

    private final Tree tree;
    private final EventLexicon lexicon;

    AttacksInSupport(Tree tree, EventLexicon lexicon) {
        this.tree = tree;
        this.lexicon = lexicon;
    }

    /** The aid a support phrase on an attack tells, or empty when the noun is no such phrase. */
    Optional<Aid> of(int noun) {
        Phrase phrase = PHRASES.get(Tree.lower(tree.token(noun).lemma()));
        // "with and in support of" gives the noun two prepositions; either may be the phrase's.
        boolean hung = phrase != null
                && tree.hasCase(noun, phrase.preposition())
                && !tree.children(noun, "nmod").isEmpty();
        return hung ? attackClause(tree.head(noun), 0).map(verb -> new Aid(verb, phrase.mode())) : Optional.empty();
    }

    private Optional<Integer> attackClause(int word, int climbed) {
        if (word < 0 || climbed > MAX_CLIMB) {
            return Optional.empty();
        }
        Token token = tree.token(word);
        if (token.isVerb()) {
            if (attackVerb(word) || tree.children(word, "obj").stream().anyMatch(this::attackNoun)) {
                return Optional.of(word);
            }
            if (misreadParticiple(word)) {
                return Optional.of(tree.head(word));
            }
            return MODIFIER_RELATIONS.contains(token.deprel())
                    ? attackClause(tree.head(word), climbed + 1)
                    : Optional.empty();
        }
        int verb = tree.head(word);
        boolean objectAttack = token.isNoun() && token.deprel().equals("obj") && attackNoun(word);
        return objectAttack && verb >= 0 && tree.token(verb).isVerb() ? Optional.of(verb) : Optional.empty();
    }

    // "conducted 11 strikes coordinated with and in support of": the parser reads the participle as a clause of its
    // own with the attack noun as subject, hung loosely on the verb that really tells the attack.
    private boolean misreadParticiple(int verb) {
        int governor = tree.head(verb);
        return tree.token(verb).pos().equals(PARTICIPLE)
                && LOOSE_RELATIONS.contains(tree.token(verb).deprel())
                && governor >= 0
                && tree.token(governor).isVerb()
                && tree.children(verb, "nsubj").stream().anyMatch(this::attackNoun);
    }

    private boolean attackVerb(int word) {
        return lexicon.verb(tree.token(word).lemma())
                .filter(v -> v.type().equals(ASSAULT))
                .isPresent();
    }

    private boolean attackNoun(int word) {
        return lexicon.nouns(tree.token(word).lemma()).stream()
                .anyMatch(n -> n.type().equals(ASSAULT));
    }

    private static Map<String, Phrase> phrases() {
        Map<String, Phrase> phrases = new HashMap<>();
        for (String[] row : Tsv.read(FILE, 3)) {
            if (phrases.put(row[0], new Phrase(row[1], row[2])) != null) {
                throw new IllegalStateException(FILE + ": '" + row[0] + "' is listed twice");
            }
        }
        return Map.copyOf(phrases);
    }
}
