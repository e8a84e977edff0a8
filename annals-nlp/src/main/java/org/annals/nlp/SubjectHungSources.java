package org.annals.nlp;

import java.util.List;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "According to the CDC, treatment for any exposure requires a series of shots": a source phrase that opens its
 * clause vouches for the whole clause, though parsers often hang it on the subject noun right after it rather than
 * on the verb.
 */
final class SubjectHungSources {
    private SubjectHungSources() {}

    /** The verb whose clause the source vouches for: the verb of {@code hung} when it is the subject the phrase opens. */
    static Token clauseOf(List<Token> tokens, Token hung, Span phrase) {
        if (!hung.deprel().startsWith("nsubj") || hung.head() <= hung.index() || !opensSubject(tokens, hung, phrase)) {
            return hung;
        }
        Token verb = tokens.get(hung.head());
        return verb.sentence() == hung.sentence() ? verb : hung;
    }

    /** Whether the first word after the phrase, punctuation aside, begins the subject's own words. */
    private static boolean opensSubject(List<Token> tokens, Token subject, Span phrase) {
        if (phrase.end() > subject.span().start()) {
            return false;
        }
        for (int at = 0; at < tokens.size(); at++) {
            Token token = tokens.get(at);
            if (token.span().start() < phrase.end() || token.deprel().equals("punct")) {
                continue;
            }
            return token.sentence() == subject.sentence()
                    && (token.index() == subject.index()
                            || token.index() < subject.index() && token.head() == subject.index());
        }
        return false;
    }
}
