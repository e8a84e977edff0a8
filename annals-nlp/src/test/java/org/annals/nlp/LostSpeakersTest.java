package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** Speakers of found quotes whose cue the parser cut off from its subject: a misread past tense, a lost agent. */
class LostSpeakersTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    @Test
    void pastTenseReadAsAParticipleAfterAnInterruptionKeepsTheSentencesSubject() {
        // "Ana Ruiz, in a letter to donors, accused Kim of "...": the parse makes "accused" a participle on the name.
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/-1/root",
                ",/,/O/1/punct",
                "in/IN/O/5/case",
                "a/DT/O/5/det",
                "letter/NN/O/1/nmod",
                ",/,/O/1/punct",
                "accused/VBN/O/1/acl",
                "Kim/NNP/PERSON/7/obj",
                "of/IN/O/11/case",
                "“/``/O/11/punct",
                "stalling/VBG/O/7/advcl",
                "the/DT/O/13/det",
                "talks/NNS/O/11/obj",
                "././O/1/punct",
                "”/''/O/1/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "stalling the talks .")));
    }

    @Test
    void pastTenseReadAsAModifierOfTheNextNameKeepsTheSentencesSubject() {
        // "Ruiz, while touring the port, called Kim's plan "...": "called" hung as an adjective on "Kim".
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/-1/root",
                ",/,/O/0/punct",
                "while/IN/O/3/mark",
                "touring/VBG/O/1/dep",
                "the/DT/O/5/det",
                "port/NN/O/3/obj",
                ",/,/O/3/punct",
                "called/VBN/O/8/amod",
                "Kim/NNP/PERSON/10/nmod:poss",
                "'s/POS/O/8/case",
                "plan/NN/O/6/dep",
                "“/``/O/14/punct",
                "a/DT/O/14/det",
                "costly/JJ/O/14/amod",
                "mistake/NN/O/10/dep",
                "././O/10/punct",
                "”/''/O/10/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "a costly mistake .")));
    }

    @Test
    void participleWithAnAgentIsAPassiveAndItsAgentSpeaks() {
        // Also the guard of the rule above: a "by" phrase makes the participle a true passive, not a lost verb.
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Traffic/NN/O/1/nsubj",
                "showed/VBD/O/-1/root",
                "a/DT/O/3/det",
                "pattern/NN/O/1/obj",
                ",/,/O/3/punct",
                "described/VBN/O/3/acl",
                "by/IN/O/8/case",
                "Harbour/NNP/ORGANIZATION/8/compound",
                "Gazette/NNP/ORGANIZATION/5/obl",
                "as/IN/O/12/case",
                "“/``/O/12/punct",
                "rather/RB/O/12/advmod",
                "hectic/JJ/O/5/advcl",
                "”/''/O/12/punct",
                "././O/1/punct"));
        assertEquals("Harbour Gazette", speaker(done, quote(done, "rather hectic")));
    }

    @Test
    void participleWithoutAnAgentGivesItsNounNoVoice() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Traffic/NN/O/1/nsubj",
                "showed/VBD/O/-1/root",
                "a/DT/O/3/det",
                "pattern/NN/O/1/obj",
                "described/VBN/O/3/acl",
                "as/IN/O/8/case",
                "“/``/O/8/punct",
                "rather/RB/O/8/advmod",
                "hectic/JJ/O/4/advcl",
                "”/''/O/8/punct",
                "././O/1/punct"));
        assertEquals("", speaker(done, quote(done, "rather hectic")));
    }

    @Test
    void passiveAgentHungOnTheCuesComplementSpeaks() {
        // "The outbreak was announced to be a "pandemic" by the WHO": the parser hangs the "by" phrase on "pandemic".
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "outbreak/NN/O/3/nsubj:pass",
                "was/VBD/O/3/aux:pass",
                "announced/VBN/O/-1/root",
                "to/TO/O/8/mark",
                "be/VB/O/8/cop",
                "a/DT/O/8/det",
                "“/``/O/8/punct",
                "pandemic/NN/O/3/xcomp",
                "”/''/O/8/punct",
                "by/IN/O/13/case",
                "the/DT/O/13/det",
                "World/NNP/ORGANIZATION/13/compound",
                "Agency/NNP/ORGANIZATION/8/nmod",
                "././O/3/punct"));
        assertEquals("World Agency", speaker(done, quote(done, "pandemic")));
    }
}
