package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * A judgement reported as an object and an "as" phrase: "La Riva regarded [technology under capitalism as
 * problematic]", "Pierce viewed [the debt as an issue]", "viewing [the president as having no plan]". The object and
 * its predicate stand for the clause "technology is problematic", as the object and infinitive of a belief do
 * ({@link BeliefClauses}). The parser hangs the predicate on the verb (an adverbial clause or an oblique) with "as" as
 * its case or marker. The verbs are data ({@code judging-as-verbs.txt}); a passive verb ("was regarded as a failure")
 * has no object and reports nothing, and a judgement in a relative clause ("respondents who regarded their situation
 * as better") tells which people are meant, not what anyone said.
 */
final class AsJudgements {
    private static final String VERB_FILE = "/org/annals/nlp/judging-as-verbs.txt";
    private static final Set<String> PREDICATES = Set.of("advcl", "obl", "xcomp", "dep");
    private static final Set<String> AS_RELATIONS = Set.of("case", "mark");

    private final Set<String> verbs;

    AsJudgements() {
        this.verbs = WordLists.read(VERB_FILE);
    }

    /** The object and "as" predicate of {@code verb}, when it is a judging verb with both; else empty. */
    Optional<Span> of(List<Token> tokens, Token verb) {
        if (!verb.isVerb() || !judges(verb.lemma()) || verb.deprel().equals("acl:relcl")) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, verb);
        Optional<Token> object = dependent(tokens, verb, range, Set.of("obj"))
                .filter(t -> t.isNoun() || t.pos().equals("PRP"));
        if (object.isEmpty()) {
            return Optional.empty();
        }
        return tokens.subList(object.get().index() + 1, range.end()).stream()
                .filter(t -> t.head() == verb.index() && PREDICATES.contains(t.deprel()))
                .filter(t -> marksAs(tokens, t))
                .findFirst()
                .map(predicate -> DirectiveClauses.phraseSpan(tokens, object.get(), predicate, range));
    }

    private static Optional<Token> dependent(
            List<Token> tokens, Token verb, Speakers.Sentencewise range, Set<String> relations) {
        return tokens.subList(verb.index() + 1, range.end()).stream()
                .filter(t -> t.head() == verb.index() && relations.contains(t.deprel()))
                .findFirst();
    }

    /** The predicate's own first dependent is "as", its case or marker. */
    private static boolean marksAs(List<Token> tokens, Token predicate) {
        return tokens.subList(0, predicate.index()).stream()
                .filter(t -> t.head() == predicate.index())
                .findFirst()
                .filter(t -> t.word().equalsIgnoreCase("as") && AS_RELATIONS.contains(t.deprel()))
                .isPresent();
    }

    /** Whether {@code lemma} (a verb's, or a quote's cue) is a judging verb of the list. */
    boolean judges(String lemma) {
        return verbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * "Politico regarded the debate as "markedly more civil"": reported content with a quoted fragment is one partial
     * quote, the fragment, credited to the judge (docs/quote-annotation.md, "Mixed sentences"). Without a cue verb of
     * its own the fragment was read as a scare quote; it takes the judgement's speaker and cue, and the judgement gives
     * way to it.
     */
    List<Quote> withMarkedFragments(List<Quote> quotes) {
        List<Quote> result = new ArrayList<>(quotes);
        for (Quote judgement : quotes) {
            if (judgement.kind() != QuoteKind.INDIRECT || !judges(judgement.cue())) {
                continue;
            }
            List<Quote> fragments = quotes.stream()
                    .filter(q -> q.kind() == QuoteKind.SCARE && judgement.span().contains(q.span()))
                    .toList();
            if (!fragments.isEmpty()) {
                result.remove(judgement);
                fragments.forEach(fragment -> result.set(result.indexOf(fragment), partialOf(fragment, judgement)));
            }
        }
        return result;
    }

    private static Quote partialOf(Quote fragment, Quote judgement) {
        return new Quote(
                fragment.span(),
                fragment.text(),
                QuoteKind.PARTIAL,
                judgement.speakerId(),
                judgement.speakerSpan(),
                judgement.cue(),
                fragment.date());
    }
}
