package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** A set-off participle that says what the clause's act said is the same happening; test sentences. */
class ParticipleRestatementsTest {
    @Test
    void regressionCriticizingSomeoneAccusingThemOfSomethingIsOneAccusation() {
        // Ana Ruiz spoke on Monday. Ruiz criticized Ben Okafor, accusing Okafor of fraud.
        Event criticism = only(code("""
                        1 Ana Ana NNP PERSON 2 compound
                        2 Ruiz Ruiz NNP PERSON 3 nsubj
                        3 spoke speak VBD O 0 root
                        4 on on IN O 5 case
                        5 Monday Monday NNP DATE 3 obl
                        6 . . . O 3 punct
                        #time 5-5 2025-09-01 DAY PAST

                        1 Ruiz Ruiz NNP PERSON 2 nsubj
                        2 criticized criticize VBD O 0 root
                        3 Ben Ben NNP PERSON 4 compound
                        4 Okafor Okafor NNP PERSON 2 obj
                        5 , , , O 2 punct
                        6 accusing accuse VBG O 2 dep
                        7 Okafor Okafor NNP PERSON 6 obj
                        8 of of IN O 9 case
                        9 fraud fraud NN O 6 obl
                        10 . . . O 2 punct
                        """));

        assertEquals("criticize", criticism.mode());
    }

    @Test
    void twoFiniteVerbsOnTwoDaysStayTwoTellings() {
        // Ana Ruiz criticized Ben Okafor on Monday and accused Okafor of fraud in 2019.
        List<Event> events = code("""
                        1 Ana Ana NNP PERSON 2 compound
                        2 Ruiz Ruiz NNP PERSON 3 nsubj
                        3 criticized criticize VBD O 0 root
                        4 Ben Ben NNP PERSON 5 compound
                        5 Okafor Okafor NNP PERSON 3 obj
                        6 on on IN O 7 case
                        7 Monday Monday NNP DATE 3 obl
                        8 and and CC O 9 cc
                        9 accused accuse VBD O 3 conj
                        10 Okafor Okafor NNP PERSON 9 obj
                        11 of of IN O 12 case
                        12 fraud fraud NN O 9 obl
                        13 in in IN O 14 case
                        14 2019 2019 CD DATE 9 obl
                        15 . . . O 3 punct
                        #time 7-7 2025-09-01 DAY PAST
                        #time 14-14 2019 YEAR PAST
                        """);

        assertEquals(2, events.size(), events.toString());
    }
}
