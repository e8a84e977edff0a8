package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A report made by a participle on the noun before it: "Several groups claiming the election was stolen gathered ...",
 * "The government issued a statement agreeing the issue should be decided by Congress". The participle is a
 * restrictive modifier (no comma between), so the noun is who makes the claim; parsers take the clause's subject for
 * the participle's object and hang its predicate elsewhere, so the clause is read from the words as for any cue left
 * without one. Only a noun that can speak reports: a named person or organisation, a described actor, or an
 * organisation noun ("groups", "the company") or a document ("a statement agreeing"); "evidence suggesting ..." reports
 * nothing.
 */
final class ParticipleReports {
    private static final Set<MentionType> SPEAKING_TYPES =
            java.util.EnumSet.of(MentionType.PERSON, MentionType.ORGANISATION);
    private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "expl", "csubj");
    private static final Set<String> JOINING = Set.of("CC", "WDT", "WP", "IN", "TO", ",");

    private ParticipleReports() {}

    /** The noun a restrictive participle cue hangs on ("groups [claiming]"), if the participle is one. */
    static Optional<Token> reportingNoun(List<Token> tokens, Token participle) {
        if (!participle.pos().equals("VBG") || !participle.deprel().equals("acl") || participle.index() == 0) {
            return Optional.empty();
        }
        Token noun = tokens.get(participle.index() - 1);
        boolean adjacent = participle.head() == noun.index() && noun.isNoun();
        return adjacent ? Optional.of(noun) : Optional.empty();
    }

    /** Whether {@code participle} is a restrictive participle on a noun that can speak ("groups [claiming]"). */
    static boolean applies(Document document, Token participle) {
        return reportingNoun(document.tokens(), participle)
                .filter(n -> canSpeak(document, n))
                .isPresent();
    }

    /** Who reports by {@code participle}: the noun it hangs on, when that noun can speak. */
    static Optional<Mention> reporter(Document document, Token participle) {
        return reportingNoun(document.tokens(), participle)
                .filter(noun -> canSpeak(document, noun))
                .flatMap(noun -> Speakers.mentionOf(document, noun).or(() -> DescribedSpeakers.of(document, noun)));
    }

    /**
     * The clause a restrictive participle cue reports, read from the words: the clause the cue would report as a verb,
     * cut before the sentence's own predicate when the noun is the sentence's subject ("groups claiming [the election
     * was stolen] gathered on Saturday").
     */
    static Optional<Span> clause(Document document, Token participle) {
        List<Token> tokens = document.tokens();
        Optional<Token> noun = reportingNoun(tokens, participle).filter(n -> canSpeak(document, n));
        if (noun.isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> read = UnattachedClauses.of(tokens, participle);
        if (read.isEmpty() || !opensTheSentence(tokens, noun.get())) {
            return read;
        }
        return cutBeforeMainPredicate(tokens, read.get());
    }

    private static boolean canSpeak(Document document, Token noun) {
        Optional<Mention> covering = Speakers.covering(document, noun);
        boolean named = covering.map(m -> SPEAKING_TYPES.contains(m.type())).orElse(false);
        boolean described = covering.map(
                        m -> m.type() == MentionType.DESCRIPTION && !m.actorId().isEmpty())
                .orElse(false);
        return named
                || described
                || NerConsistency.isOrganisationNoun(noun.lemma())
                || IssuedDocuments.isDocument(noun);
    }

    /** No finite verb before the noun: the noun and its participle stand in the sentence's subject. */
    private static boolean opensTheSentence(List<Token> tokens, Token noun) {
        Speakers.Sentencewise sentence = Speakers.Sentencewise.of(tokens, noun);
        return tokens.subList(sentence.first(), noun.index()).stream().noneMatch(Token::isFiniteVerb);
    }

    /**
     * The clause up to the sentence's own predicate: the first finite verb after the clause's first one that has no
     * subject of its own and follows no conjunction, relative word, preposition, "to", comma or other finite verb.
     * None found: no clause, since the sentence's predicate must come after its subject.
     */
    private static Optional<Span> cutBeforeMainPredicate(List<Token> tokens, Span clause) {
        Token clauseVerb = null;
        Token previous = null;
        for (Token token : tokens) {
            if (!clause.contains(token.span())) {
                continue;
            }
            boolean predicate = clauseVerb != null
                    && token.isFiniteVerb()
                    && !hasSubject(tokens, token)
                    && !JOINING.contains(previous.pos())
                    && !previous.isFiniteVerb();
            if (predicate) {
                return Optional.of(new Span(clause.start(), previous.span().end()));
            }
            if (clauseVerb == null && token.isFiniteVerb()) {
                clauseVerb = token;
            }
            previous = token;
        }
        return Optional.empty();
    }

    private static boolean hasSubject(List<Token> tokens, Token verb) {
        return tokens.stream().anyMatch(t -> t.head() == verb.index() && SUBJECT_RELATIONS.contains(t.deprel()));
    }
}
