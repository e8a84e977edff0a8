package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * One person told by a singular noun is the person the article identifies under it (IdentifiedPeople); sentences
 * written for the test, parsed as the parser parses such sentences.
 */
class IdentifiedPeopleTest {
    private static final String ARRESTED = """
            1 A a DT O 2 det
            2 man man NN O 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 arrested arrest VBN O 0 root
            5 by by IN O 6 case
            6 police police NNS O 4 obl
            7 . . . O 4 punct

            """;

    private static List<Event> ofType(String conll, String type) {
        return CodedEvents.code(conll).stream()
                .filter(e -> e.type().equals(type))
                .toList();
    }

    private static Event arrest(String conll) {
        return ofType(conll, "COERCE").get(0);
    }

    // The parser hangs the participle set off after "the man" on the clause, not on the noun.
    @Test
    void regressionAManArrestedIsTheManLaterIdentifiedAfterAComma() {
        String later = ARRESTED + """
                1 Officers officer NNS O 2 nsubj
                2 arrived arrive VBD O 0 root
                3 and and CC O 4 cc
                4 questioned question VBD O 2 conj
                5 the the DT O 6 det
                6 man man NN O 4 obj
                7 , , , O 2 punct
                8 later later RB O 9 advmod
                9 identified identify VBN O 2 dep
                10 as as IN O 12 case
                11 Khairi Khairi NNP PERSON 12 compound
                12 Saadallah Saadallah NNP PERSON 9 obl
                13 . . . O 2 punct
                """;
        Event arrest = arrest(later);
        assertEquals(List.of("person:khairi-saadallah"), arrest.targetIds(), arrest.toString());
        assertTrue(arrest.rule().endsWith(IdentifiedPeople.ROUTE), arrest.rule());
    }

    @Test
    void aNounIdentifiedByAParticipleOrAsAPassiveSubjectIsThePerson() {
        String participle = ARRESTED + """
                1 The the DT O 2 det
                2 man man NN O 7 nsubj
                3 , , , O 2 punct
                4 identified identify VBN O 2 acl
                5 as as IN O 6 case
                6 Smith Smith NNP PERSON 4 obl
                7 spoke speak VBD O 0 root
                8 . . . O 7 punct
                """;
        assertEquals(List.of("person:smith"), arrest(participle).targetIds());
        String passive = ARRESTED + """
                1 The the DT O 2 det
                2 man man NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 identified identify VBN O 0 root
                5 as as IN O 7 case
                6 Jaypee Jaypee NNP PERSON 7 compound
                7 Galicha Galicha NNP PERSON 4 obl
                8 . . . O 4 punct
                """;
        assertEquals(List.of("person:jaypee-galicha"), arrest(passive).targetIds());
    }

    @Test
    void aNounSuspectedToBeAPersonIsThatPerson() {
        String suspected = """
                1 Ana Ana NNP PERSON 2 compound
                2 Ruiz Ruiz NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 shot shoot VBN O 0 root
                5 by by IN O 7 case
                6 a a DT O 7 det
                7 prisoner prisoner NN O 4 obl
                8 , , , O 4 punct
                9 suspected suspect VBN O 4 dep
                10 to to TO O 14 mark
                11 be be VB O 14 cop
                12 Louis Louis NNP PERSON 14 compound
                13 De De NNP PERSON 14 compound
                14 Zoysa Zoysa NNP PERSON 9 xcomp
                15 . . . O 4 punct
                """;
        Event shooting = ofType(suspected, "ASSAULT").get(0);
        assertEquals(List.of("person:louis-de-zoysa"), shooting.sourceIds(), shooting.toString());
    }

    @Test
    void twoPeopleIdentifiedUnderTheNounLeaveTheGroup() {
        String two = ARRESTED + """
                1 The the DT O 2 det
                2 man man NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 identified identify VBN O 0 root
                5 as as IN O 6 case
                6 Smith Smith NNP PERSON 4 obl
                7 . . . O 4 punct

                1 Another another DT O 2 det
                2 man man NN O 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 identified identify VBN O 0 root
                5 as as IN O 6 case
                6 Galicha Galicha NNP PERSON 4 obl
                7 . . . O 4 punct
                """;
        assertEquals(List.of("group:man"), arrest(two).targetIds());
    }

    @Test
    void aPluralOrAManSuspectedOfAnActIsNoIdentification() {
        String plural = """
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 two two CD O 4 nummod
                4 men man NNS O 2 obj
                5 . . . O 2 punct

                1 The the DT O 2 det
                2 men man NNS O 4 nsubj:pass
                3 were be VBD O 4 aux:pass
                4 identified identify VBN O 0 root
                5 as as IN O 6 case
                6 Smith Smith NNP PERSON 4 obl
                7 . . . O 4 punct
                """;
        assertTrue(arrest(plural).targetIds().stream().noneMatch(id -> id.startsWith("person:")));
        String act = """
                1 A a DT O 2 det
                2 man man NN O 7 nsubj:pass
                3 suspected suspect VBN O 2 acl
                4 to to TO O 5 mark
                5 have have VB O 6 aux
                6 supplied supply VBN O 3 xcomp
                7 arrested arrest VBN O 0 root
                8 by by IN O 9 case
                9 police police NNS O 7 obl
                10 . . . O 7 punct

                1 Police police NNS O 2 nsubj
                2 questioned question VBD O 0 root
                3 Smith Smith NNP PERSON 2 obj
                4 . . . O 2 punct
                """;
        assertEquals(List.of("group:man"), arrest(act).targetIds());
    }
}
