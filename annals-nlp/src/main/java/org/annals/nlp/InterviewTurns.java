package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Quote;
import org.annals.core.Span;

/**
 * Interviews printed as turns, each paragraph opened by a speaker label ({@link SpeakerLabels}). An answer, from
 * its label to the next labelled paragraph, is one direct quote of the person the label names, without quotation
 * marks, with the cue {@value #CUE}: the label is its attribution (docs/quote-annotation.md, "Interviews printed as
 * turns").
 * Questions credit nobody. Only a document with at least two turns, one of them an answer, is read as an interview.
 */
final class InterviewTurns {
    /** The cue of an answer, which shows readers and the event coder that a label, not a verb, credits it. */
    static final String CUE = "interview";

    private static final int FEWEST_TURNS = 2;

    private final SpeakerLabels labels = new SpeakerLabels();

    /** A run of answer paragraphs: the answer's words and who says them. */
    private record Turn(Mention speaker, Span words) {}

    /** The quotes with a direct quote added for each answer; {@code direct} makes it from its span and speaker. */
    List<Quote> credit(Document document, List<Quote> quotes, BiFunction<Span, Mention, Quote> direct) {
        List<Turn> turns = new ArrayList<>();
        int labelled = 0;
        Turn open = null;
        for (Block block : document.blocks()) {
            Optional<SpeakerLabels.Label> label =
                    block.kind() == BlockKind.BODY ? labels.of(document, block) : Optional.empty();
            if (label.isPresent() || !continues(document, block, open)) {
                open = close(open, turns);
            }
            if (label.isPresent() && label.get().role() != SpeakerLabels.Role.NOBODY) {
                labelled++;
                open = label.get()
                        .speaker()
                        .map(s -> new Turn(s, trimmed(document, wordsOf(block, label.get()))))
                        .orElse(null);
            } else if (open != null) {
                open = new Turn(
                        open.speaker(),
                        new Span(
                                open.words().start(),
                                trimmed(document, block.span()).end()));
            }
        }
        close(open, turns);
        if (labelled < FEWEST_TURNS || turns.isEmpty()) {
            return quotes;
        }
        List<Quote> result = new ArrayList<>(quotes);
        turns.forEach(turn -> result.add(direct.apply(turn.words(), turn.speaker())));
        return result;
    }

    /**
     * An unlabelled paragraph goes on with the open answer unless it is no body text or names the answerer, who is
     * then spoken of by the reporter again.
     */
    private static boolean continues(Document document, Block block, Turn open) {
        return open != null
                && block.kind() == BlockKind.BODY
                && document.mentions().stream()
                        .filter(m -> block.span().contains(m.span()))
                        .noneMatch(m -> DescribedSpeakers.namesSpeaker(
                                m, open.speaker().actorId(), open.speaker().text()));
    }

    private static Turn close(Turn open, List<Turn> turns) {
        if (open != null && open.words().length() > 0) {
            turns.add(open);
        }
        return null;
    }

    private static Span wordsOf(Block block, SpeakerLabels.Label label) {
        return new Span(label.wordsStart(), block.span().end());
    }

    private static Span trimmed(Document document, Span span) {
        String text = document.text();
        int start = span.start();
        int end = span.end();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
