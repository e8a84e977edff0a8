package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoMappingTest {
    private static final CameoMapping CAMEO = CameoMapping.standard();

    /** Every (type, mode) the event lexicons can code, read from the lexicon files themselves. */
    private static List<String[]> lexiconPairs() {
        List<String[]> pairs = new ArrayList<>();
        Tsv.read("/org/annals/coding/verbs.tsv", 5).forEach(row -> pairs.add(new String[] {row[1], row[2]}));
        Tsv.read("/org/annals/coding/nouns.tsv", 6).forEach(row -> pairs.add(new String[] {row[1], row[2]}));
        return pairs;
    }

    @Test
    void everyTypeAndModeTheLexiconsCodeHasARowOfItsOwn() {
        List<String> missing = new ArrayList<>();
        for (String[] pair : lexiconPairs()) {
            if (!CAMEO.hasExactRow(pair[0], pair[1])) {
                missing.add(pair[0] + "/" + pair[1]);
            }
        }
        assertTrue(lexiconPairs().size() > 100, "the lexicons were read");
        assertEquals(List.of(), missing);
    }

    @Test
    void everyOntologyTypeIsMappedAndItsDefaultSharesTheOntologysCameoRoot() {
        EventLexicon lexicon = EventLexicon.standard();
        assertEquals(lexicon.types(), CAMEO.types());
        for (String type : lexicon.types()) {
            String ontologyRoot = lexicon.type(type).cameo();
            String code = CAMEO.code(type, "").eventCode();
            assertTrue(code.startsWith(ontologyRoot), type + ": " + code + " is not under " + ontologyRoot);
        }
    }

    @Test
    void valuesStayInCameosRanges() {
        for (String[] pair : lexiconPairs()) {
            CameoCode code = CAMEO.code(pair[0], pair[1]);
            String what = pair[0] + "/" + pair[1];
            int root = Integer.parseInt(code.rootCode());
            assertTrue(root >= 1 && root <= 20, what);
            assertTrue(code.quadClass() >= 1 && code.quadClass() <= 4, what);
            assertTrue(code.goldstein() >= -10.0 && code.goldstein() <= 10.0, what);
            assertTrue(code.eventCode().startsWith(code.baseCode()), what);
            assertTrue(code.baseCode().startsWith(code.rootCode()), what);
        }
    }

    @Test
    void cooperationScoresAboveConflict() {
        assertTrue(CAMEO.code("AGREE", "").goldstein() > 0);
        assertTrue(CAMEO.code("ACCUSE", "").goldstein() < 0);
        assertTrue(CAMEO.code("ASSAULT", "bomb").goldstein()
                < CAMEO.code("ACCUSE", "").goldstein());
    }

    @Test
    void knownModesGetTheirOwnCode() {
        assertEquals(new CameoCode("042", "042", "04", 1, 1.9), CAMEO.code("CONSULT", "visit"));
        assertEquals("112", CAMEO.code("ACCUSE", "accuse").eventCode());
        assertEquals(new CameoCode("0871", "087", "08", 2, 9.0), CAMEO.code("AGREE", "ceasefire"));
    }

    @Test
    void unknownModesFallBackToTheTypeDefault() {
        assertEquals(CAMEO.code("CONSULT", ""), CAMEO.code("consult", "teleconference"));
        assertEquals("18", CAMEO.code("ASSAULT", null).rootCode());
    }

    @Test
    void unknownTypesAreRefusedNamingTheMappedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CAMEO.code("PARTY", ""));
        assertTrue(e.getMessage().contains("PARTY") && e.getMessage().contains("CONSULT"), e.getMessage());
    }

    @Test
    void inconsistentCodesAreRefused() {
        assertRefused("quad class 1", () -> new CameoCode("042", "042", "04", 3, 1.9));
        assertRefused("base code", () -> new CameoCode("042", "043", "04", 1, 1.9));
        assertRefused("-10 to 10", () -> new CameoCode("042", "042", "04", 1, 11));
        assertRefused("3 or 4 digits", () -> new CameoCode("42", "042", "04", 1, 1));
    }

    private static void assertRefused(String message, org.junit.jupiter.api.function.Executable build) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
