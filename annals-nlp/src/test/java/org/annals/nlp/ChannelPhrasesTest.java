package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "according to the council via Twitter": the channel after "via" carried the words; the source said them. */
class ChannelPhrasesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    private static Document closedAccordingTo(String source) {
        return quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det road/NN/O/2/nsubj closed/VBD/O/-1/root ,/,/O/2/punct according/VBG/O/7/case",
                "to/IN/O/4/fixed the/DT/O/7/det " + source + " ././O/2/punct"));
    }

    /** "The road closed, according to the council via Acme News": the agency is no source. */
    @Test
    void regressionAnAgencyAfterViaIsNotTheSource() {
        Document done = closedAccordingTo(
                "council/NN/O/2/obl via/IN/O/10/case Acme/NNP/ORGANIZATION/10/compound News/NNP/ORGANIZATION/7/nmod");
        assertEquals("the council", speaker(done, quote(done, "The road closed")));
    }

    /** "according to the council via Twitter": the described source stops before the channel. */
    @Test
    void regressionADescribedSourceStopsBeforeVia() {
        Document done = closedAccordingTo("council/NN/O/2/obl via/IN/O/9/case Twitter/NN/O/7/nmod");
        assertEquals("the council", speaker(done, quote(done, "The road closed")));
    }

    /** "according to the council of Acme News": a name hung on the source without "via" is still read. */
    @Test
    void aNameInTheSourcesOwnPhraseIsStillTheSource() {
        Document done = closedAccordingTo(
                "council/NN/O/2/obl of/IN/O/10/case Acme/NNP/ORGANIZATION/10/compound News/NNP/ORGANIZATION/7/nmod");
        assertEquals("Acme News", speaker(done, quote(done, "The road closed")));
    }
}
