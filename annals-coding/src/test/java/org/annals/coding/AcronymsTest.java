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

    @Test
    void onlyShortRunsOfCapitalsAreAcronyms() {
        assertTrue(Acronyms.isAcronym("NFU"));
        assertFalse(Acronyms.isAcronym("Union"));
        assertFalse(Acronyms.isAcronym("A"));
        assertFalse(Acronyms.isAcronym("COVID-19"));
    }
}
