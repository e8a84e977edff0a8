package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

class NounTaggedCuesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "scientists report skulls evolved": the cue tagged a noun, the plural before it its compound. */
    @Test
    void regressionABaseFormCueTaggedANounAfterAPluralSpeakerReportsTheClauseAfterIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "On/IN/O/1/case",
                "Monday/NNP/DATE/7/obl",
                ",/,/O/7/punct",
                "scientists/NNS/O/4/compound",
                "report/NN/O/6/compound",
                "spiky/JJ/O/6/amod",
                "skulls/NNS/O/7/nsubj",
                "evolved/VBD/O/-1/root",
                "many/JJ/O/9/amod",
                "times/NNS/O/7/obl:tmod",
                "././O/7/punct"));
        Quote quote = quote(done, "spiky skulls evolved many times");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("report", quote.cue());
        assertEquals("scientists", speaker(done, quote));
    }

    /** "The Azerbaijanis state they were responding": a people's name before "state", the clause's subject after. */
    @Test
    void regressionAPeoplesNameBeforeStateTaggedANounReportsTheClauseAfterIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "Azerbaijanis/NNPS/MISC/2/compound",
                "state/NN/O/5/nsubj",
                "they/PRP/O/5/nsubj",
                "were/VBD/O/5/aux",
                "responding/VBG/O/-1/root",
                "to/IN/O/8/case",
                "Armenian/JJ/MISC/8/amod",
                "aggression/NN/O/5/obl",
                "././O/5/punct"));
        Quote quote = quote(done, "they were responding to Armenian aggression");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Azerbaijanis", speaker(done, quote));
    }

    /** "The jobs report analysts expected was weak": a plural modifier of a compound names no speaker. */
    @Test
    void aCompoundWithAPluralModifierReportsNothing() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "jobs/NNS/O/2/compound",
                "report/NN/O/6/nsubj",
                "analysts/NNS/O/4/nsubj",
                "expected/VBD/O/2/acl:relcl",
                "was/VBD/O/6/cop",
                "weak/JJ/O/-1/root",
                "././O/6/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }

    /** "The ministry report they released was late": a singular noun before the base form is no subject of it. */
    @Test
    void aSingularNounBeforeTheCueWordIsNoSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "ministry/NN/O/2/compound",
                "report/NN/O/6/nsubj",
                "they/PRP/O/4/nsubj",
                "released/VBD/O/2/acl:relcl",
                "was/VBD/O/6/cop",
                "late/JJ/O/-1/root",
                "././O/6/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }
}
