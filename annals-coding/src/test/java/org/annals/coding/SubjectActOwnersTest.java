package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * An act that is the subject of a verb of its own type was done by the act's owner (ForceActs), or by the one a
 * passive gives it to (ActPerpetrators); sentences written for the test.
 */
class SubjectActOwnersTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    // A Hezbollah attack wounded two soldiers.
    private static final String COMPOUND_ATTACK = """
            1 A a DT O 3 det
            2 Hezbollah Hezbollah NNP ORGANIZATION 3 compound
            3 attack attack NN O 4 nsubj
            4 wounded wound VBD O 0 root
            5 two two CD NUMBER 6 nummod
            6 soldiers soldier NNS O 4 obj
            7 . . . O 4 punct
            """;

    // An Iraqi airstrike killed four people.
    private static final String NATIONAL_AIRSTRIKE = """
            1 An a DT O 3 det
            2 Iraqi Iraqi JJ NATIONALITY 3 amod
            3 airstrike airstrike NN O 4 nsubj
            4 killed kill VBD O 0 root
            5 four four CD NUMBER 6 nummod
            6 people person NNS O 4 obj
            7 . . . O 4 punct
            """;

    // A bomb attack killed four people. The attack was attributed to Boko Haram.
    private static final String ATTRIBUTED = """
            1 A a DT O 3 det
            2 bomb bomb NN O 3 compound
            3 attack attack NN O 4 nsubj
            4 killed kill VBD O 0 root
            5 four four CD NUMBER 6 nummod
            6 people person NNS O 4 obj
            7 . . . O 4 punct

            1 The the DT O 2 det
            2 attack attack NN O 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 attributed attribute VBN O 0 root
            5 to to IN O 7 case
            6 Boko Boko NNP ORGANIZATION 7 compound
            7 Haram Haram NNP ORGANIZATION 4 obl
            8 . . . O 4 punct
            """;

    // A military coup in Mali toppled President Ibrahim Keita.
    private static final String MILITARY_COUP = """
            1 A a DT O 3 det
            2 military military JJ O 3 amod
            3 coup coup NN O 6 nsubj
            4 in in IN O 5 case
            5 Mali Mali NNP LOCATION 3 nmod
            6 toppled topple VBD O 0 root
            7 President President NNP O 9 compound
            8 Ibrahim Ibrahim NNP PERSON 9 compound
            9 Keita Keita NNP PERSON 6 obj
            10 . . . O 6 punct
            """;

    private static Event only(String conll) {
        List<Event> events = code(conll);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void aBodyCompoundedWithTheActDidIt() {
        Event e = only(COMPOUND_ATTACK);
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("org:hezbollah"), e.sourceIds());
        assertTrue(e.rule().contains(ForceActs.SUBJECT_ACT), e.rule());
    }

    @Test
    void aPlaceCompoundedWithTheActOnlySaysWhere() {
        String place = COMPOUND_ATTACK.replace(
                "2 Hezbollah Hezbollah NNP ORGANIZATION 3 compound", "2 Baghdad Baghdad NNP LOCATION 3 compound");
        Event e = only(place);
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of(), e.sourceIds());
    }

    @Test
    void aNationalityAdjectiveSaysWhoseTheActIs() {
        Event e = only(NATIONAL_AIRSTRIKE);
        assertEquals(List.of("IRQ"), e.sourceIds());
    }

    @Test
    void anActAttributedToABodyInTheNextSentenceWasItsAct() {
        Event e = only(ATTRIBUTED);
        assertEquals(List.of("org:boko-haram"), e.sourceIds());
        assertTrue(e.rule().endsWith("+perpetrator:claimed"), e.rule());
    }

    @Test
    void anActAttributedToACauseHasNoAuthor() {
        String leak = ATTRIBUTED
                .replace("6 Boko Boko NNP ORGANIZATION 7 compound", "6 a a DT O 7 det")
                .replace("7 Haram Haram NNP ORGANIZATION 4 obl", "7 leak leak NN O 4 obl");
        assertEquals(List.of(), only(leak).sourceIds());
    }

    @Test
    void aMilitaryCoupIsTheMilitaryOfItsCountryActing() {
        Event e = only(MILITARY_COUP);
        assertEquals("COERCE", e.type());
        assertEquals(List.of("org:MLI:military"), e.sourceIds());
        assertEquals(List.of("person:ibrahim-keita"), e.targetIds());
        assertTrue(e.rule().contains(Coups.ROUTE), e.rule());
    }

    /** Regression: the military a coup implied was an event's source but no actor of the document, so no name. */
    @Test
    void theMilitaryACoupImpliesIsAnActorOfTheDocument() {
        Document coded =
                EVENTS.apply(ACTORS.apply(ConllDocuments.parse("#id t\n#published 2025-09-02\n" + MILITARY_COUP)));
        Actor military = coded.actors().stream()
                .filter(a -> a.id().equals("org:MLI:military"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(coded.actors().toString()));
        assertEquals("MLI", military.country());
        assertEquals("MIL", military.sector());
    }

    @Test
    void aCoupNotCalledMilitaryNamesNobody() {
        String coup = MILITARY_COUP.replace("2 military military JJ O 3 amod", "2 failed fail VBN O 3 amod");
        assertEquals(List.of(), code(coup));
    }

    @Test
    void anActClaimedByABodyInItsOwnSentenceWasItsAct() {
        String claimedBy = """
                1 A a DT O 2 det
                2 bombing bombing NN O 7 nsubj
                3 claimed claim VBN O 2 acl
                4 by by IN O 6 case
                5 Boko Boko NNP ORGANIZATION 6 compound
                6 Haram Haram NNP ORGANIZATION 3 obl:agent
                7 killed kill VBD O 0 root
                8 four four CD NUMBER 9 nummod
                9 people person NNS O 7 obj
                10 . . . O 7 punct
                """;
        assertEquals(List.of("org:boko-haram"), only(claimedBy).sourceIds());
    }
}
