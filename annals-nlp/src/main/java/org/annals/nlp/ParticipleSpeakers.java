package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * A participle cue goes on with the report its sentence has already made: "The governor tweeted her reasoning saying,
 * "..."", "Trump issued a statement at his golf club saying, "..."", "Ruiz said the use "costs ...," further saying,
 * "..."", "X were described by Ruiz as ..., saying ...". The parser hangs such a participle on whatever noun is near
 * (the club), takes the object before it for its subject (her reasoning) or hangs it in a relative clause, so its own
 * grammar names nobody who speaks. Its speaker is then the speaker of the nearest report before it in the sentence: a
 * cue verb, or the verb that put out a document ("issued a statement"). A participle whose own grammar names someone,
 * a document ("an article claiming ...") or the noun of a preposition ("with local press claiming ..."), keeps it.
 * It names the speaker only: whether the participle reports at all is decided as before.
 */
final class ParticipleSpeakers {
    private static final Set<MentionType> SPEAKING_TYPES =
            java.util.EnumSet.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.PRONOUN);

    private ParticipleSpeakers() {}

    /** Whether the speaker found for {@code cue} by its own grammar leaves a participle cue without one who speaks. */
    static boolean needsAnother(Document document, Token cue, Optional<Mention> found) {
        if (!cue.pos().equals("VBG")
                || cue.deprel().equals("case")
                || cue.deprel().equals("mark")) {
            return false;
        }
        if (found.isEmpty()) {
            return !onTheNounBefore(document.tokens(), cue);
        }
        Mention mention = found.get();
        return !speaks(mention) && !namesADocument(document, mention) && !isAfterAPreposition(document, mention);
    }

    /**
     * "evidence suggesting ...", "an example of the media falsely describing him as ...": a participle right after
     * its noun says what that noun does; a noun that names nobody leaves it without a speaker.
     */
    private static boolean onTheNounBefore(List<Token> tokens, Token participle) {
        if (!participle.deprel().equals("acl") || participle.head() < 0 || participle.head() > participle.index()) {
            return false;
        }
        return tokens.subList(participle.head() + 1, participle.index()).stream()
                .allMatch(t -> t.pos().startsWith("RB"));
    }

    /** Whether a mention is one who can speak: a person, an organisation, a pronoun, or an actor the article named. */
    static boolean speaks(Mention mention) {
        return SPEAKING_TYPES.contains(mention.type()) || !mention.actorId().isEmpty();
    }

    /**
     * The nearest report before {@code participle} in its sentence, outside quotation marks: a cue verb, or a verb
     * whose object is a document it puts out.
     */
    static Optional<Token> reportBefore(List<Token> tokens, Token participle, Predicate<Token> isCue) {
        Speakers.Sentencewise sentence = Speakers.Sentencewise.of(tokens, participle);
        for (int at = participle.index() - 1; at >= sentence.first(); at--) {
            Token token = tokens.get(at);
            boolean reports = token.isVerb() && (isCue.test(token) || putsOutADocument(tokens, token));
            if (reports && !insideQuotation(tokens, sentence.first(), token)) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    private static boolean putsOutADocument(List<Token> tokens, Token verb) {
        return tokens.stream()
                .anyMatch(t -> t.head() == verb.index()
                        && t.deprel().equals("obj")
                        && IssuedDocuments.isDocument(t)
                        && !t.isProperNoun());
    }

    private static boolean namesADocument(Document document, Mention mention) {
        return document.tokens().stream()
                .filter(t -> mention.span().contains(t.span()))
                .anyMatch(IssuedDocuments::isDocument);
    }

    /**
     * "with some local press claiming ...", "an example of the media describing him as ...": the noun of a
     * preposition before a participle is its subject, though it names nobody in particular.
     */
    private static boolean isAfterAPreposition(Document document, Mention mention) {
        return document.tokens().stream()
                .filter(t -> t.span().end() <= mention.span().start())
                .reduce((a, b) -> b)
                .map(t -> t.pos().equals("IN") || t.pos().equals("TO"))
                .orElse(false);
    }

    /** An odd number of quotation marks between the sentence's start and the token. */
    private static boolean insideQuotation(List<Token> tokens, int first, Token token) {
        long marks = tokens.subList(first, token.index()).stream()
                .filter(Token::isQuotationMark)
                .count();
        return marks % 2 == 1;
    }
}
