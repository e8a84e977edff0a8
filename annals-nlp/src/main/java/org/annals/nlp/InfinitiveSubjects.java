package org.annals.nlp;

import java.util.List;
import org.annals.core.Token;

/**
 * "issued warnings against attempts to enter the base, saying it was dangerous": a to-infinitive has no subject of
 * its own unless "for" introduces one ("for the board to decide"). A subject the parser gives it otherwise is a noun
 * of the clause above ("attempts to enter"), and a participle hung on the infinitive does not take it as speaker.
 */
final class InfinitiveSubjects {
    private InfinitiveSubjects() {}

    /** Whether {@code subject}, found for {@code verb}, is a misparse: {@code verb} a to-infinitive without "for". */
    static boolean isMisparsed(List<Token> tokens, Token verb, Token subject) {
        if (!verb.pos().equals("VB") || verb.index() == 0 || subject.index() > verb.index()) {
            return false;
        }
        Token before = tokens.get(verb.index() - 1);
        boolean toInfinitive = before.word().equalsIgnoreCase("to") && before.head() == verb.index();
        boolean introducedByFor = tokens.subList(Math.max(0, subject.index() - 4), verb.index()).stream()
                .anyMatch(t -> t.head() == verb.index() && t.word().equalsIgnoreCase("for"));
        return toInfinitive && !introducedByFor;
    }
}
