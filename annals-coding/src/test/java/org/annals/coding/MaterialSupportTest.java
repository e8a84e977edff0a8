package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Support given in kind, and advice given with help, are aid (MaterialSupport); sentences written for the test. */
class MaterialSupportTest {
    // Chile supports Peru.
    private static final String SUPPORTS = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 supports support VBZ O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 . . . O 2 punct
            """;

    // Chile supports Peru through training and airstrikes.
    private static final String SUPPORTS_THROUGH_TRAINING = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 supports support VBZ O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 through through IN O 5 case
            5 training training NN O 2 obl
            6 and and CC O 7 cc
            7 airstrikes airstrike NNS O 5 conj
            8 . . . O 2 punct
            """;

    @Test
    void supportWithoutMeansStaysAStance() {
        Event event = only(code(SUPPORTS));
        assertEquals("SUPPORT", event.type());
    }

    @Test
    void supportThroughTrainingIsMilitaryAid() {
        Event event = only(code(SUPPORTS_THROUGH_TRAINING));
        assertEquals("AID", event.type());
        assertEquals("military", event.mode());
        assertEquals(List.of("CHL"), event.sourceIds());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void supportThroughSomethingThatIsNoMeansStaysAStance() {
        String throughTheCrisis = SUPPORTS_THROUGH_TRAINING
                .replace("5 training training NN O 2 obl", "5 crisis crisis NN O 2 obl")
                .replace("7 airstrikes airstrike NNS O 5 conj", "7 talks talk NNS O 5 conj");
        assertEquals("SUPPORT", only(code(throughTheCrisis)).type());
    }

    // Chile backed Peru with weapons.
    private static final String BACKED_WITH_WEAPONS = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 backed back VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 with with IN O 5 case
            5 weapons weapon NNS O 2 obl
            6 . . . O 2 punct
            """;

    @Test
    void backingWithWeaponsIsMilitaryAid() {
        Event event = only(code(BACKED_WITH_WEAPONS));
        assertEquals("AID", event.type());
        assertEquals("military", event.mode());
    }

    // Chile started supporting Peru, providing airstrikes.
    private static final String SUPPORTING_PROVIDING = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 started start VBD O 0 root
            3 supporting support VBG O 2 xcomp
            4 Peru Peru NNP LOCATION 3 obj
            5 , , , O 6 punct
            6 providing provide VBG O 2 advcl
            7 airstrikes airstrike NNS O 6 obj
            8 . . . O 2 punct
            """;

    @Test
    void supportingWhileProvidingAirstrikesIsMilitaryAid() {
        Event event = only(code(SUPPORTING_PROVIDING));
        assertEquals("AID", event.type());
        assertEquals(List.of("PER"), event.targetIds());
    }

    @Test
    void aParticipleHungLooselyOnTheVerbStillGivesTheMeans() {
        // The parser's reading of "Saudi Arabia started supporting the government of Yemen, providing weapons."
        String loose = SUPPORTING_PROVIDING
                .replace("3 supporting support VBG O 2 xcomp", "3 supporting support VBG O 2 dep")
                .replace("6 providing provide VBG O 2 advcl", "6 providing provide VBG O 3 dep");
        assertEquals("AID", only(code(loose)).type());
    }

    @Test
    void aParticipleGivingSomethingThatIsNoMeansLeavesTheStance() {
        String speeches =
                SUPPORTING_PROVIDING.replace("7 airstrikes airstrike NNS O 6 obj", "7 speeches speech NNS O 6 obj");
        assertEquals("SUPPORT", only(code(speeches)).type());
    }

    // Chile is advising and assisting Peru.
    private static final String ADVISING_AND_ASSISTING = """
            1 Chile Chile NNP LOCATION 3 nsubj
            2 is be VBZ O 3 aux
            3 advising advise VBG O 0 root
            4 and and CC O 5 cc
            5 assisting assist VBG O 3 conj
            6 Peru Peru NNP LOCATION 3 obj
            7 . . . O 3 punct
            """;

    @Test
    void advisingAndAssistingIsAidNotARequest() {
        List<Event> events = code(ADVISING_AND_ASSISTING);
        assertEquals(List.of("AID"), events.stream().map(Event::type).distinct().toList(), events.toString());
        assertEquals(List.of("PER"), events.get(0).targetIds());
    }

    // Chile advised Peru to leave.
    private static final String ADVISED_TO_LEAVE = """
            1 Chile Chile NNP LOCATION 2 nsubj
            2 advised advise VBD O 0 root
            3 Peru Peru NNP LOCATION 2 obj
            4 to to TO O 5 mark
            5 leave leave VB O 2 xcomp
            6 . . . O 2 punct
            """;

    @Test
    void adviceAloneStaysARequest() {
        assertEquals("REQUEST", only(code(ADVISED_TO_LEAVE)).type());
    }
}
