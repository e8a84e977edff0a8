package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymsTest {
    @Test
    void acronymSpellsTheLastWordsOfANameWithOrWithoutFunctionWords() {
        assertTrue(Acronyms.spells("NFU", "National Fishing Union"));
        assertTrue(Acronyms.spells("NFU", "Coastal-based National Fishing Union"));
        assertTrue(Acronyms.spells("BOE", "Bank of England"));
        assertTrue(Acronyms.spells("BE", "Bank of England"));
        assertFalse(Acronyms.spells("NFU", "National Farmers Council"));
        assertFalse(Acronyms.spells("NFU", "NFU"));
    }

    /** "Health for Wales (HfW)": small letters in a short name stand for the name's small words, letter for letter. */
    @Test
    void mixedCaseShortNameSpellsItsSmallWordsInSmallLetters() {
        assertTrue(Acronyms.isAcronym("HfW"));
        assertTrue(Acronyms.spells("HfW", "Health for Wales"));
        assertTrue(Acronyms.spells("DoT", "Department of Trade"));
        assertFalse(Acronyms.spells("HfW", "Health Fund of Wales"));
        assertFalse(Acronyms.spells("DoT", "Dairy Outlet Trust"));
        assertFalse(Acronyms.isAcronym("McCain"));
        assertFalse(Acronyms.isAcronym("Ltd"));
    }

    @Test
    void onlyShortRunsOfCapitalsAreAcronyms() {
        assertTrue(Acronyms.isAcronym("NFU"));
        assertFalse(Acronyms.isAcronym("Union"));
        assertFalse(Acronyms.isAcronym("A"));
        assertFalse(Acronyms.isAcronym("COVID-19"));
    }
}
