package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * "Alexander Moor, during his message to the parliamentarians, ...", "according to her memoirs": a document or a
 * channel owned by "his", "her" or "their" speaks for whoever the pronoun stands for, as one owned by a name does.
 * Only a pronoun the mention stage marked and the speaker rules can name counts; one that names nobody leaves the
 * document speaking as itself.
 */
final class PronounOwners {
    private PronounOwners() {}

    /** Who the possessive pronoun before {@code piece} stands for, if the piece is a document and has one. */
    static Optional<Mention> of(Document document, Token piece) {
        if (!IssuedDocuments.isDocument(piece)) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, piece);
        for (int at = range.first(); at < piece.index(); at++) {
            Token token = tokens.get(at);
            if (token.head() == piece.index()
                    && token.deprel().equals("nmod:poss")
                    && isMarkedPronoun(document, token)) {
                return Speakers.mentionOf(document, token).filter(m -> m.type() != MentionType.PRONOUN);
            }
        }
        return Optional.empty();
    }

    private static boolean isMarkedPronoun(Document document, Token token) {
        return token.pos().equals("PRP$")
                && Speakers.covering(document, token)
                        .map(m -> m.type() == MentionType.PRONOUN)
                        .orElse(false);
    }
}
