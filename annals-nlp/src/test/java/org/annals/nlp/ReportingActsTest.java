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

    /**
     * "Ruiz posted a message on Facebook on Friday announcing he had tested positive." (CoreNLP's parse: the
     * participle the marker of the clause): where and when the act was made stand between the noun and its participle.
     */
    @Test
    void regressionPrepositionalPhrasesBetweenTheActAndItsParticiple() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "posted/VBD/O/-1/root",
                "a/DT/O/4/det",
                "message/NN/O/2/obj",
                "on/IN/O/6/case",
                "Facebook/NNP/ORGANIZATION/4/nmod",
                "on/IN/O/8/case",
                "Friday/NNP/DATE/2/obl",
                "announcing/VBG/O/12/mark",
                "she/PRP/O/12/nsubj",
                "had/VBD/O/12/aux",
                "tested/VBN/O/2/advcl",
                "positive/JJ/O/12/xcomp",
                "././O/2/punct"));
        Quote quote = quote(done, "she had tested positive");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "posted a message, on Friday announcing ...": a comma between the act and the participle ends the reading. */
    @Test
    void aCommaBetweenTheActAndTheParticipleEndsTheReading() {
        Document parsed = HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "posted/VBD/O/-1/root",
                "a/DT/O/4/det",
                "message/NN/O/2/obj",
                ",/,/O/2/punct",
                "on/IN/O/7/case",
                "Friday/NNP/DATE/2/obl",
                "announcing/VBG/O/11/mark",
                "she/PRP/O/11/nsubj",
                "had/VBD/O/11/aux",
                "tested/VBN/O/2/advcl",
                "././O/2/punct");
        List<Token> tokens = parsed.tokens();
        assertTrue(new ReportingActs().makingVerb(tokens, tokens.get(8)).isEmpty());
    }
}
