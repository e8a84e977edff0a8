package org.annals.nlp;

import java.util.Locale;
import java.util.Optional;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;

/**
 * "Lead author Sally Wasef ... Wasif suggested", "Yahya Sarea said ... Saree said": a transliterated surname is
 * often spelt two ways in one article. A one-word person name that no earlier person bears, but that differs by one
 * letter from the surname of exactly one earlier person, is that person. Short words and a different first letter
 * are kept apart ("Khan" and "Kahn", "Lee" and "Dee" are other people).
 */
final class RespeltNames {
    private static final int MIN_LETTERS = 5;

    private RespeltNames() {}

    /** The speaker with the actor of the earlier person whose surname it respells; the speaker itself otherwise. */
    static Mention resolved(Document document, Mention speaker) {
        if (speaker.type() != MentionType.PERSON || speaker.text().strip().contains(" ")) {
            return speaker;
        }
        String word = speaker.text().strip().toLowerCase(Locale.ROOT);
        if (word.length() < MIN_LETTERS) {
            return speaker;
        }
        Optional<Mention> match = Optional.empty();
        for (Mention earlier : document.mentions()) {
            if (earlier.span().start() >= speaker.span().start()) {
                break;
            }
            if (earlier.type() != MentionType.PERSON || earlier.actorId().isEmpty()) {
                continue;
            }
            String surname = surname(earlier);
            if (surname.equals(word)) {
                return speaker;
            }
            if (differsByOneLetter(surname, word)) {
                if (match.isPresent() && !match.get().actorId().equals(earlier.actorId())) {
                    return speaker;
                }
                match = Optional.of(earlier);
            }
        }
        return match.map(m -> speaker.withActor(m.actorId(), m.role())).orElse(speaker);
    }

    private static String surname(Mention mention) {
        String[] words = mention.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** Same length, same first letter, one letter different. */
    private static boolean differsByOneLetter(String a, String b) {
        if (a.length() != b.length() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int differences = 0;
        for (int at = 0; at < a.length(); at++) {
            if (a.charAt(at) != b.charAt(at)) {
                differences++;
            }
        }
        return differences == 1;
    }
}
