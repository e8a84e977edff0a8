package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Acts of force, coercion and the street told in the ways news tells them (ForceActs and the lexicon). */
class ForceEventsTest {
    @Test
    void passiveConjunctsUndergoWhatTheSubjectOfTheirFirstConjunctNames() {
        List<Event> events = code("""
                1 Lina Lina NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 led lead VBD O 0 root
                4 the the DT O 5 det
                5 union union NN O 3 obj
                6 but but CC O 8 cc
                7 was be VBD O 8 aux:pass
                8 detained detain VBN O 3 conj
                9 and and CC O 11 cc
                10 was be VBD O 11 aux:pass
                11 charged charge VBN O 8 conj
                12 . . . O 3 punct
                """);
        assertEquals(2, events.size(), events.toString());
        for (Event e : events) {
            assertEquals(List.of(), e.sourceIds(), "nobody is named as detaining or charging her");
            assertEquals(List.of("person:lina-haddad"), e.targetIds());
        }
        assertEquals(
                List.of("COERCE", "ACCUSE"), events.stream().map(Event::type).toList());
    }

    @Test
    void anActiveConjunctOfAnActiveClauseUndergoesNothing() {
        assertTrue(code("""
                1 Lina Lina NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 led lead VBD O 0 root
                4 the the DT O 5 det
                5 union union NN O 3 obj
                6 and and CC O 7 cc
                7 jailed jail VBD O 3 conj
                8 nobody nobody NN O 7 obj
                9 . . . O 3 punct
                """).isEmpty());
    }

