package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** "attack" between politicians and civilians is criticism; with an armed side or a state as target it is force. */
class VerbalAttacksTest {
    // President Mara Alvarez attacked Senator Tomas Ruiz over the budget.
    private static final String POLITICIANS = """
            1 President President NNP O 3 compound
            2 Mara Mara NNP PERSON 3 compound
            3 Alvarez Alvarez NNP PERSON 4 nsubj
            4 attacked attack VBD O 0 root
            5 Senator Senator NNP O 7 compound
            6 Tomas Tomas NNP PERSON 7 compound
            7 Ruiz Ruiz NNP PERSON 4 obj
            8 over over IN O 10 case
            9 the the DT O 10 det
            10 budget budget NN O 4 obl
            11 . . . O 4 punct
            """;

    @Test
    void aPoliticianAttackingAPoliticianCriticisesThem() {
        Event event = only(code(POLITICIANS));
        assertEquals("ACCUSE", event.type());
        assertEquals("criticize", event.mode());
        assertTrue(event.rule().endsWith("+verbal"), event.rule());
    }

    @Test
    void aCandidateNamedWithoutOfficeAttackingAPoliticianCriticisesThem() {
        String candidate = POLITICIANS.replace("1 President President NNP O 3 compound", "1 Mr Mr NNP O 3 compound");
        assertEquals("ACCUSE", only(code(candidate)).type());
    }

    @Test
    void peopleOfNoPoliticalSideAttackingEachOtherUseForce() {
        String quarrel = POLITICIANS
                .replace("1 President President NNP O 3 compound", "1 Mr Mr NNP O 3 compound")
                .replace("5 Senator Senator NNP O 7 compound", "5 Mr Mr NNP O 7 compound");
        assertEquals("ASSAULT", only(code(quarrel)).type());
    }

    @Test
    void anArmedAttackerOfAPoliticianUsesForce() {
        String militia = POLITICIANS
                .replace("1 President President NNP O 3 compound", "1 The the DT O 3 det")
                .replace("2 Mara Mara NNP PERSON 3 compound", "2 armed armed JJ O 3 amod")
                .replace("3 Alvarez Alvarez NNP PERSON 4 nsubj", "3 militiamen militiaman NNS O 4 nsubj");
        assertEquals("ASSAULT", only(code(militia)).type());
    }

    @Test
    void aPoliticianAttackingAStateUsesForce() {
        String state = POLITICIANS
                .replace("5 Senator Senator NNP O 7 compound", "5 the the DT O 7 det")
                .replace("6 Tomas Tomas NNP PERSON 7 compound", "6 nearby nearby JJ O 7 amod")
                .replace("7 Ruiz Ruiz NNP PERSON 4 obj", "7 Peru Peru NNP LOCATION 4 obj");
        Event event = only(code(state));
        assertEquals("ASSAULT", event.type());
    }
}
