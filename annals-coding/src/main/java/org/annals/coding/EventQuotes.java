package org.annals.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Finds the quotation an event rests on: a quote in the event's sentence that contains its trigger ("he said the
 * two sides would meet"), else one in that sentence whose speaker is a source of the event or whose speech verb is
 * its trigger ("Xi denounced 'bullying behavior'"). Quotes come from the quotes stage; without it nothing links.
 */
final class EventQuotes {
    private final Document document;

    EventQuotes(Document document) {
        this.document = document;
    }

    Optional<Span> of(Event event) {
        List<Quote> inSentence = document.quotes().stream()
                .filter(q -> q.span().overlaps(event.evidence()))
                .toList();
        Optional<Quote> around = inSentence.stream()
                .filter(q -> q.span().contains(event.trigger()))
                .findFirst();
        if (around.isPresent()) {
            return around.map(Quote::span);
        }
        String trigger = triggerLemma(event.trigger());
        return inSentence.stream()
                .filter(q -> event.sourceIds().contains(q.speakerId())
                        || (!q.cue().isEmpty() && q.cue().equals(trigger)))
                .findFirst()
                .map(Quote::span);
    }

    private String triggerLemma(Span trigger) {
        return document.tokens().stream()
                .filter(t -> t.span().equals(trigger))
                .map(Token::lemma)
                .findFirst()
                .orElse(document.textOf(trigger))
                .toLowerCase(Locale.ROOT);
    }
}
