package org.annals.nlp;

import java.util.List;
import java.util.Set;
import org.annals.core.Token;

/**
 * "His opponent, Ana Ruiz, in a letter to donors, accused Kim of "...": after an interruption set off by commas the
 * tagger often reads a past tense as a participle ("accused", "called" as VBN) and the parser hangs it on a noun as
 * a reduced relative, leaving the sentence without a verb. Such a participle is the sentence's lost finite verb when
 * it follows a comma, has no auxiliary of its own and no "by" phrase (a true passive: "a pattern described by the
 * paper as ...").
 */
final class MisreadPastTenses {
    private static final Set<String> NOUN_ATTACHMENTS = Set.of("acl", "amod");
    private static final Set<String> AUXILIARIES = Set.of("aux", "aux:pass", "nsubj:pass");
    private static final Set<String> BY = Set.of("by");

    private MisreadPastTenses() {}

    /** Whether {@code verb} is a past tense the parse turned into a participle on a noun. */
    static boolean isLostPastTense(List<Token> tokens, Token verb) {
        return verb.pos().equals("VBN")
                && NOUN_ATTACHMENTS.contains(verb.deprel())
                && verb.index() > 0
                && tokens.get(verb.index() - 1).word().equals(",")
                && !Heads.hasDependent(tokens, verb, AUXILIARIES)
                && !hasAgent(tokens, verb);
    }

    private static boolean hasAgent(List<Token> tokens, Token verb) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, verb);
        return tokens.subList(range.first(), range.end()).stream()
                .anyMatch(t ->
                        t.head() == verb.index() && (t.deprel().equals("obl:agent") || Heads.hasCase(tokens, t, BY)));
    }
}
