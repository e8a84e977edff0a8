package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "researchers from the Acme Institute and Zenith College reported ...", "nurses working in the ward said ...",
 * "residents nearby said ...": a group has no name of its own, only the description the article gives it, so a group
 * speaker's span runs from its head noun through the phrases that say which members are meant. An aside after a
 * comma ("nurses, who ...", "researchers from X, both in Y") is the reporter's addition, not the description.
 */
final class DescribedGroups {
    private static final String GROUP_PREFIX = "group:";

    private DescribedGroups() {}

    static Quote described(Document document, Quote quote) {
        Span speaker = quote.speakerSpan();
        if (speaker == null || !quote.speakerId().startsWith(GROUP_PREFIX)) {
            return quote;
        }
        List<Token> tokens = document.tokens();
        Optional<Token> head = headOf(tokens, speaker);
        if (head.isEmpty()) {
            return quote;
        }
        int end = describedEnd(tokens, head.get(), speaker.end());
        Span described = new Span(speaker.start(), end);
        if (end == speaker.end() || described.overlaps(quote.span())) {
            return quote;
        }
        return new Quote(
                quote.span(), quote.text(), quote.kind(), quote.speakerId(), described, quote.cue(), quote.date());
    }

    // The noun of the speaker span whose head lies outside it.
    private static Optional<Token> headOf(List<Token> tokens, Span speaker) {
        return tokens.stream()
                .filter(t -> speaker.contains(t.span()) && t.isNoun())
                .filter(t ->
                        t.head() < 0 || !speaker.contains(tokens.get(t.head()).span()))
                .findFirst();
    }

    private static int describedEnd(List<Token> tokens, Token head, int end) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        int described = end;
        for (int at = head.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.word().equals(",") || isClauseStart(token)) {
                break;
            }
            if (Heads.isAbove(tokens, head, token) && describes(tokens, head, token)) {
                described = Math.max(described, token.span().end());
            } else {
                break;
            }
        }
        return described;
    }

    // Everything up to the description's end hangs on the head through a prepositional phrase, a participle or a
    // place adverb ("residents there").
    private static boolean describes(List<Token> tokens, Token head, Token token) {
        Token current = token;
        while (current.head() != head.index()) {
            current = tokens.get(current.head());
        }
        String relation = current.deprel();
        return relation.equals("acl")
                || relation.equals("advmod")
                || relation.equals("nmod")
                || relation.startsWith("nmod:") && !relation.equals("nmod:poss") && !relation.equals("nmod:tmod");
    }

    private static boolean isClauseStart(Token token) {
        return token.deprel().equals("acl:relcl") || token.pos().startsWith("W");
    }
}
