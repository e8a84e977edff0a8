package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** A vote for a candidate cast by a person or by voters is a ballot in an election, not an event; test sentences. */
class ElectionVotesTest {
    // Ana Ruiz voted for Li Wei.
    private static final String VOTED_FOR = """
            1 Ana Ana NNP PERSON 2 compound
            2 Ruiz Ruiz NNP PERSON 3 nsubj
            3 voted vote VBD O 0 root
            4 for for IN O 6 case
            5 Li Li NNP PERSON 6 compound
            6 Wei Wei NNP PERSON 3 obl
            7 . . . O 3 punct
            """;

    @Test
    void regressionAPersonsVoteForACandidateIsABallotNotAnEvent() {
        assertTrue(code(VOTED_FOR).isEmpty());
    }

    @Test
    void regressionVotersVotingForACandidateIsNoEvent() {
        // Voters voted for Li Wei.
        assertTrue(code("""
                        1 Voters voter NNS O 2 nsubj
                        2 voted vote VBD O 0 root
                        3 for for IN O 5 case
                        4 Li Li NNP PERSON 5 compound
                        5 Wei Wei NNP PERSON 2 obl
                        6 . . . O 2 punct
                        """).isEmpty());
    }

    @Test
    void aLegislaturesVoteForItsSpeakerIsStillAnEvent() {
        // The Senate voted for Li Wei.
        Event event = only(code(VOTED_FOR
                .replace("1 Ana Ana NNP PERSON 2 compound", "1 The the DT O 2 det")
                .replace("2 Ruiz Ruiz NNP PERSON 3 nsubj", "2 Senate Senate NNP ORGANIZATION 3 nsubj")));
        assertEquals("SUPPORT", event.type());
        assertEquals(List.of("person:li-wei"), event.targetIds());
    }
}
