package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** "Pressed for X to act" asks X to act, as "called for X to act" does; pressing for a thing asks no one. */
class PressedForTest {
    @Test
    void regressionPressedForAnActorToActIsARequestOfThatActor() {
        Event event = only(code("""
                1 Johnson Johnson NNP PERSON 2 nsubj
                2 pressed press VBD O 0 root
                3 for for IN O 6 mark
                4 Russia Russia NNP LOCATION 6 nsubj
                5 to to TO O 6 mark
                6 use use VB O 2 advcl
                7 its its PRP$ O 8 nmod:poss
                8 influence influence NN O 6 obj
                9 . . . O 2 punct
                """));
        assertEquals("REQUEST", event.type());
        assertEquals(List.of("person:johnson"), event.sourceIds());
        assertEquals(List.of("RUS"), event.targetIds());
    }

    @Test
    void pressingForAThingAsksNoActor() {
        List<Event> events = code("""
                1 Johnson Johnson NNP PERSON 2 nsubj
                2 pressed press VBD O 0 root
                3 for for IN O 4 case
                4 answers answer NNS O 2 obl
                5 . . . O 2 punct
                """);
        assertTrue(events.isEmpty(), events::toString);
    }
}
