package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** Inverted attributions whose verb the tagger or the parser took for a modifier of the speaker's title. */
class InvertedCuesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /** "“We rebuild,” [tweeted] JJ former executive Ana Ruiz." (CoreNLP's tags): the cue is no verb for the tagger. */
    @Test
    void regressionInvertedCueTaggedAnAdjectiveOfTheTitle() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/2/punct",
                "We/PRP/O/2/nsubj",
                "rebuild/VBP/O/-1/root",
                ",/,/O/2/punct",
                "”/''/O/2/punct",
                "tweeted/JJ/O/8/amod",
                "former/JJ/O/8/amod",
                "executive/NN/O/9/compound",
                "Ana/NNP/PERSON/9/compound",
                "Ruiz/NNP/PERSON/2/obj",
                "././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "We rebuild")));
    }

    /**
     * "[Remarked] amod Acme Lab scientist Ana Ruiz, “We rebuild.”" (CoreNLP's parse): a verb opening the sentence
     * before a name, a comma and the quotation is the inverted attribution; the employer's name is part of the title.
     */
    @Test
    void regressionCueOpeningTheSentenceBeforeTheSpeakersName() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Remarked/VBD/O/2/amod",
                "Acme/NNP/ORGANIZATION/2/compound",
                "Lab/NNP/ORGANIZATION/-1/root",
                "for/IN/ORGANIZATION/4/case",
                "Birds/NNP/ORGANIZATION/2/nmod",
                "scientist/NN/O/7/compound",
                "Ana/NNP/PERSON/7/compound",
                "Ruiz/NNP/PERSON/2/nmod",
                ",/,/O/2/punct",
                "“/``/O/10/punct",
                "We/PRP/O/11/nsubj",
                "rebuild/VBP/O/2/dep",
                "././O/11/punct",
                "”/''/O/11/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "We rebuild .")));
    }

    /** "“We rebuild,” crowded stands roared.": an adjective whose stem is no cue credits nobody. */
    @Test
    void anAdjectiveAfterTheQuotationWhoseStemIsNoCueIsNoAttribution() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/2/punct",
                "We/PRP/O/2/nsubj",
                "rebuild/VBP/O/7/ccomp",
                ",/,/O/2/punct",
                "”/''/O/2/punct",
                "crowded/JJ/O/6/amod",
                "stands/NNS/O/7/nsubj",
                "roared/VBD/O/-1/root",
                "././O/7/punct"));
        assertEquals("", speaker(done, quote(done, "We rebuild")));
    }
}