    @Test
    void aVictimKilledInAnAttackIsAnEventWhoseAgentTheAttacksOwnerNames() {
        Event unowned = only(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Nasser Nasser NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 killed kill VBN O 0 root
                5 in in IN O 7 case
                6 a a DT O 7 det
                7 bombing bombing NN O 4 obl
                8 . . . O 4 punct
                """));
        assertEquals("ASSAULT", unowned.type());
        assertEquals(List.of(), unowned.sourceIds());
        assertEquals(List.of("person:omar-nasser"), unowned.targetIds());
        assertEquals("verb:kill/agentless", unowned.rule());
        Event owned = only(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Nasser Nasser NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 wounded wound VBN O 0 root
                5 in in IN O 8 case
                6 an a DT O 8 det
                7 Israeli Israeli JJ MISC 8 amod
                8 airstrike airstrike NN O 4 obl
                9 . . . O 4 punct
                """));
        assertEquals(List.of("ISR"), owned.sourceIds(), "whose airstrike it was is who struck");
        assertEquals(List.of("person:omar-nasser"), owned.targetIds());
    }

    @Test
    void aVictimKilledInAnAccidentIsNoEvent() {
        assertTrue(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Nasser Nasser NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 killed kill VBN O 0 root
                5 in in IN O 7 case
                6 a a DT O 7 det
                7 crash crash NN O 4 obl
                8 . . . O 4 punct
                """).isEmpty());
    }

    @Test
    void anAttackOnANamedTargetNobodyClaimsCodesWithoutSource() {
        Event e = only(code("""
                1 Witnesses witness NNS O 2 nsubj
                2 described describe VBD O 0 root
                3 the the DT O 4 det
                4 bombing bombing NN O 2 obj
                5 of of IN O 6 case
                6 Ghana Ghana NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of(), e.sourceIds());
        assertEquals(List.of("GHA"), e.targetIds());
        assertEquals("noun:bombing/unclaimed", e.rule());
    }

    @Test
    void aVerbalAttackIsNoAssault() {
        assertTrue(code("""
                1 Witnesses witness NNS O 2 nsubj
                2 described describe VBD O 0 root
                3 a a DT O 5 det
                4 personal personal JJ O 5 amod
                5 attack attack NN O 2 obj
                6 on on IN O 7 case
                7 Ghana Ghana NNP LOCATION 5 nmod
                8 . . . O 2 punct
                """).isEmpty());
    }

    @Test
    void anUnclaimedAttackTheArticleAlsoTellsWithItsAgentIsOneEvent() {
        Event e = only(code("""
                1 Togo Togo NNP LOCATION 3 nmod:poss
                2 's 's POS O 1 case
                3 attack attack NN O 0 root
                4 on on IN O 5 case
                5 Ghana Ghana NNP LOCATION 3 nmod
                6 . . . O 3 punct

                1 Witnesses witness NNS O 2 nsubj
                2 described describe VBD O 0 root
                3 the the DT O 4 det
                4 attack attack NN O 2 obj
                5 on on IN O 6 case
                6 Ghana Ghana NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals(List.of("TGO"), e.sourceIds());
        assertEquals(List.of("GHA"), e.targetIds());
    }

    @Test
    void aManOrWomanTheTextDoesNotNameIsAnActorOfTheirOwn() {
        Event e = only(code("""
                1 Officers officer NNS O 2 nsubj
                2 detained detain VBD O 0 root
                3 a a DT O 5 det
                4 young young JJ O 5 amod
                5 woman woman NN O 2 obj
                6 on on IN O 7 case
                7 Friday Friday NNP O 2 obl
                8 . . . O 2 punct
                """));
        assertEquals(List.of("group:officer"), e.sourceIds());
        assertEquals(List.of("group:woman"), e.targetIds());
    }

    @Test
    void aManGivenANameIsThatName() {
        Event e = only(code("""
                1 Gunmen gunman NNS O 2 nsubj
                2 shot shoot VBD O 0 root
                3 a a DT O 4 det
                4 man man NN O 2 obj
                5 named name VBN O 4 acl
                6 Ali Ali NNP PERSON 7 compound
                7 Mansour Mansour NNP PERSON 5 obj
                8 . . . O 2 punct
                """));
        assertEquals(List.of("person:ali-mansour"), e.targetIds());
    }

    @Test
    void placingSomeoneUnderArrestIsAnArrest() {
        Event e = only(code("""
                1 Soldiers soldier NNS O 2 nsubj
                2 placed place VBD O 0 root
                3 Ali Ali NNP PERSON 4 compound
                4 Mansour Mansour NNP PERSON 2 obj
                5 under under IN O 7 case
                6 house house NN O 7 compound
                7 arrest arrest NN O 2 obl
                8 . . . O 2 punct
                """));
        assertEquals("COERCE", e.type());
        assertEquals(List.of("group:soldier"), e.sourceIds());
        assertEquals(List.of("person:ali-mansour"), e.targetIds());
        assertEquals("verb:place under arrest/nsubj", e.rule());
    }

    @Test
    void puttingForcesOnAlertMobilisesThem() {
        Event e = only(code("""
                1 Ghana Ghana NNP LOCATION 2 nsubj
                2 put put VBD O 0 root
                3 its its PRP$ O 4 nmod:poss
                4 garrison garrison NN O 2 obj
                5 on on IN O 7 case
                6 high high JJ O 7 amod
                7 alert alert NN O 2 obl
                8 . . . O 2 punct
                """));
        assertEquals("MOBILIZE", e.type());
        assertEquals(List.of("GHA"), e.sourceIds());
        assertEquals(List.of(), e.targetIds());
    }

    @Test
    void aVictimKilledInAnOperationAnActorCompoundsIsKilledByThatActor() {
        Event e = only(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Nasser Nasser NNP PERSON 4 nsubj:pass
                3 was be VBD O 4 aux:pass
                4 killed kill VBN O 0 root
                5 in in IN O 8 case
                6 a a DT O 8 det
                7 Kenya Kenya NNP LOCATION 8 compound
                8 operation operation NN O 4 obl
                9 . . . O 4 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("person:omar-nasser"), e.targetIds());
    }

    @Test
    void aCrowdOfProtestersIsItsPeople() {
        Event e = only(code("""
                1 Hundreds hundred NNS O 4 nsubj
                2 of of IN O 3 case
                3 demonstrators demonstrator NNS O 1 nmod
                4 boycotted boycott VBD O 0 root
                5 Ghana Ghana NNP LOCATION 4 obj
                6 . . . O 4 punct
                """));
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("group:demonstrator"), e.sourceIds());
        assertEquals(List.of("GHA"), e.targetIds());
    }

    @Test
    void protestersGatheringOutsideABodyProtestAgainstItButOthersGatheringDoNot() {
        Event e = only(code("""
                1 Activists activist NNS O 2 nsubj
                2 assembled assemble VBD O 0 root
                3 outside outside IN O 6 case
                4 the the DT O 6 det
                5 Turkish Turkish JJ MISC 6 amod
                6 embassy embassy NN O 2 obl
                7 . . . O 2 punct
                """));
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("group:activist"), e.sourceIds());
        assertEquals(List.of("org:TUR:embassy"), e.targetIds());
        assertTrue(code("""
                1 Students student NNS O 2 nsubj
                2 assembled assemble VBD O 0 root
                3 outside outside IN O 6 case
                4 the the DT O 6 det
                5 Turkish Turkish JJ MISC 6 amod
                6 embassy embassy NN O 2 obl
                7 . . . O 2 punct
                """).isEmpty(), "a crowd that is no crowd of protesters gathers for anything");
    }

    @Test
    void joiningAProtestIsProtesting() {
        Event e = only(code("""
                1 Workers worker NNS O 2 nsubj
                2 joined join VBD O 0 root
                3 the the DT O 4 det
                4 march march NN O 2 obj
                5 against against IN O 6 case
                6 Togo Togo NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("PROTEST", e.type());
        assertEquals(List.of("group:worker"), e.sourceIds());
        assertEquals(List.of("TGO"), e.targetIds());
    }

    @Test
    void whoeverOrchestratedAnAttackMadeIt() {
        Event e = only(code("""
                1 Ali Ali NNP PERSON 2 compound
                2 Mansour Mansour NNP PERSON 3 nsubj
                3 orchestrated orchestrate VBD O 0 root
                4 the the DT O 5 det
                5 attacks attack NNS O 3 obj
                6 on on IN O 7 case
                7 Ghana Ghana NNP LOCATION 5 nmod
                8 . . . O 3 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("person:ali-mansour"), e.sourceIds());
        assertEquals(List.of("GHA"), e.targetIds());
    }

    @Test
    void aPerfectParticipleClauseSharesItsGovernorsSubject() {
        Event e =
                only(code("""
                1 The the DT O 2 det
                2 police police NNS O 3 nsubj
                3 withdrew withdraw VBD O 0 root
                4 , , , O 3 punct
                5 having have VBG O 6 aux
                6 detained detain VBN O 3 dep
                7 Ali Ali NNP PERSON 8 compound
                8 Mansour Mansour NNP PERSON 6 obj
                9 . . . O 3 punct
                """).stream().filter(ev -> ev.type().equals("COERCE")).toList());
        assertEquals(List.of("group:police"), e.sourceIds());
        assertEquals(List.of("person:ali-mansour"), e.targetIds());
    }
}
