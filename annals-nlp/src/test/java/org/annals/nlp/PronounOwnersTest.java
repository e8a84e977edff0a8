package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.MentionType;
import org.junit.jupiter.api.Test;

/** A document or a channel owned by "his", "her" or "their" speaks for whoever the pronoun stands for. */
class PronounOwnersTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    /** "Ana Ruiz resigned. Her letter said the plan had failed.": the letter speaks for Ruiz. */
    @Test
    void pronounOwnedDocumentSpeaksForThePronounsPerson() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj resigned/VBD/O/-1/root ././O/2/punct",
                "Her/PRP$/O/1/nmod:poss letter/NN/O/2/nsubj said/VBD/O/-1/root the/DT/O/4/det plan/NN/O/5/nsubj"
                        + " failed/VBD/O/2/ccomp ././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "the plan failed")));
    }

    /** "Ana Ruiz resigned. Her message said ...": a channel owned by a pronoun speaks for the pronoun's person too. */
    @Test
    void pronounOwnedChannelSpeaksForThePronounsPerson() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj resigned/VBD/O/-1/root ././O/2/punct",
                "Her/PRP$/O/1/nmod:poss message/NN/O/2/nsubj said/VBD/O/-1/root the/DT/O/4/det plan/NN/O/5/nsubj"
                        + " failed/VBD/O/2/ccomp ././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "the plan failed")));
    }

    /** "Its letter said ...": a pronoun the mention stage does not mark names nobody, so the letter speaks. */
    @Test
    void unmarkedPronounLeavesTheDocumentSpeaking() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj resigned/VBD/O/-1/root ././O/2/punct",
                "Its/PRP$/O/1/nmod:poss letter/NN/O/2/nsubj said/VBD/O/-1/root the/DT/O/4/det plan/NN/O/5/nsubj"
                        + " failed/VBD/O/2/ccomp ././O/2/punct"));
        assertEquals("Its letter", speaker(done, quote(done, "the plan failed")));
    }

    /** A possessive pronoun on a word that is no document ("her deputy said") is left to the usual rules. */
    @Test
    void pronounOnANonDocumentIsNoOwner() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj resigned/VBD/O/-1/root ././O/2/punct",
                "Her/PRP$/O/1/nmod:poss neighbour/NN/O/2/nsubj said/VBD/O/-1/root the/DT/O/4/det plan/NN/O/5/nsubj"
                        + " failed/VBD/O/2/ccomp ././O/2/punct"));
        assertEquals(
                MentionType.PRONOUN,
                done.mentions().stream()
                        .filter(m -> m.text().equals("Her"))
                        .findFirst()
                        .orElseThrow()
                        .type());
        assertEquals("Her neighbour", speaker(done, quote(done, "the plan failed")));
    }
}
