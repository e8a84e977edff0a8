package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "Reuters quoted the minister as saying the talks had failed", "It cited the Air Force as stating Saha Airlines owned
 * the plane": the words are those of whom the verb of citing names, its object (or, in the passive "The minister was
 * quoted as saying ...", its subject), not the citer's. Parsers seldom make the participle the head of its clause:
 * they hang "as" on the reported clause's verb, the participle on a word of that clause, and the clause on the verb
 * of citing. That shape is read here; a participle that heads its clause is read by the subject rules of
 * {@link Speakers}.
 */
final class CitedAsSaying {
    private static final Set<String> CITING = Set.of("cite", "quote");
    private static final Set<String> SOURCE_RELATIONS = Set.of("obj", "nsubj:pass");

    private CitedAsSaying() {}

    /** Who is cited as saying what {@code participle} reports: the object or passive subject of "cited"/"quoted". */
    static Optional<Token> source(List<Token> tokens, Token participle) {
        return reportedVerb(tokens, participle).flatMap(verb -> citedSource(tokens, tokens.get(verb.head())));
    }

    /** The clause {@code participle} reports, from the word after it ("that" left out) to the end of its verb's words. */
    static Optional<Span> clause(List<Token> tokens, Token participle) {
        Optional<Token> verb = reportedVerb(tokens, participle)
                .filter(v -> citedSource(tokens, tokens.get(v.head())).isPresent());
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        int first = participle.index() + 1;
        if (tokens.get(first).word().equalsIgnoreCase("that")) {
            first++;
        }
        int last = MisparsedClauses.rightEdge(tokens, verb.get());
        return first <= last
                ? Optional.of(new Span(
                        tokens.get(first).span().start(),
                        tokens.get(last).span().end()))
                : Optional.empty();
    }

    /**
     * The verb of the clause reported by "as {@code participle}": the head of "as", after the participle, governed by
     * a verb of citing, with the participle hung inside that clause.
     */
    private static Optional<Token> reportedVerb(List<Token> tokens, Token participle) {
        int at = participle.index();
        if (!participle.pos().equals("VBG") || at == 0 || at + 1 >= tokens.size()) {
            return Optional.empty();
        }
        Token as = tokens.get(at - 1);
        if (!as.word().equalsIgnoreCase("as") || as.head() <= at || as.sentence() != participle.sentence()) {
            return Optional.empty();
        }
        Token verb = tokens.get(as.head());
        boolean insideClause = participle.head() > at && participle.head() <= MisparsedClauses.rightEdge(tokens, verb);
        boolean cited = verb.head() >= 0 && isCiting(tokens.get(verb.head()));
        return insideClause && cited ? Optional.of(verb) : Optional.empty();
    }

    private static boolean isCiting(Token token) {
        return token.isVerb() && CITING.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    private static Optional<Token> citedSource(List<Token> tokens, Token citing) {
        return tokens.stream()
                .filter(t -> t.head() == citing.index() && SOURCE_RELATIONS.contains(t.deprel()))
                .findFirst();
    }
}
