package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "The ministry issued a warning. It also urged drivers to ...": a speaking "it" stands for the organisation that is
 * the latest main subject in its own or the previous sentence. People are passed over, since "it" never stands for one;
 * a thing as the latest subject ("The report came out on Monday. It said ...") is what "it" means, and that names
 * no organisation.
 */
final class BodyPronouns {
    private static final Set<String> PERSONAL =
            Set.of("i", "we", "you", "he", "she", "they", "who", "me", "us", "him", "her", "them");

    private BodyPronouns() {}

    /** The organisation a subject "it" stands for, if the subject is "it" and one comes right before it. */
    static Optional<Mention> of(Document document, Token subject) {
        if (!subject.word().toLowerCase(Locale.ROOT).equals("it")) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        for (int at = subject.index() - 1; at >= 0 && tokens.get(at).sentence() >= subject.sentence() - 1; at--) {
            Token token = tokens.get(at);
            if (!isMainSubject(tokens, token)) {
                continue;
            }
            Optional<Mention> named = Speakers.covering(document, token);
            // "urged drivers to ...": neither a person nor a plural is what "it" stands for.
            if (isPerson(token, named) || token.isPluralNoun()) {
                continue;
            }
            return named.filter(m -> m.type() == MentionType.ORGANISATION);
        }
        return Optional.empty();
    }

    /** The subject of its sentence's root: what a clause inside a quote or a complement is about does not count. */
    private static boolean isMainSubject(List<Token> tokens, Token token) {
        return token.deprel().startsWith("nsubj")
                && token.head() >= 0
                && tokens.get(token.head()).head() < 0;
    }

    private static boolean isPerson(Token subject, Optional<Mention> named) {
        return PERSONAL.contains(subject.word().toLowerCase(Locale.ROOT))
                || named.map(m -> m.type() == MentionType.PERSON || m.type() == MentionType.PRONOUN)
                        .orElse(false);
    }
}
