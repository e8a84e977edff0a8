package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.junit.jupiter.api.Test;

class EventContextsTest {
    private static final EventContexts CONTEXTS =
            EventContexts.standard(EventLexicon.standard().types());

    private static Actor actor(String id, ActorKind kind, String country, String sector) {
        return new Actor(id, id, kind, country, "", sector, List.of(), List.of());
    }

    private static final Actor FRANCE = actor("FRA", ActorKind.COUNTRY, "FRA", "");
    private static final Actor GERMAN_GOVERNMENT = actor("DEU.GOV", ActorKind.GOVERNMENT, "DEU", "GOV");
    private static final Actor FRENCH_MINISTER = actor("person:a", ActorKind.PERSON, "FRA", "GOV");
    private static final Actor FRENCH_ARMY = actor("FRA.MIL", ActorKind.GOVERNMENT, "FRA", "MIL");
    private static final Actor COMPANY = actor("org:b", ActorKind.ORGANISATION, "FRA", "BUS");
    private static final Actor GANG = actor("org:c", ActorKind.GROUP, "", "");
    private static final Actor JUDGE = actor("person:d", ActorKind.PERSON, "FRA", "JUD");

    @Test
    void theModeRowWinsOverTheTypeRow() {
        assertEquals(List.of("legal"), CONTEXTS.of("ACCUSE", "charge", List.of(COMPANY)));
        assertEquals(List.of("political"), CONTEXTS.of("ACCUSE", "criticize", List.of(COMPANY)));
        assertEquals(List.of("political"), CONTEXTS.of("ACCUSE", "", List.of(COMPANY)));
        assertEquals(List.of("economic"), CONTEXTS.of("AGREE", "deal", List.of(COMPANY)));
    }

    @Test
    void statesOfTwoCountriesMakeItDiplomaticRatherThanPolitical() {
        assertEquals(List.of("diplomatic"), CONTEXTS.of("ACCUSE", "criticize", List.of(FRANCE, GERMAN_GOVERNMENT)));
        assertEquals(
                List.of("diplomatic"), CONTEXTS.of("CONSULT", "meet", List.of(FRENCH_MINISTER, GERMAN_GOVERNMENT)));
        assertEquals(
                List.of("diplomatic", "economic"), CONTEXTS.of("AGREE", "deal", List.of(FRANCE, GERMAN_GOVERNMENT)));
    }

    @Test
    void aStateOfOneCountryMakesAnOtherwiseUnmarkedEventPolitical() {
        assertEquals(List.of("political"), CONTEXTS.of("CONSULT", "meet", List.of(FRENCH_MINISTER, COMPANY)));
        assertEquals(List.of(), CONTEXTS.of("CONSULT", "meet", List.of(COMPANY, GANG)));
    }

    @Test
    void aMilitaryActorMakesAnAttackMilitaryAndNotCriminalAndWarsStayMilitary() {
        assertEquals(List.of("criminal"), CONTEXTS.of("ASSAULT", "shoot", List.of(GANG)));
        assertEquals(List.of("military"), CONTEXTS.of("ASSAULT", "shoot", List.of(FRENCH_ARMY, GANG)));
        assertEquals(List.of("military"), CONTEXTS.of("ASSAULT", "invade", List.of(FRANCE, GERMAN_GOVERNMENT)));
    }

    @Test
    void aJudicialActorAddsLegal() {
        assertTrue(CONTEXTS.of("REJECT", "", List.of(JUDGE, COMPANY)).contains("legal"));
    }

    @Test
    void anUnlistedModeTakesItsTypesRowAndEveryTypeNeedsOne() {
        assertEquals(List.of("military"), CONTEXTS.of("MOBILIZE", "no-such-mode", List.of()));
        IllegalStateException missing = assertThrows(
                IllegalStateException.class,
                () -> EventContexts.read(
                        "/contexts-one-type.tsv", EventLexicon.standard().types()));
        assertTrue(missing.getMessage().contains("has no row 'AGREE"), missing.getMessage());
    }

    @Test
    void unknownContextsAndTypesAreRefusedNamingTheValidOnes() {
        IllegalStateException context = assertThrows(
                IllegalStateException.class,
                () -> EventContexts.read(
                        "/contexts-bad-context.tsv", EventLexicon.standard().types()));
        assertTrue(context.getMessage().contains("valid contexts: diplomatic, economic"), context.getMessage());
        IllegalStateException type = assertThrows(
                IllegalStateException.class, () -> EventContexts.read("/contexts-bad-context.tsv", Set.of("AGREE")));
        assertTrue(type.getMessage().contains("missing from ontology.tsv"), type.getMessage());
    }
}
