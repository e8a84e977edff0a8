package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A document that is the subject of an act stands for its author when the article names the author in the
 * document's own phrase or where it told the document first. Every sentence here is written for the test.
 */
class DocumentAuthorsTest {
    // "Acme Records's notice condemned Zenith ."
    private static final String POSSESSED_NOTICE = """
            1 Acme Acme NNP ORGANIZATION 2 compound
            2 Records Records NNP ORGANIZATION 4 nmod:poss
            3 's 's POS O 2 case
            4 notice notice NN O 5 nsubj
            5 condemned condemn VBD O 0 root
            6 Zenith Zenith NNP ORGANIZATION 5 obj
            7 . . . O 5 punct
            """;

    // "A Russian statement condemned Zenith ."
    private static final String NATIONAL_STATEMENT = """
            1 A a DT O 3 det
            2 Russian Russian JJ NATIONALITY 3 amod
            3 statement statement NN O 4 nsubj
            4 condemned condemn VBD O 0 root
            5 Zenith Zenith NNP ORGANIZATION 4 obj
            6 . . . O 4 punct
            """;

    // "Ana Ruiz sent a letter to Zenith ." then "The letter condemned Acme Records ."
    private static final String SENT_THEN_THE_LETTER = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 sent send VBD O 0 root
            4 a a DT O 5 det
            5 letter letter NN O 3 obj
            6 to to IN O 7 case
            7 Zenith Zenith NNP ORGANIZATION 3 obl
            8 . . . O 3 punct

            1 The the DT O 2 det
            2 letter letter NN O 3 nsubj
            3 condemned condemn VBD O 0 root
            4 Acme Acme NNP ORGANIZATION 5 compound
            5 Records Records NNP ORGANIZATION 3 obj
            6 . . . O 3 punct
            """;

    // "A letter from Ana Ruiz condemned Zenith ."
    private static final String LETTER_FROM = """
            1 A a DT O 2 det
            2 letter letter NN O 6 nsubj
            3 from from IN O 5 case
            4 Ana Ana NNP PERSON 5 compound
            5 Ruiz Ruiz NNP PERSON 2 nmod
            6 condemned condemn VBD O 0 root
            7 Zenith Zenith NNP ORGANIZATION 6 obj
            8 . . . O 6 punct
            """;

    // "A letter condemned Zenith ."
    private static final String UNSIGNED_LETTER = """
            1 A a DT O 2 det
            2 letter letter NN O 3 nsubj
            3 condemned condemn VBD O 0 root
            4 Zenith Zenith NNP ORGANIZATION 3 obj
            5 . . . O 3 punct
            """;

    // "Ana Ruiz received a letter ." then "The letter condemned Zenith ."
    private static final String RECEIVED_THEN_THE_LETTER = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 received receive VBD O 0 root
            4 a a DT O 5 det
            5 letter letter NN O 3 obj
            6 . . . O 3 punct

            1 The the DT O 2 det
            2 letter letter NN O 3 nsubj
            3 condemned condemn VBD O 0 root
            4 Zenith Zenith NNP ORGANIZATION 3 obj
            5 . . . O 3 punct
            """;

    // "Ana Ruiz sent a letter ." "Li Wei sent a letter ." then "The letter condemned Zenith ."
    private static final String TWO_AUTHORS_THEN_THE_LETTER = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 sent send VBD O 0 root
            4 a a DT O 5 det
            5 letter letter NN O 3 obj
            6 . . . O 3 punct

            1 Li Li NNP PERSON 2 compound
            2 Wei Wei NNP PERSON 3 nsubj
            3 sent send VBD O 0 root
            4 a a DT O 5 det
            5 letter letter NN O 3 obj
            6 . . . O 3 punct

            1 The the DT O 2 det
            2 letter letter NN O 3 nsubj
            3 condemned condemn VBD O 0 root
            4 Zenith Zenith NNP ORGANIZATION 3 obj
            5 . . . O 3 punct
            """;

    // "The Daily Courier published a report ." then "The report condemned Zenith ."
    private static final String NEWSPAPER_REPORT = """
            1 The the DT O 3 det
            2 Daily Daily NNP ORGANIZATION 3 compound
            3 Courier Courier NNP ORGANIZATION 4 nsubj
            4 published publish VBD O 0 root
            5 a a DT O 6 det
            6 report report NN O 4 obj
            7 . . . O 4 punct

            1 The the DT O 2 det
            2 report report NN O 3 nsubj
            3 condemned condemn VBD O 0 root
            4 Zenith Zenith NNP ORGANIZATION 3 obj
            5 . . . O 3 punct
            """;

    @Test
    void regressionANoticeOwnedByANameIsItsOwnersAct() {
        Event e = only(code(POSSESSED_NOTICE));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("org:acme-records"), e.sourceIds());
        assertEquals(List.of("org:zenith"), e.targetIds());
        assertTrue(e.rule().contains(DocumentAuthors.ROUTE), e.rule());
    }

    @Test
    void regressionTheLetterIsWhoeverTheArticleSaidSentIt() {
        Event e = only(code(SENT_THEN_THE_LETTER));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
        assertEquals(List.of("org:acme-records"), e.targetIds());
    }

    @Test
    void aStatementWithANationalityIsThatStatesAct() {
        Event e = only(code(NATIONAL_STATEMENT));
        assertTrue(e.sourceIds().stream().anyMatch(s -> s.startsWith("RUS")), e.toString());
    }

    @Test
    void aLetterFromANameIsThatNamesAct() {
        Event e = only(code(LETTER_FROM));
        assertEquals(List.of("person:ana-ruiz"), e.sourceIds());
    }

    @Test
    void aLetterWhoseAuthorIsNotNamedActsForNobody() {
        assertNoSource(code(UNSIGNED_LETTER));
    }

    @Test
    void theLetterSomeoneReceivedIsNotTheirs() {
        assertNoSource(code(RECEIVED_THEN_THE_LETTER));
    }

    @Test
    void theLetterAfterLettersOfTwoAuthorsIsNeither() {
        assertNoSource(code(TWO_AUTHORS_THEN_THE_LETTER));
    }

    private static void assertNoSource(List<Event> events) {
        assertTrue(events.stream().allMatch(e -> e.sourceIds().isEmpty()), events::toString);
    }

    @Test
    void theReportANewspaperPublishedIsNoPartyToTheAct() {
        List<Event> events = code(NEWSPAPER_REPORT);
        assertTrue(
                events.stream().noneMatch(e -> e.sourceIds().stream().anyMatch(s -> s.contains("courier"))),
                events::toString);
    }
}
