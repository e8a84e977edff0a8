package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A quotation in the first person that no cue attributes: "Underwhelmed, she left the show. “I wanted more.”" or
 * "she saw the role as a “chance to face my demons”". Words in quotation marks that say "I" or "we" are somebody's;
 * the reporter's sentence around them, or the sentence right before them in the paragraph, names who through its
 * subject. Only a person speaks so: a subject that is no person attributes nothing.
 */
final class FirstPersonQuotes {
    private static final Set<String> FIRST_PERSON =
            Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves");

    private FirstPersonQuotes() {}

    /** The speaker of the quoted words {@code inside} {@code span}, when they speak in the first person. */
    static Optional<Mention> speakerOf(Document document, Span span, List<Token> inside) {
        if (inside.stream().noneMatch(FirstPersonQuotes::isFirstPerson)) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        Token root = rootOf(tokens, inside.get(0));
        // The parser may make an opening mark the root of a quoted sentence; a mark is no sentence of the reporter.
        boolean word = root.word().codePoints().anyMatch(Character::isLetterOrDigit);
        if (word && !span.contains(root.span())) {
            // The reporter's own sentence holds the quote: its subject or nobody.
            return personSubject(document, span, root);
        }
        return previousRoot(document, inside.get(0)).flatMap(r -> personSubject(document, span, r));
    }

    private static boolean isFirstPerson(Token token) {
        return token.pos().startsWith("PRP")
                && FIRST_PERSON.contains(token.word().toLowerCase(Locale.ROOT));
    }

    private static Optional<Mention> personSubject(Document document, Span span, Token verb) {
        return Speakers.subjectOf(document.tokens(), verb)
                .filter(s -> !span.contains(s.span()))
                .flatMap(s -> Speakers.mentionOf(document, s))
                .filter(m -> m.type() == MentionType.PERSON);
    }

    /** The root of the sentence before the one holding {@code first}, when both are in one paragraph. */
    static Optional<Token> previousRoot(Document document, Token first) {
        List<Token> tokens = document.tokens();
        int start = Speakers.Sentencewise.of(tokens, first).first();
        if (start == 0) {
            return Optional.empty();
        }
        Token last = tokens.get(start - 1);
        String between =
                document.text().substring(last.span().end(), first.span().start());
        return between.indexOf('\n') >= 0 ? Optional.empty() : Optional.of(rootOf(tokens, last));
    }

    private static Token rootOf(List<Token> tokens, Token token) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, token);
        for (int at = range.first(); at < range.end(); at++) {
            if (tokens.get(at).head() < 0) {
                return tokens.get(at);
            }
        }
        return token;
    }
}
