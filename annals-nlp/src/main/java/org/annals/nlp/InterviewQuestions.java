package org.annals.nlp;

import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;

/**
 * The interviewer's questions report nothing: "((WN)) You noted suicide attempts were not as accurate a predictor.
 * Why ...?", "((WN)) : You've said that you want to act on climate change — what would your plan be?". A question
 * restates what the answerer said to ask about it, and the guidelines make questions no quotes
 * (docs/quote-annotation.md, "Interviews printed as turns"). Read in every document, not only in one read as an
 * interview: an interview whose answers are labelled in a way {@link SpeakerLabels} does not read still prints its
 * questions under the interviewer's label.
 */
final class InterviewQuestions {
    private final SpeakerLabels labels = new SpeakerLabels();

    /** {@code quotes} without the reported clauses that lie in a paragraph the interviewer's label opens. */
    List<Quote> withoutReportsInQuestions(Document document, List<Quote> quotes) {
        List<Block> questions = document.blocks().stream()
                .filter(block -> block.kind() == BlockKind.BODY)
                .filter(block -> labels.of(document, block)
                        .filter(label -> label.role() == SpeakerLabels.Role.INTERVIEWER)
                        .isPresent())
                .toList();
        if (questions.isEmpty()) {
            return quotes;
        }
        return quotes.stream()
                .filter(quote -> quote.kind() != QuoteKind.INDIRECT
                        || questions.stream().noneMatch(block -> block.span().contains(quote.span())))
                .toList();
    }
}
