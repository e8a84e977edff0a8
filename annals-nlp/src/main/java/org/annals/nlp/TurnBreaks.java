package org.annals.nlp;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * What ends the turn of the quote before, so that a quotation without a cue of its own does not go on in that voice.
 * A person named in the reporter's words of the quotation's own sentence is most likely its speaker, credited by words
 * the stage does not read as a cue (""A," tweeted executive Ken Gude."): better no speaker than the one before.
 */
final class TurnBreaks {
    private TurnBreaks() {}

    /** True when the sentence holding {@code quote} names, outside the quote, a person other than the turn's speaker. */
    static boolean namesAnotherSpeaker(Document document, Span quote, Quote previous) {
        List<Token> tokens = document.tokens();
        List<Token> inside =
                tokens.stream().filter(t -> quote.contains(t.span())).toList();
        if (inside.isEmpty()) {
            return false;
        }
        int sentence = inside.get(0).sentence();
        List<Token> narration = tokens.stream()
                .filter(t -> t.sentence() == sentence && !quote.contains(t.span()))
                .toList();
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON)
                .filter(m -> narration.stream().anyMatch(t -> m.span().contains(t.span())))
                .anyMatch(m -> !isTheTurnsSpeaker(document, m, previous));
    }

    private static boolean isTheTurnsSpeaker(Document document, Mention mention, Quote previous) {
        Span speaker = previous.speakerSpan();
        String spoken = speaker == null ? "" : document.textOf(speaker);
        return DescribedSpeakers.namesSpeaker(mention, previous.speakerId(), spoken);
    }
}
