package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Support, congratulations and condolences that are conveyed, tweeted or written are offered as much as those that
 * are sent or expressed: the verb that carries the noun is its support verb.
 */
class RelayedSupportTest {
    @Test
    void regressionCondolencesConveyedToAnActorAreCondolence() {
        Event event = only(code("""
                1 Carter Carter NNP PERSON 2 nsubj
                2 conveyed convey VBD O 0 root
                3 his he PRP$ O 4 nmod:poss
                4 condolences condolence NNS O 2 obj
                5 to to IN O 6 case
                6 Erdogan Erdogan NNP PERSON 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("SUPPORT", event.type());
        assertEquals("condolence", event.mode());
        assertEquals(List.of("person:carter"), event.sourceIds());
        assertEquals(List.of("person:erdogan"), event.targetIds());
    }

    @Test
    void regressionCongratulationsWrittenToAnActorArePraise() {
        Event event = only(code("""
                1 Sanders Sanders NNP PERSON 2 nsubj
                2 wrote write VBD O 0 root
                3 congratulations congratulation NNS O 2 obj
                4 to to IN O 5 case
                5 Biden Biden NNP PERSON 3 nmod
                6 . . . O 2 punct
                """));
        assertEquals("SUPPORT", event.type());
        assertEquals("praise", event.mode());
        assertEquals(List.of("person:sanders"), event.sourceIds());
        assertEquals(List.of("person:biden"), event.targetIds());
    }

    @Test
    void regressionSupportTweetedForAnActorIsSupport() {
        Event event = only(code("""
                1 Trump Trump NNP PERSON 2 nsubj
                2 tweeted tweet VBD O 0 root
                3 support support NN O 2 obj
                4 for for IN O 5 case
                5 Bolsonaro Bolsonaro NNP PERSON 3 nmod
                6 . . . O 2 punct
                """));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("person:trump"), event.sourceIds());
        assertEquals(List.of("person:bolsonaro"), event.targetIds());
    }

    @Test
    void congratulationsWrittenToNoActorCodeNothing() {
        List<Event> events = code("""
                1 Sanders Sanders NNP PERSON 2 nsubj
                2 wrote write VBD O 0 root
                3 congratulations congratulation NNS O 2 obj
                4 . . . O 2 punct
                """);
        assertTrue(events.isEmpty(), events::toString);
    }
}
