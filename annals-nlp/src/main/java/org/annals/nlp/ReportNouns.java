package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * Indirect speech carried by a noun: "made a surprise announcement that he was running", "the New York Times report
 * that Russians were paying bounties". The content is the noun's "that" clause with a subject of its own (a relative
 * clause, "the claim that was published", has "that" as its subject and is no content); the holder is named by a
 * possessor, a name before the noun, or the subject of a verb that makes the report its own.
 */
final class ReportNouns {
    private static final String NOUN_FILE = "/org/annals/nlp/report-nouns.txt";
    private static final String VERB_FILE = "/org/annals/nlp/report-noun-verbs.txt";
    private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "acl");
    private static final Set<String> NAMING_RELATIONS = Set.of("nmod:poss", "compound");

    private final Set<String> nouns;
    private final Set<String> verbs;

    ReportNouns() {
        this.nouns = WordLists.read(NOUN_FILE);
        this.verbs = WordLists.read(VERB_FILE);
    }

    /** The report noun whose content clause {@code clauseHead} is, if any. */
    Optional<Token> nounOf(List<Token> tokens, Token clauseHead) {
        if (!CONTENT_RELATIONS.contains(clauseHead.deprel()) || clauseHead.head() < 0) {
            return Optional.empty();
        }
        Token noun = tokens.get(clauseHead.head());
        boolean reportNoun = noun.pos().startsWith("NN")
                && !noun.pos().startsWith("NNP")
                && nouns.contains(noun.lemma().toLowerCase(Locale.ROOT));
        boolean content =
                reportNoun && hasChild(tokens, clauseHead, "mark", "that") && Heads.hasSubject(tokens, clauseHead);
        return reportNoun && content && noun.index() < clauseHead.index() ? Optional.of(noun) : Optional.empty();
    }

    /** "Macron's claim", "the Times report": the words before the noun that name who holds it. */
    static Optional<Token> namedHolder(List<Token> tokens, Token noun) {
        return tokens.stream()
                .filter(t -> t.head() == noun.index()
                        && t.index() < noun.index()
                        && NAMING_RELATIONS.contains(t.deprel())
                        && (t.isProperNoun() || t.pos().equals("PRP$")))
                .findFirst();
    }

    /** "Turkey maintains a position that ...": the verb whose subject holds the report it takes as object. */
    Optional<Token> holdingVerb(List<Token> tokens, Token noun) {
        if (!noun.deprel().equals("obj") || noun.head() < 0) {
            return Optional.empty();
        }
        Token verb = tokens.get(noun.head());
        return verb.isVerb() && verbs.contains(verb.lemma().toLowerCase(Locale.ROOT))
                ? Optional.of(verb)
                : Optional.empty();
    }

    private static boolean hasChild(List<Token> tokens, Token head, String deprel, String word) {
        return tokens.stream()
                .anyMatch(t -> t.head() == head.index()
                        && t.deprel().equals(deprel)
                        && t.word().equalsIgnoreCase(word));
    }
}
