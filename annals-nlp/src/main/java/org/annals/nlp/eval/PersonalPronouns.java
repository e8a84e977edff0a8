package org.annals.nlp.eval;

import java.util.Locale;
import java.util.Set;

/** Pronouns that can only refer to a person, the ones entity gold sets that mark pronouns type as persons. */
public final class PersonalPronouns {
    private static final Set<String> WORDS =
            Set.of("i", "me", "my", "mine", "myself", "he", "him", "his", "himself", "she", "her", "hers", "herself");

    private PersonalPronouns() {}

    public static boolean is(String text) {
        return WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
