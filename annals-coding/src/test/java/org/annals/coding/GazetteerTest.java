package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.core.Location;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer PLACES = new Gazetteer(GazetteerFiles.read("/gazetteer-test/"));

    private static String idOf(String name, String... countries) {
        return PLACES.resolve(name, List.of(countries)).map(Location::id).orElse("");
    }

    @Test
    void readsCountriesAliasesAndCitiesFromTheFiles() {
        assertEquals(8, PLACES.size());
        Location capital = PLACES.resolve("Portvale", List.of()).orElseThrow();
        assertEquals(new Location("geonames:1", "Portvale", "AAA", 10.5, 20.5, "capital"), capital);
        assertEquals("AAA", idOf("the Arlish Republic"), "a name alias of a country");
        assertEquals("", idOf("Arlish"), "a demonym is no place");
        assertEquals("geonames:4", idOf("East Holm"), "an alternative name");
    }

    @Test
    void aCountryIsResolvedWithItsCoordinates() {
        Location arland = PLACES.resolve("Republic of Arland", List.of()).orElseThrow();
        assertEquals("AAA", arland.id());
        assertEquals("AAA", arland.country());
        assertEquals(Gazetteer.COUNTRY, arland.kind());
        assertEquals(10.0, arland.latitude());
    }

    @Test
    void aCountryNameMeansTheCountryEvenWhereACityIsSoNamed() {
        assertEquals("BBB", idOf("Belmark", "AAA"));
    }

    @Test
    void anAmbiguousCityIsTheOneInTheFirstContextCountryThatHasOne() {
        assertEquals("geonames:2", idOf("Newbridge", "CCC", "AAA", "BBB"));
        assertEquals("geonames:3", idOf("Newbridge", "BBB", "AAA"));
    }

    @Test
    void withoutContextTheMostPopulousCityWins() {
        assertEquals("geonames:3", idOf("Newbridge"));
        assertEquals("geonames:3", idOf("Newbridge", "CCC"));
    }

    @Test
    void namesMatchWithoutCaseAccentsOrALeadingThe() {
        assertEquals("geonames:6", idOf("SAOVILLE"));
        assertEquals("geonames:1", idOf("the  Portvale"));
        assertEquals(Optional.empty(), PLACES.resolve("Atlantis", List.of()));
    }

    @Test
    void theShippedGazetteerHasCountriesAndCitiesWithCoordinates() {
        Gazetteer shipped = Gazetteer.standard();
        assertTrue(shipped.size() > 4000, "size " + shipped.size());
        Location paris = shipped.resolve("Paris", List.of()).orElseThrow();
        assertEquals("FRA", paris.country());
        assertEquals("capital", paris.kind());
        assertEquals(48.9, paris.latitude(), 0.2);
        assertEquals(2.35, paris.longitude(), 0.2);
        assertEquals(
                "USA",
                shipped.resolve("Washington D.C.", List.of()).orElseThrow().country());
    }
}
