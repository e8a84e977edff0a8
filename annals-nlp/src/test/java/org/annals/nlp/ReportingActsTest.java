package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

class ReportingActsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    private static Document conference(String verb) {
        return HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                verb + "/VBD/O/-1/root",
                "a/DT/O/5/det",
                "press/NN/O/5/compound",
                "conference/NN/O/2/obj",
                "claiming/VBG/O/5/acl",
                "the/DT/O/8/det",
                "vote/NN/O/6/obj",
                "was/VBD/O/10/aux:pass",
                "rigged/VBN/O/2/dep",
                "././O/2/punct");
    }

    /** "held a press conference claiming ...": the conference does not speak; the one who held it does. */
    @Test
    void regressionAParticipleCueOnAConferenceSomeoneHeldIsTheirReport() {
        Document done = quoted(conference("held"));
        Quote quote = quote(done, "the vote was rigged");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "dismissed a conference claiming ...": a verb that takes someone else's act makes its subject no speaker. */
    @Test
    void aVerbThatTakesSomeoneElsesActNamesNoSpeaker() {
        Document parsed = conference("dismissed");
        List<Token> tokens = parsed.tokens();
        assertTrue(new ReportingActs().makingVerb(tokens, tokens.get(6)).isEmpty());
        assertTrue(new ReportingActs()
                .makingVerb(conference("held").tokens(), tokens.get(6))
                .isPresent());
    }
}
