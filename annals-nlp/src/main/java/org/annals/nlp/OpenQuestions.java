package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/**
 * "The court sought to determine whether the acts were fraud", "to determine how this influences the sex ratio": a
 * clause opened by "whether", "if" or a question word asks what the subject has not answered, so a verb that reports
 * only a finite clause of its own reports nothing with it.
 */
final class OpenQuestions {
    private static final Set<String> MARKS = Set.of("whether", "if");
    private static final Set<String> QUESTION_WORDS = Set.of("WRB", "WP", "WDT", "WP$");

    private OpenQuestions() {}

    /** Whether {@code clauseHead} heads a clause opened by "whether", "if" or a question word. */
    static boolean isOpen(List<Token> tokens, Token clauseHead) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, clauseHead);
        for (int at = range.first(); at < clauseHead.index(); at++) {
            Token token = tokens.get(at);
            boolean mark =
                    token.deprel().equals("mark") && MARKS.contains(token.word().toLowerCase(Locale.ROOT));
            // "said on Monday that prices rose": the tagger makes "that" after a noun a relative pronoun (WDT),
            // but "that" opens a statement, never a question.
            boolean questionWord =
                    QUESTION_WORDS.contains(token.pos()) && !token.word().equalsIgnoreCase("that");
            if (token.head() == clauseHead.index() && (mark || questionWord)) {
                return true;
            }
        }
        return false;
    }
}
