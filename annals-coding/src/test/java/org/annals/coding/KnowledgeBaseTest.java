package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.annals.core.ActorKind;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.standard();

    @Test
    void namesAreCaseSensitiveSoThePronounUsIsNoCountry() {
        assertEquals("USA", KB.lookup("US").orElseThrow().country());
        assertTrue(KB.lookup("us").isEmpty());
    }

    /** Regression: "the U.S government", written without the last full stop, named no country. */
    @Test
    void regressionTheUnitedStatesWrittenWithoutItsLastFullStopIsTheCountry() {
        assertEquals("USA", KB.lookup("U.S").orElseThrow().country());
        assertEquals(KbEntry.Use.NAME, KB.lookup("U.S").orElseThrow().use());
    }

    @Test
    void generatedCountryTableGivesNamesDemonymsAndCapitals() {
        assertEquals(KbEntry.Use.NAME, KB.lookup("North Korea").orElseThrow().use());
        assertEquals("PRK", KB.lookup("North Korean").orElseThrow().country());
        assertEquals(
                KbEntry.Use.DEMONYM, KB.lookup("North Korean").orElseThrow().use());
        assertEquals(KbEntry.Use.SEAT, KB.lookup("Moscow").orElseThrow().use());
        assertEquals("RUS", KB.lookup("Kremlin").orElseThrow().country());
    }

    @Test
    void aDemonymSharedWithATerritoryNamesTheState() {
        assertEquals("FRA", KB.lookup("French").orElseThrow().country());
        assertEquals("USA", KB.lookup("American").orElseThrow().country());
        assertEquals("IND", KB.lookup("Indian").orElseThrow().country());
        assertEquals("NLD", KB.lookup("Dutch").orElseThrow().country());
        assertEquals("NOR", KB.lookup("Norwegian").orElseThrow().country());
        assertEquals(KbEntry.Use.DEMONYM, KB.lookup("French").orElseThrow().use());
        assertEquals("PYF", KB.lookup("French Polynesian").orElseThrow().country());
    }

    /** Regression: world-countries' alternative name "Saudi" hid the alias file's demonym, so "Saudi officials" was a place. */
    @Test
    void theAliasFilesDemonymWinsOverAGeneratedAlternativeName() {
        assertEquals(KbEntry.Use.DEMONYM, KB.lookup("Saudi").orElseThrow().use());
        assertEquals("SAU", KB.lookup("Saudi").orElseThrow().country());
        assertEquals(KbEntry.Use.NAME, KB.lookup("Saudi Arabia").orElseThrow().use());
    }

    @Test
    void organisationsAreFoundByNameAndAcronym() {
        assertEquals(
                "IGO.SCO",
                KB.lookup("Shanghai Cooperation Organization").orElseThrow().id());
        assertEquals("IGO.SCO", KB.lookup("SCO").orElseThrow().id());
        assertEquals(ActorKind.IGO, KB.lookup("NATO").orElseThrow().kind());
        assertEquals("BUS", KB.lookup("Gazprom").orElseThrow().sector());
    }

    @Test
    void titlesNormaliseToRoleAndSector() {
        assertEquals("prime minister", KB.title("premier").orElseThrow().role());
        assertEquals("MIL", KB.title("general").orElseThrow().sector());
        assertEquals("MED", KB.orgHeadSector("media").orElseThrow());
    }

    @Test
    void everyCountryCodeInTheDataIsAKnownCountry() {
        KB.entries().stream()
                .filter(e -> !e.country().isEmpty())
                .forEach(e -> assertTrue(KB.isCountry(e.country()), e.toString()));
    }

    @Test
    void statesAndProvincesGiveTheirCountryButACountryKeepsItsName() {
        KbEntry texas = KB.lookup("Texas").orElseThrow();
        assertEquals("USA-TX", texas.id());
        assertEquals("USA", texas.country());
        assertTrue(texas.isSubdivision());
        assertEquals("CAN", KB.lookup("Saskatchewan").orElseThrow().country());
        assertEquals("GEO", KB.lookup("Georgia").orElseThrow().id());
        assertEquals("USA-GA", KB.subdivision("Georgia").orElseThrow().id());
        assertEquals(KbEntry.Use.SEAT, KB.lookup("Washington").orElseThrow().use());
    }

    @Test
    void aPlaceNameSeveralCountriesShareTellsNoCountry() {
        assertTrue(KB.subdivision("Punjab").isEmpty());
        assertTrue(KB.cityCountry("Hyderabad").isEmpty());
        assertEquals("PAK", KB.cityCountry("Multan").orElseThrow());
    }

    @Test
    void institutionNounsHaveAStateSector() {
        assertEquals("COP", KB.institutionSector("police").orElseThrow());
        assertEquals("GOV", KB.institutionSector("authorities").orElseThrow());
        assertTrue(KB.institutionSector("company").isEmpty());
    }
}
