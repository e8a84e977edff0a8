package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/**
 * "As I told you, we have a ten-day campaign", "where we found that our staff are talented", "I should note that ...":
 * a cue whose subject is "I" or "we" reports the words of whoever speaks the text around it, an interview answer, a
 * printed statement or a quotation, which are quoted as a whole already. News prose in the reporter's voice does not
 * say "I", and the guidelines keep the answerer's own cues inside the answer (docs/quote-annotation.md, "Interviews
 * printed as turns").
 */
final class NarratorCues {
    private static final Set<String> FIRST_PERSONS = Set.of("i", "we");

    private NarratorCues() {}

    /** Whether {@code cue}'s subject is the first person. */
    static boolean isNarrators(List<Token> tokens, Token cue) {
        return Speakers.subjectOf(tokens, cue)
                // "I was hauled in and told that ...": the passive subject is whom others told.
                .filter(subject ->
                        subject.pos().equals("PRP") && !subject.deprel().startsWith("nsubj:pass"))
                .filter(NarratorCues::isFirstPerson)
                .isPresent();
    }

    /** Whether {@code word} is "I" or "we", the speaker's own voice. */
    static boolean isFirstPerson(Token word) {
        return FIRST_PERSONS.contains(word.word().toLowerCase(Locale.ROOT));
    }
}
