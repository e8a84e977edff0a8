package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

/** A participle cue whose own grammar names nobody who speaks goes on with the report made before it. */
class ParticipleSpeakersTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    /**
     * "Ana Ruiz tweeted her reasoning saying, "..."": the parser took the object "her reasoning" for the participle's
     * subject; the one who tweeted speaks.
     */
    @Test
    void regressionAnObjectTakenForTheParticiplesSubjectDoesNotSpeak() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj tweeted/VBD/O/-1/root her/PRP$/O/4/nmod:poss",
                "reasoning/NN/O/5/nsubj saying/VBG/O/2/dep ,/,/O/5/punct “/``/O/5/punct We/PRP/O/9/nsubj",
                "signed/VBD/O/5/ccomp the/DT/O/11/det law/NN/O/9/obj ././O/2/punct ”/''/O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "We signed the law .")));
    }

    /**
     * "Ana Ruiz issued a statement at her office in Lima saying, "..."": the parser hung "saying" on the last noun
     * of the place phrase; the statement Ruiz issued speaks, and with it Ruiz.
     */
    @Test
    void regressionAParticipleHungOnAPlaceAfterAStatementSpeaksForWhoIssuedIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj issued/VBD/O/-1/root a/DT/O/4/det",
                "statement/NN/O/2/obj at/IN/O/7/case her/PRP$/O/7/nmod:poss office/NN/O/2/obl:at",
                "in/IN/O/9/case Lima/NNP/LOCATION/7/nmod:in saying/VBG/O/7/acl ,/,/O/10/punct “/``/O/10/punct",
                "The/DT/O/14/det vote/NN/O/16/nsubj is/VBZ/O/16/cop over/RB/O/10/ccomp ././O/2/punct",
                "”/''/O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "The vote is over .")));
    }

    /**
     * "Ana Ruiz told reporters he lost control, with local press claiming he was passing a truck": the noun of a
     * "with" phrase is its participle's subject, though it names nobody; Ruiz does not claim it.
     */
    @Test
    void theNounOfAWithPhraseKeepsItsParticiple() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj told/VBD/O/-1/root reporters/NNS/O/2/iobj",
                "he/PRP/O/5/nsubj lost/VBD/O/2/ccomp control/NN/O/5/obj ,/,/O/2/punct with/IN/O/11/mark",
                "local/JJ/O/10/amod press/NN/O/11/nsubj claiming/VBG/O/2/advcl he/PRP/O/14/nsubj was/VBD/O/14/aux",
                "passing/VBG/O/11/ccomp a/DT/O/16/det truck/NN/O/14/obj ././O/2/punct"));
        assertNotEquals("Ana Ruiz", speaker(done, quote(done, "he was passing a truck")));
    }

    /** "Ana Ruiz shared an article claiming ...": an article others share speaks for itself, not for the sharer. */
    @Test
    void aDocumentOnWhichTheParticipleHangsKeepsIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj shared/VBD/O/-1/root an/DT/O/4/det",
                "article/NN/O/2/obj claiming/VBG/O/4/acl the/DT/O/7/det vote/NN/O/9/nsubj:pass",
                "was/VBD/O/9/aux:pass rigged/VBN/O/5/ccomp ././O/2/punct"));
        assertNotEquals("Ana Ruiz", speaker(done, quote(done, "the vote was rigged")));
    }
    /**
     * "Ana Ruiz attacked the media, giving an example of the media falsely saying he was a "felon"": a participle
     * right after its noun says what that noun does; Ruiz, who attacked, does not say it.
     */
    @Test
    void aParticipleRightAfterItsNounIsNotTheReportBefore() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj attacked/VBD/O/-1/root the/DT/O/4/det",
                "media/NNS/O/2/obj ,/,/O/2/punct giving/VBG/O/2/advcl an/DT/O/8/det example/NN/O/6/obj",
                "of/IN/O/11/case the/DT/O/11/det media/NNS/O/8/nmod:of falsely/RB/O/13/advmod",
                "saying/VBG/O/11/acl he/PRP/O/18/nsubj was/VBD/O/18/cop a/DT/O/18/det “/``/O/18/punct",
                "felon/NN/O/13/ccomp ”/''/O/18/punct ././O/2/punct"));
        Quote felon = quote(done, "felon");
        assertEquals("say", felon.cue());
        assertNotEquals("Ana Ruiz", speaker(done, felon));
    }
}
