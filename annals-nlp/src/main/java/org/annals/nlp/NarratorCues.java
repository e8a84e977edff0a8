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
 * printed as turns"). Nor does it say "you": "you feel that you've cut yourself" is anyone at all, "You noted that ..."
 * or "what do you think ..." an interviewer's turn, both in the voice of whoever speaks the text.
 */
final class NarratorCues {
    private static final Set<String> FIRST_PERSONS = Set.of("i", "we");
    private static final String SECOND_PERSON = "you";

    private NarratorCues() {}

    /** Whether {@code cue}'s subject is the first or the second person. */
    static boolean isNarrators(List<Token> tokens, Token cue) {
        return Speakers.subjectOf(tokens, cue)
                // "I was hauled in and told that ...": the passive subject is whom others told.
                .filter(subject ->
                        subject.pos().equals("PRP") && !subject.deprel().startsWith("nsubj:pass"))
                .filter(subject -> isFirstPerson(subject) || isSecondPerson(subject))
                .isPresent();
    }

    private static boolean isSecondPerson(Token word) {
        return word.word().equalsIgnoreCase(SECOND_PERSON);
    }

    /** Whether {@code word} is "I" or "we", the speaker's own voice. */
    static boolean isFirstPerson(Token word) {
        return FIRST_PERSONS.contains(word.word().toLowerCase(Locale.ROOT));
    }
}
