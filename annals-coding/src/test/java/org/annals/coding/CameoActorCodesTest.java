package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CameoActorCodesTest {
    private final CameoActorCodes codes = CameoActorCodes.standard();

    @Test
    void governmentsAreTheirCountryAndGov() {
        assertEquals(new CameoActor("RUSGOV", "RUS", "", "GOV"), codes.of("RUS.GOV", "GOVERNMENT", "RUS", ""));
    }

    @Test
    void countriesAreTheirIsoCode() {
        assertEquals("CHN", codes.of("CHN", "COUNTRY", "CHN", "").code());
    }

    @Test
    void peopleTakeTheSectorOfTheirRoleElseTheCountryAlone() {
        assertEquals("RUSGOV", codes.of("person:x", "PERSON", "rus", "GOV").code());
        assertEquals("USAMIL", codes.of("person:y", "PERSON", "USA", "MIL").code());
        assertEquals("PRK", codes.of("person:z", "PERSON", "PRK", "").code());
        assertEquals(CameoActor.NONE, codes.of("person:w", "PERSON", "", ""));
    }

    @Test
    void organisationsAreBusinessUnlessKnownOtherwise() {
        assertEquals(
                "RUSBUS", codes.of("org:gazprom", "ORGANISATION", "RUS", "").code());
        assertEquals(
                "RUSMED", codes.of("org:tass", "ORGANISATION", "RUS", "MED").code());
    }

    @Test
    void igosAreIgoAndTheirShortCode() {
        assertEquals(new CameoActor("IGOSCO", "", "SCO", "IGO"), codes.of("IGO.SCO", "IGO", "", ""));
    }

    @Test
    void regionsUseCameoRegionCodesAndNoneWhereCameoHasNone() {
        assertEquals("WST", codes.of("REG.WEST", "REGION", "", "").code());
        assertEquals(CameoActor.NONE, codes.of("REG.ARCTIC", "REGION", "", ""));
        assertEquals(CameoActor.NONE, codes.of("REG.UNLISTED", "REGION", "", ""));
    }
}
