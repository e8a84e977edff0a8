package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

class CoordinatedCuesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /**
     * "The Ministry indicated no vehicles were involved and suggested the driver lost control" (CoreNLP's parse: the
     * first cue the clausal subject of "involved", the second cue a conjunct of it): the first report ends before the
     * second cue, which reports for the same speaker.
     */
    @Test
    void regressionSecondCueOnAPredicateWhoseClausalSubjectIsTheFirstCue() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Ministry/NNP/ORGANIZATION/2/nsubj",
                "indicated/VBD/O/6/csubj:pass",
                "no/DT/O/4/det",
                "vehicles/NNS/O/2/obj",
                "were/VBD/O/6/aux:pass",
                "involved/VBN/O/-1/root",
                "and/CC/O/8/cc",
                "suggested/VBD/O/6/conj",
                "the/DT/O/10/det",
                "driver/NN/O/11/nsubj",
                "lost/VBD/O/8/ccomp",
                "control/NN/O/11/obj",
                "././O/6/punct"));
        assertEquals("Ministry", speaker(done, quote(done, "no vehicles were involved")));
        assertEquals("Ministry", speaker(done, quote(done, "the driver lost control")));
    }

    /**
     * "The Navy told reporters this was unconfirmed and noted no ransom was sought" (CoreNLP's parse: the second cue a
     * conjunct inside the first report, its clause's predicate hung on the first cue): the second cue's clause, read
     * from the words, is a report of its own.
     */
    @Test
    void regressionSecondCueWhoseClauseIsReadFromTheWordsEndsTheFirstReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Navy/NNP/ORGANIZATION/2/nsubj",
                "told/VBD/O/-1/root",
                "reporters/NNS/O/2/iobj",
                "this/DT/O/6/nsubj",
                "was/VBD/O/6/cop",
                "unconfirmed/JJ/O/2/ccomp",
                "and/CC/O/8/cc",
                "noted/VBD/O/6/conj",
                "no/DT/O/10/det",
                "ransom/NN/O/8/obj",
                "was/VBD/O/12/aux:pass",
                "sought/VBN/O/2/dep",
                "././O/2/punct"));
        assertEquals("Navy", speaker(done, quote(done, "this was unconfirmed")));
        assertEquals("Navy", speaker(done, quote(done, "no ransom was sought")));
    }
}
