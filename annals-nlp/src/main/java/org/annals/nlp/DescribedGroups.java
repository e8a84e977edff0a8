package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "researchers from the Acme Institute and Zenith College reported ...", "nurses working in the ward said ...",
 * "residents nearby said ...": a group has no name of its own, only the description the article gives it, so a group
 * speaker's span runs from its head noun through the phrases that say which members are meant. An aside after a
 * comma ("nurses, who ...", "researchers from X, both in Y") is the reporter's addition, not the description. "The
 * researchers said" takes up the description an earlier sentence gave the same group ("Researchers from X and Y
 * found ...").
 */
final class DescribedGroups {
    private static final String GROUP_PREFIX = "group:";
    // Gold annotation names a bare "scientists say" by its own word, and "the researchers" after "scientists from X"
    // too, so only a determiner that takes up and the same noun reach back.
    private static final Set<String> TAKING_UP = Set.of("the", "these");

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
        Span described = end == speaker.end()
                ? earlierDescription(tokens, head.get(), speaker).orElse(speaker)
                : new Span(speaker.start(), end);
        if (described.equals(speaker) || described.overlaps(quote.span())) {
            return quote;
        }
        return quote.withSpeaker(quote.speakerId(), described);
    }

    /**
     * "The researchers" alone, a plural head noun with a taking-up determiner and nothing else, is the group an earlier
     * sentence described: the latest earlier mention of the same noun that carries a description.
     */
    private static Optional<Span> earlierDescription(List<Token> tokens, Token head, Span speaker) {
        List<Token> before = tokens.stream()
                .filter(t -> t.head() == head.index() && t.index() < head.index()
                        || speaker.contains(t.span()) && t.index() != head.index())
                .toList();
        boolean takenUp = head.pos().equals("NNS")
                && !before.isEmpty()
                && before.stream().allMatch(t -> TAKING_UP.contains(t.word().toLowerCase(Locale.ROOT)));
        if (!takenUp) {
            return Optional.empty();
        }
        int first = Speakers.Sentencewise.of(tokens, head).first();
        for (int at = first - 1; at >= 0; at--) {
            Token earlier = tokens.get(at);
            if (earlier.pos().equals("NNS") && earlier.lemma().equalsIgnoreCase(head.lemma())) {
                int end = describedEnd(tokens, earlier, earlier.span().end());
                if (end > earlier.span().end()) {
                    return Optional.of(new Span(earlier.span().start(), end));
                }
            }
        }
        return Optional.empty();
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
    // place adverb ("residents there"). A date on the way ("police on Thursday", which the parser often hangs on
    // the noun instead of the verb) says when the group spoke, never which members are meant.
    private static boolean describes(List<Token> tokens, Token head, Token token) {
        Token current = token;
        while (current.head() != head.index()) {
            if (isDate(current)) {
                return false;
            }
            current = tokens.get(current.head());
        }
        if (isDate(current)) {
            return false;
        }
        String relation = current.deprel();
        return relation.equals("acl")
                || relation.equals("advmod")
                || relation.equals("nmod")
                || relation.startsWith("nmod:") && !relation.equals("nmod:poss") && !relation.equals("nmod:tmod");
    }

    // A nominal modifier that names a time; a number or a compound inside a noun ("the 2019 study") describes.
    static boolean isDate(Token token) {
        return token.deprel().startsWith("nmod")
                && !token.deprel().equals("nmod:poss")
                && DescribedSpeakers.namesATime(token);
    }

    private static boolean isClauseStart(Token token) {
        return token.deprel().equals("acl:relcl") || token.pos().startsWith("W");
    }
}
