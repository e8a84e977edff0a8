package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Displeasure told by a word of feeling expressed at, with or over an actor (nouns.tsv): "expressed dissatisfaction
 * with Chile". Every sentence here is written for the test.
 */
class FeelingStancesTest {
    private static final String EXPRESSED = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 expressed express VBD O 0 root
            3 FEELING FEELING NN O 2 obj
            4 PREPOSITION PREPOSITION IN O 5 case
            5 Chile Chile NNP LOCATION 3 nmod
            6 . . . O 2 punct
            """;

    private static List<Event> expressed(String feeling, String preposition) {
        return code(EXPRESSED.replace("FEELING", feeling).replace("PREPOSITION", preposition));
    }

    @Test
    void dissatisfactionExpressedWithAnActorCriticisesIt() {
        Event e = only(expressed("dissatisfaction", "with"));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
        assertEquals("noun:dissatisfaction/support:express/nsubj", e.rule());
    }

    @Test
    void angerAtAnActorAndOutrageOverOneCriticiseIt() {
        assertEquals(List.of("CHL"), only(expressed("anger", "at")).targetIds());
        assertEquals(List.of("CHL"), only(expressed("outrage", "over")).targetIds());
    }

    @Test
    void angerVentedAtAnActorCriticisesIt() {
        Event e = only(code(EXPRESSED
                .replace("expressed express", "vented vent")
                .replace("FEELING", "anger")
                .replace("PREPOSITION", "at")));
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
    }

    @Test
    void angerReiteratedAtAnActorIsServedByTheRestatingVerb() {
        Event e = only(code(EXPRESSED
                .replace("expressed express", "reiterated reiterate")
                .replace("FEELING", "anger")
                .replace("PREPOSITION", "at")));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("CHL"), e.targetIds());
        assertTrue(e.rule().startsWith("noun:anger" + LightVerbs.ROUTE + "reiterate"), e.rule());
    }

    @Test
    void concernAboutAnActorIsNoCriticism() {
        assertTrue(expressed("concern", "about").isEmpty());
    }

    @Test
    void angerExpressedOnAPlatformNamesNoTarget() {
        List<Event> events = code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 expressed express VBD O 0 root
                3 its its PRP$ O 4 nmod:poss
                4 anger anger NN O 2 obj
                5 on on IN O 6 case
                6 Twitter Twitter NNP O 2 obl
                7 . . . O 2 punct
                """);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void aPrivatePersonsDisappointmentWithAThingCodesNothing() {
        List<Event> events = code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 expressed express VBD O 0 root
                3 disappointment disappointment NN O 2 obj
                4 with with IN O 6 case
                5 the the DT O 6 det
                6 weather weather NN O 3 nmod
                7 . . . O 2 punct
                """);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void angerOverAnActorsDeathDoesNotCriticiseTheDead() {
        List<Event> events = code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 expressed express VBD O 0 root
                3 anger anger NN O 2 obj
                4 over over IN O 6 case
                5 Omar Omar NNP PERSON 6 nmod:poss
                6 death death NN O 3 nmod
                7 . . . O 2 punct
                """);
        assertTrue(events.stream().noneMatch(e -> e.targetIds().contains("person:omar")), events.toString());
    }

    @Test
    void angerAtAnActorsDecisionCriticisesWhoeverMadeIt() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 voiced voice VBD O 0 root
                3 anger anger NN O 2 obj
                4 at at IN O 7 case
                5 Chile Chile NNP LOCATION 7 nmod:poss
                6 's 's POS O 5 case
                7 decision decision NN O 3 nmod
                8 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("CHL"), e.targetIds());
    }
}
