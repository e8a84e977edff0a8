package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

/** Post-nominal letters the tagger keeps in a person's run are no part of the name (PostNominals). */
class PostNominalsTest {
    private static List<String> tags(String sentence) {
        return PostNominals.trim(HandDocuments.sentences(LocalDate.of(2025, 9, 2), sentence)
                        .tokens())
                .stream()
                .map(Token::ner)
                .toList();
    }

    /** "Judge Durham Hall QC said ...": the speaker is "Durham Hall", whom the article names again without "QC". */
    @Test
    void regressionLettersAfterAPersonsNameLeaveTheRun() {
        assertEquals(
                List.of("O", "PERSON", "PERSON", "O", "O"),
                tags("Judge/NNP Durham/NNP/PERSON Hall/NNP/PERSON QC/NNP/PERSON said/VBD"));
    }

    /** "John Brown, MP, OBE.": several letters, their commas and a full stop after them all leave the run. */
    @Test
    void severalLettersAndTheirCommasLeaveTheRun() {
        assertEquals(
                List.of("PERSON", "PERSON", "O", "O", "O", "O", "O"),
                tags("John/NNP/PERSON Brown/NNP/PERSON ,/,/PERSON MP/NNP/PERSON ,/,/PERSON OBE./NNP/PERSON spoke/VBD"));
    }

    /** A run of nothing but letters, and the letters in an organisation's name, are left as tagged. */
    @Test
    void aRunOfOnlyLettersAndOtherRunsKeepTheirTags() {
        assertEquals(List.of("PERSON", "O"), tags("QC/NNP/PERSON spoke/VBD"));
        assertEquals(
                List.of("ORGANIZATION", "ORGANIZATION", "O"),
                tags("Acme/NNP/ORGANIZATION MD/NNP/ORGANIZATION spoke/VBD"));
    }

    /** Lower- or mixed-case words are a name's own ("Hall Qc" is no honour). */
    @Test
    void lettersAreReadAsWritten() {
        assertEquals(List.of("PERSON", "PERSON", "O"), tags("Durham/NNP/PERSON Qc/NNP/PERSON said/VBD"));
    }
}
