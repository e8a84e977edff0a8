package org.annals.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The letters (and the commas between them) that end a name leave it; the data is post-nominals.txt. */
class PostNominalLettersTest {
    @Test
    void lettersAndCommasThatEndANameLeaveIt() {
        assertEquals(2, PostNominalLetters.wordsKept(List.of("Durham", "Hall", "QC")));
        assertEquals(2, PostNominalLetters.wordsKept(List.of("Jane", "Smith", ",", "MP", ",", "OBE.")));
    }

    @Test
    void oneWordStaysAndLettersAreReadAsWritten() {
        assertEquals(1, PostNominalLetters.wordsKept(List.of("MP", "QC")));
        assertEquals(2, PostNominalLetters.wordsKept(List.of("Ann", "Qc")));
        assertEquals(2, PostNominalLetters.wordsKept(List.of("QC", "Smith")));
    }
}
