package org.annals.coding;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

class SeedGoldenTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    @Test
    void actorsOfSeedExcerptMatchGolden() {
        Document resolved = ACTORS.apply(ConllDocuments.resource("seed-excerpt.conll"));
        Golden.check("actors", "seed-excerpt.tsv", Golden.actors(resolved));
    }

    @Test
    void eventsOfSeedExcerptMatchGolden() {
        Document coded = EVENTS.apply(ACTORS.apply(ConllDocuments.resource("seed-excerpt.conll")));
        Golden.check("events", "seed-excerpt.tsv", Golden.events(coded));
    }
}
