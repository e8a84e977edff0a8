package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** A bare title joined by "and" to a name is that person's second title, not a second speaker. */
class CoordinatedTitlesTest {
    private static final LocalDate DAY = LocalDate.of(2019, 8, 9);
    private static final String REPORT =
            " said/VBD/O/-1/root the/DT/O/2/det bloom/NN/O/3/nsubj grew/VBD/O/0/ccomp" + " ././O/0/punct";

    /** Each sentence opens with a five-token subject; the sentence's tokens after it are shifted by five. */
    private static Document subjectSaid(String subject) {
        return HandDocuments.of(DAY, subject + shifted(REPORT, 5));
    }

    private static String shifted(String items, int by) {
        StringBuilder out = new StringBuilder();
        for (String item : items.strip().split(" ")) {
            String[] parts = item.split("/", -1);
            int head = Integer.parseInt(parts[3]);
            out.append(' ')
                    .append(parts[0])
                    .append('/')
                    .append(parts[1])
                    .append('/')
                    .append(parts[2])
                    .append('/')
                    .append(head < 0 ? head : head + by)
                    .append('/')
                    .append(parts[4]);
        }
        return out.toString();
    }

    /**
     * "Study co-author and geochemist Seth John remarked", "said study co-author and Royal Society University
     * Research Fellow Martin How": before, the speaker was "Study co-author", a title without its holder.
     */
    @Test
    void regressionABareTitleJoinedToANameIsThatPersonsTitle() {
        Document done = quoted(subjectSaid("co-author/NN/O/5/nsubj and/CC/O/4/cc geochemist/NN/O/4/compound"
                + " Seth/NNP/PERSON/4/compound John/NNP/PERSON/0/conj"));

        assertEquals("Seth John", speaker(done, quote(done, "the bloom grew")));
    }

    /** "The mayor and Seth John said": a determiner makes the title someone of its own, the first named. */
    @Test
    void aTitleWithADeterminerIsASpeakerOfItsOwn() {
        Document done = quoted(subjectSaid("The/DT/O/1/det mayor/NN/O/5/nsubj and/CC/O/4/cc"
                + " Seth/NNP/PERSON/4/compound John/NNP/PERSON/1/conj"));

        assertEquals("The mayor", speaker(done, quote(done, "the bloom grew")));
    }

    /** "Residents or Seth John said": only "and" joins two titles of one person. */
    @Test
    void anotherCoordinatorJoinsTwoSpeakers() {
        Document done = quoted(subjectSaid("co-author/NN/O/5/nsubj or/CC/O/4/cc geochemist/NN/O/4/compound"
                + " Seth/NNP/PERSON/4/compound John/NNP/PERSON/0/conj"));

        assertEquals("co-author", speaker(done, quote(done, "the bloom grew")));
    }
}
