package org.annals.coding;

import java.util.Optional;
import org.annals.core.Token;

/**
 * Event nouns whose actors stand outside the noun's own owner slots: "a meeting between A and B" (both take part,
 * also when the phrase hangs on the verb the noun is the subject of: "a memorandum was signed between A and B"),
 * "A is in talks with B" / "A worked in cooperation with B" (the holder of the "in" phrase acts), "a call made by A
 * to B" (a support verb as a participle on the noun, its agent acting). Which nouns take which frame is data: the
 * support entries {@code between}, {@code * in} and {@code by-participle} of nouns.tsv.
 */
final class NounFrames {
    /** Support entry of nouns.tsv: the actors after "between" are the event's participants. */
    static final String BETWEEN = "between";
    /** Support entry of nouns.tsv: a noun after "in" is held by the subject of the clause the phrase belongs to. */
    static final String IN_PHRASE = "* in";
    /** Support entry of nouns.tsv: the row's support verbs also code as a participle on the noun with a "by" agent. */
    static final String BY_PARTICIPLE = "by-participle";
    /** Rule suffix of a support verb reduced to a participle on its noun ("a call made by A"). */
    static final String REDUCED = "/reduced";

    private static final String IN = "in";

    private final Tree tree;
    private final Arguments arguments;

    NounFrames(Tree tree, Arguments arguments) {
        this.tree = tree;
        this.arguments = arguments;
    }

    /**
     * The actors after "between" on the noun, when at least two are named: "a meeting between A and B"; or on the
     * verb the noun is the subject of: "a memorandum was signed between A, B and C", "the agreement reached
     * yesterday between A and B".
     */
    Arguments.Found participants(int noun) {
        if (describesMembership(noun)) {
            return Arguments.Found.NONE;
        }
        Arguments.Found own = betweenPhrase(noun, "nmod");
        return own.actors().isEmpty() ? onVerbOfSubject(noun) : own;
    }

    // With the event noun as its subject the verb only tells that the act happened ("was signed", "took place",
    // "reached" read as a reduced relative), so the parties it names after "between" are the act's, wherever the
    // parser hung the phrase.
    private Arguments.Found onVerbOfSubject(int noun) {
        int verb = tree.head(noun);
        boolean subject = tree.token(noun).deprel().equals("nsubj")
                || tree.token(noun).deprel().equals("nsubj:pass");
        if (!subject || verb < 0 || !tree.token(verb).isVerb()) {
            return Arguments.Found.NONE;
        }
        return betweenPhrase(verb, "obl");
    }

    private Arguments.Found betweenPhrase(int head, String relation) {
        return tree.children(head, relation).stream()
                .filter(c -> tree.preposition(c).equals(BETWEEN) && !pairsJoined(c))
                .map(c -> arguments.actorsOf(c, BETWEEN))
                .filter(found -> found.actors().size() >= 2)
                .findFirst()
                .orElse(Arguments.Found.NONE);
    }

    // "deals between Israel and Bahrain and between Serbia and Kosovo": the parser joins the second pair to the first,
    // and pooling them would make all four agree with one another.
    private boolean pairsJoined(int between) {
        return tree.children(between, "conj").stream()
                .anyMatch(member -> tree.preposition(member).equals(BETWEEN));
    }

    // "Brazil is part of a pact between the EU and Mercosur", "is a member of the alliance between": a noun after
    // "of" on a predicate nominal tells what someone belongs to, a standing arrangement, not a happening.
    private boolean describesMembership(int noun) {
        int governor = tree.head(noun);
        return governor >= 0
                && tree.preposition(noun).equals("of")
                && !tree.children(governor, "cop").isEmpty();
    }

    /**
     * The predicate holding a noun that follows "in": the verb it is an {@code obl} of ("troops there to fight in
     * cooperation with local forces"), also when the parser hung the phrase on that verb's object ("to eliminate
     * militants in cooperation with local forces"), or the noun itself when a copula makes it the predicate
     * ("Georgia, which is in a conflict with Russia"), so that the clause's subject acts.
     */
    Optional<Integer> inPhraseHolder(int noun) {
        Token token = tree.token(noun);
        if (!tree.preposition(noun).equals(IN)) {
            return Optional.empty();
        }
        int governor = tree.head(noun);
        if (token.deprel().equals("obl")
                && governor >= 0
                && tree.token(governor).isVerb()) {
            return Optional.of(governor);
        }
        if (token.deprel().equals("nmod")
                && governor >= 0
                && tree.token(governor).deprel().equals("obj")) {
            int verb = tree.head(governor);
            return verb >= 0 && tree.token(verb).isVerb() ? Optional.of(verb) : Optional.empty();
        }
        boolean predicate = !tree.children(noun, "cop").isEmpty()
                && !tree.children(noun, "nsubj").isEmpty();
        return predicate ? Optional.of(noun) : Optional.empty();
    }

    /**
     * A support verb of the noun used as a past participle on it with an agent: "a phone call made by A to B",
     * for the rows that list {@link #BY_PARTICIPLE}. Without a "by" agent the participle names nobody.
     */
    Optional<Integer> reducedSupport(int noun, EventLexicon.Noun entry) {
        if (!entry.supportVerbs().contains(BY_PARTICIPLE)) {
            return Optional.empty();
        }
        return tree.children(noun, "acl").stream()
                .filter(c -> tree.token(c).pos().equals("VBN"))
                .filter(c ->
                        entry.supportVerbs().contains(Tree.lower(tree.token(c).lemma())))
                .filter(c -> !arguments.source(c).actors().isEmpty())
                .findFirst();
    }
}
