package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

/** A country or a country's embassy that speaks is credited to the country's government (docs/quote-annotation.md). */
class StateVoicesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private static final Actor TURKEY = country("TUR", "Türkiye");
    private static final Actor UNITED_STATES = country("USA", "United States");
    private final MentionStage mentions = new MentionStage();
    private final QuoteStage stage = new QuoteStage();

    /** "Turkey said that ...": the state speaks, keyed TUR.GOV, not the country TUR. */
    @Test
    void regressionCountryThatSpeaksIsItsGovernment() {
        Document done = analysed(
                Map.of("Turkey", new Role("TUR", "")),
                List.of(TURKEY),
                "Turkey/NNP/LOCATION/1/nsubj said/VBD/O/-1/root that/IN/O/4/mark talks/NNS/O/4/nsubj"
                        + " failed/VBD/O/1/ccomp ././O/1/punct");
        Quote quote = quote(done, "talks failed");
        assertEquals("TUR.GOV", quote.speakerId());
        assertEquals("Turkey", speaker(done, quote));
        Actor government = actor(done, "TUR.GOV");
        assertEquals("Government of Türkiye", government.name());
        assertEquals(ActorKind.GOVERNMENT, government.kind());
        assertEquals("TUR", government.country());
        assertEquals("GOV", government.sector());
    }

    /** A government the actors stage already made is the one credited, not a second of the same id. */
    @Test
    void knownGovernmentIsReused() {
        Actor known = new Actor(
                "TUR.GOV",
                "Government of Türkiye",
                ActorKind.GOVERNMENT,
                "TUR",
                "",
                "GOV",
                List.of("Ankara"),
                List.of());
        Document done = analysed(
                Map.of("Turkey", new Role("TUR", "")),
                List.of(TURKEY, known),
                "Turkey/NNP/LOCATION/1/nsubj said/VBD/O/-1/root talks/NNS/O/3/nsubj failed/VBD/O/1/ccomp"
                        + " ././O/1/punct");
        assertEquals("TUR.GOV", quote(done, "talks failed").speakerId());
        assertEquals(
                1, done.actors().stream().filter(a -> a.id().equals("TUR.GOV")).count());
        assertEquals(List.of("Ankara"), actor(done, "TUR.GOV").aliases());
    }

    /** "The US Embassy said that ...": an embassy speaks for its country's government. */
    @Test
    void regressionEmbassyThatSpeaksIsItsCountrysGovernment() {
        Actor embassy = new Actor(
                "org:USA:us-embassy", "US Embassy", ActorKind.ORGANISATION, "USA", "", "GOV", List.of(), List.of());
        Document done = analysed(
                Map.of("US Embassy", new Role("org:USA:us-embassy", "")),
                List.of(UNITED_STATES, embassy),
                "The/DT/O/2/det US/NNP/ORGANIZATION/2/compound Embassy/NNP/ORGANIZATION/3/nsubj"
                        + " said/VBD/O/-1/root that/IN/O/6/mark citizens/NNS/O/6/nsubj leave/VBP/O/3/ccomp"
                        + " ././O/3/punct");
        Quote quote = quote(done, "citizens leave");
        assertEquals("USA.GOV", quote.speakerId());
        assertEquals("Government of United States", actor(done, "USA.GOV").name());
    }

    /** A company with a country is not a diplomatic post: it keeps its own id. */
    @Test
    void organisationOfACountryThatIsNoPostKeepsItsId() {
        Actor company = new Actor(
                "org:USA:acme-corporation",
                "Acme Corporation",
                ActorKind.ORGANISATION,
                "USA",
                "",
                "BUS",
                List.of(),
                List.of());
        Document done = analysed(
                Map.of("Acme Corporation", new Role("org:USA:acme-corporation", "")),
                List.of(company),
                "Acme/NNP/ORGANIZATION/1/compound Corporation/NNP/ORGANIZATION/2/nsubj said/VBD/O/-1/root"
                        + " sales/NNS/O/4/nsubj fell/VBD/O/2/ccomp ././O/2/punct");
        assertEquals("org:USA:acme-corporation", quote(done, "sales fell").speakerId());
        assertEquals(List.of(company), done.actors());
    }

    /** "In Turkey, officials said ...": the country is where, the officials speak; nothing is credited to TUR.GOV. */
    @Test
    void countryAsPlaceLeavesTheOfficialsTheSpeakers() {
        Document done = analysed(
                Map.of("Turkey", new Role("TUR", "place")),
                List.of(TURKEY),
                "In/IN/O/1/case Turkey/NNP/LOCATION/4/obl ,/,/O/1/punct officials/NNS/O/4/nsubj said/VBD/O/-1/root"
                        + " talks/NNS/O/6/nsubj failed/VBD/O/4/ccomp ././O/4/punct");
        Quote quote = quote(done, "talks failed");
        assertTrue(!quote.speakerId().equals("TUR.GOV"), quote.speakerId());
        assertTrue(speaker(done, quote).isEmpty() || speaker(done, quote).equals("officials"), speaker(done, quote));
        assertEquals(List.of(TURKEY), done.actors());
    }

    /** "Turkey is a country that ...": no speech, no quote, no government. */
    @Test
    void countryDescribedSaysNothing() {
        Document done = analysed(
                Map.of("Turkey", new Role("TUR", "")),
                List.of(TURKEY),
                "Turkey/NNP/LOCATION/3/nsubj is/VBZ/O/3/cop a/DT/O/3/det country/NN/O/-1/root that/WDT/O/5/nsubj"
                        + " borders/VBZ/O/3/acl:relcl Syria/NNP/LOCATION/5/obj ././O/3/punct");
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
        assertEquals(List.of(TURKEY), done.actors());
    }

    private record Role(String actorId, String role) {}

    private Document analysed(Map<String, Role> roles, List<Actor> actors, String... sentences) {
        Document parsed = mentions.apply(HandDocuments.sentences(TUESDAY, sentences));
        List<Mention> resolved = parsed.mentions().stream()
                .map(m -> roles.containsKey(m.text())
                        ? m.withActor(
                                roles.get(m.text()).actorId(),
                                roles.get(m.text()).role())
                        : m)
                .toList();
        return stage.apply(parsed.withActors(actors, resolved));
    }

    private static Actor actor(Document document, String id) {
        return document.actors().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + document.actors()));
    }

    private static Actor country(String iso3, String name) {
        return new Actor(iso3, name, ActorKind.COUNTRY, iso3, "", "", List.of(), List.of());
    }
}
