package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** An agentless act of authority in what a body announces is that body's (AnnouncingBodies); sentences written for the test. */
class AnnouncingBodiesTest {
    private static final String FEDERATION_ANNOUNCED_BAN = """
            1 The the DT O 4 det
            2 Latvian Latvian JJ NATIONALITY 4 amod
            3 Rowing Rowing NNP ORGANIZATION 4 compound
            4 Federation Federation NNP ORGANIZATION 5 nsubj
            5 announced announce VBD O 0 root
            6 Anna Anna NNP PERSON 7 compound
            7 Berzina Berzina NNP PERSON 9 nsubj:pass
            8 was be VBD O 9 aux:pass
            9 banned ban VBN O 5 ccomp
            10 from from IN O 11 mark
            11 competing compete VBG O 9 advcl
            12 . . . O 5 punct

            """;

    @Test
    void aBanAnnouncedByABodyIsThatBodysBan() {
        Event ban = only(code(FEDERATION_ANNOUNCED_BAN));
        assertEquals("SANCTION", ban.type());
        assertEquals(List.of("person:anna-berzina"), ban.targetIds());
        assertEquals(1, ban.sourceIds().size(), ban.toString());
        assertTrue(ban.sourceIds().get(0).contains("federation"), ban.toString());
        assertTrue(ban.rule().endsWith("/" + AnnouncingBodies.ROUTE), ban.rule());
    }

    @Test
    void regressionABanToldAloneWithoutAgentCodesNothing() {
        List<Event> events = code("""
                1 Anna Anna NNP PERSON 2 compound
                2 Berzina Berzina NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 banned ban VBN O 0 root
                5 for for IN O 7 case
                6 two two CD NUMBER 7 nummod
                7 years year NNS DURATION 4 obl
                8 . . . O 4 punct
                """);
        assertEquals(List.of(), events);
    }

    @Test
    void anArrestAnnouncedByAMinistryIsTheMinistrys() {
        Event arrest =
                only(code("""
                1 The the DT O 3 det
                2 Interior Interior NNP ORGANIZATION 3 compound
                3 Ministry Ministry NNP ORGANIZATION 4 nsubj
                4 said say VBD O 0 root
                5 Omar Omar NNP PERSON 6 compound
                6 Nasser Nasser NNP PERSON 8 nsubj:pass
                7 was be VBD O 8 aux:pass
                8 arrested arrest VBN O 4 ccomp
                9 and and CC O 10 cc
                10 deported deport VBN O 8 conj
                11 . . . O 4 punct
                """).stream().filter(e -> e.mode().equals("arrest")).toList());
        assertEquals("COERCE", arrest.type());
        assertEquals(List.of("person:omar-nasser"), arrest.targetIds());
        assertEquals(1, arrest.sourceIds().size(), arrest.toString());
        assertTrue(arrest.rule().endsWith("/" + AnnouncingBodies.ROUTE), arrest.rule());
    }

    @Test
    void aPersonTellingOfAnArrestDidNotMakeIt() {
        String lawyer = """
                1 His he PRP$ O 2 nmod:poss
                2 lawyer lawyer NN O 3 nsubj
                3 said say VBD O 0 root
                4 Omar Omar NNP PERSON 5 compound
                5 Nasser Nasser NNP PERSON 7 nsubj:pass
                6 was be VBD O 7 aux:pass
                7 arrested arrest VBN O 3 ccomp
                8 . . . O 3 punct
                """;
        String named = lawyer.replace("1 His he PRP$ O 2 nmod:poss", "1 Maria Maria NNP PERSON 2 compound")
                .replace("2 lawyer lawyer NN O 3 nsubj", "2 Lopez Lopez NNP PERSON 3 nsubj");
        for (String text : List.of(lawyer, named)) {
            Event arrest = code(text).stream()
                    .filter(e -> e.type().equals("COERCE"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of(), arrest.sourceIds(), arrest.toString());
        }
    }

    @Test
    void aNewsMediumOrCampaignReportingAnArrestDidNotMakeIt() {
        String arrest = """
                1 Amnesty Amnesty NNP ORGANIZATION 2 compound
                2 International International NNP ORGANIZATION 3 nsubj
                3 said say VBD O 0 root
                4 Omar Omar NNP PERSON 5 compound
                5 Nasser Nasser NNP PERSON 7 nsubj:pass
                6 was be VBD O 7 aux:pass
                7 arrested arrest VBN O 3 ccomp
                8 . . . O 3 punct
                """;
        String medium = arrest.replace("1 Amnesty Amnesty NNP ORGANIZATION 2 compound", "1 The the DT O 2 det")
                .replace(
                        "2 International International NNP ORGANIZATION 3 nsubj", "2 BBC BBC NNP ORGANIZATION 3 nsubj");
        for (String text : List.of(arrest, medium)) {
            Event coded = only(code(text));
            assertEquals(List.of(), coded.sourceIds(), coded.toString());
        }
    }

    @Test
    void anActOutsideTheAnnouncedClauseKeepsNoSource() {
        String separate =
                FEDERATION_ANNOUNCED_BAN.replace("9 banned ban VBN O 5 ccomp", "9 banned ban VBN O 5 parataxis");
        assertEquals(List.of(), code(separate));
    }

    @Test
    void aCriticismToldByABodyIsNotThatBodysCriticism() {
        Event criticism = only(code(FEDERATION_ANNOUNCED_BAN
                .replace("9 banned ban VBN", "9 criticised criticise VBN")
                .replace("10 from from IN O 11 mark", "10 for for IN O 11 mark")));
        assertEquals("ACCUSE", criticism.type());
        assertEquals(List.of(), criticism.sourceIds(), criticism.toString());
    }

    @Test
    void regressionAPassiveThatTheParserHangsLooseOnTheAnnouncementUndergoesTheObject() {
        // As the parser reads "the federation announced two players, A and B, were banned from competing".
        String loose = """
                1 The the DT O 3 det
                2 Rowing Rowing NNP ORGANIZATION 3 compound
                3 Federation Federation NNP ORGANIZATION 4 nsubj
                4 announced announce VBD O 0 root
                5 two two CD NUMBER 6 nummod
                6 rowers rower NNS O 4 obj
                7 , , , O 6 punct
                8 Anna Anna NNP PERSON 9 compound
                9 Berzina Berzina NNP PERSON 6 appos
                10 , , , O 4 punct
                11 were be VBD O 12 aux:pass
                12 banned ban VBN O 4 dep
                13 from from IN O 14 mark
                14 competing compete VBG O 12 advcl
                15 . . . O 4 punct
                """;
        Event ban = only(code(loose));
        assertEquals("SANCTION", ban.type());
        assertTrue(ban.targetIds().contains("person:anna-berzina"), ban.toString());
        assertTrue(ban.sourceIds().get(0).contains("federation"), ban.toString());
        String withSubject = loose.replace("11 were be VBD O 12 aux:pass", "11 they they PRP O 12 nsubj:pass");
        assertEquals(List.of(), code(withSubject));
    }
}
