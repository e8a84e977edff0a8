package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Token;

/**
 * ", officials said,", "which the administrator has said": the short noun phrase right before a cue that names who
 * reports, where the parse lost the shape and the words must be read in order.
 */
final class ShortReporters {
    private static final int MAX_WORDS = 4;
    private static final Set<String> WORD_TAGS = Set.of("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "POS");

    private ShortReporters() {}

    /**
     * The index of the word that opens a reporter ending just before {@code end}: the nearest word after {@code first}
     * that {@code opens} accepts, with one to four noun-phrase words between it and {@code end}; empty otherwise.
     */
    static Optional<Integer> opener(List<Token> tokens, int end, int first, Predicate<Token> opens) {
        for (int at = end - 1; at > first && end - at <= MAX_WORDS + 1; at--) {
            Token token = tokens.get(at);
            if (opens.test(token)) {
                return at < end - 1 ? Optional.of(at) : Optional.empty();
            }
            if (!WORD_TAGS.contains(token.pos())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Who the reporter phrase whose last word is {@code head} names. */
    static Optional<Mention> mentionOf(Document document, Token head) {
        return Speakers.mentionOf(document, head).or(() -> DescribedSpeakers.of(document, head));
    }
}
