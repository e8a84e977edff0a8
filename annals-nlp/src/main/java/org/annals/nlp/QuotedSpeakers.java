package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;

/**
 * Words in quotation marks are what somebody says or a term the reporter mentions; they never name who speaks.
 * ""Build Back Better" calls for an increase in taxes to "Buy American."" has a plan's name in marks for the subject
 * of its cue: the quotation after it, and the name itself, are terms nobody is said to utter (scare quotes in
 * docs/quote-annotation.md). And a speaker read as a phrase that holds its own quotation ("a withdrawal from the
 * "immediate area"") is a misparse that names nobody. A quoted clause whose cue the parse gives a name inside the
 * clause keeps its kind and loses only that speaker. A name that merely holds a nickname in marks
 * (John "J.D." Dorrian) still speaks, and so does a person whose mention the credit reaches inside an earlier
 * quotation of another sentence (an interview's answerer first named inside a quoted remark).
 */
final class QuotedSpeakers {
    private QuotedSpeakers() {}

    /** The quotes with each speaker that lies inside marks, or that holds the marked words it would say, dropped. */
    static List<Quote> without(Document document, List<Quote> quotes, List<Span> marked) {
        return quotes.stream().map(q -> without(document, q, marked)).toList();
    }

    private static Quote without(Document document, Quote quote, List<Span> marked) {
        Span speaker = quote.speakerSpan();
        if (speaker == null || quote.kind() == QuoteKind.INDIRECT || quote.kind() == QuoteKind.SCARE) {
            return quote;
        }
        Optional<Integer> sentence = sentenceOf(document, quote.span().start());
        if (marked.stream()
                .anyMatch(m ->
                        m.contains(speaker) && sentenceOf(document, m.start()).equals(sentence))) {
            return ownWordsOfAClause(quote, speaker)
                    ? quote.withSpeaker("", null)
                    : new Quote(quote.span(), quote.text(), QuoteKind.SCARE, "", null, "", quote.date());
        }
        if (speaker.contains(quote.span())) {
            return quote.withSpeaker("", null);
        }
        return quote;
    }

    /**
     * ""... I introduce to you Rocky Linux", Kurtzer wrote": the parse took a name at the end of a quoted clause for
     * the subject of the cue after it. The clause is still somebody's words, though not the name's.
     */
    private static boolean ownWordsOfAClause(Quote quote, Span speaker) {
        return quote.kind() == QuoteKind.DIRECT && quote.span().contains(speaker);
    }

    private static Optional<Integer> sentenceOf(Document document, int offset) {
        return document.sentenceAt(offset).map(s -> s.index());
    }
}
