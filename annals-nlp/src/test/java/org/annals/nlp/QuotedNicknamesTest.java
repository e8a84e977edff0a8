package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

/** A nickname in quotation marks inside a person's name is a scare quote: nobody says it. */
class QuotedNicknamesTest {
    private static final LocalDate DAY = LocalDate.of(2019, 6, 18);

    private static Document metNamed(String first, String nickname, String last) {
        return HandDocuments.of(
                DAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj said/VBD/O/-1/root she/PRP/O/4/nsubj"
                        + " met/VBD/O/2/ccomp " + first + "/NNP/PERSON/9/compound “/``/O/7/punct "
                        + nickname + "/NNP/PERSON/9/compound ”/''/O/7/punct " + last
                        + "/NNP/PERSON/4/obj ././O/2/punct");
    }

    /**
     * "said Col. John "J.D." Dorrian", "married to talent agent Pasquale "Pat" Di Cicco": before, the nickname was a
     * partial quote of whoever reported the sentence (or of the man himself).
     */
    @Test
    void regressionANicknameBetweenGivenNameAndSurnameIsAScareQuote() {
        Document done = quoted(metNamed("John", "J.D.", "Dorrian"));

        Quote nickname = quote(done, "J.D.");
        assertEquals(QuoteKind.SCARE, nickname.kind());
        assertEquals("", speaker(done, nickname));
    }

    /** A lower-case word in marks is no nickname: it stays what the sentence makes it. */
    @Test
    void aQuotedWordAfterALowerCaseWordIsNoNickname() {
        Document done = quoted(metNamed("John", "pat", "Dorrian"));

        assertEquals(QuoteKind.PARTIAL, quote(done, "pat").kind());
    }
}
