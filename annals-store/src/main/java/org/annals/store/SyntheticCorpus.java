package org.annals.store;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.BlockKind;
import org.annals.core.ContentHash;
import org.annals.store.dedup.LshBands;
import org.annals.store.dedup.MinHasher;
import org.annals.store.dedup.Signature;

/**
 * Writes the documents of the synthetic store, one at a time, into the table spools and the search index: a title,
 * one sentence per event and one quote per document, with every offset pointing into the text as in a real store.
 */
final class SyntheticCorpus {
    static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final List<String> PUBLISHERS = List.of(
            "The Daily Ledger",
            "Global Wire",
            "Evening Courier",
            "The Northern Post",
            "Harbour Times",
            "Capital Report",
            "World Desk",
            "The Observer Review",
            "Continental News",
            "Meridian Press");
    private static final List<String> TOPICS = List.of(
            "energy",
            "trade",
            "security",
            "the border dispute",
            "sanctions",
            "elections",
            "the ceasefire",
            "climate policy",
            "migration",
            "the economy");
    private static final List<String> QUOTES = List.of(
            "We will not accept any interference in our internal affairs",
            "This agreement opens a new chapter in our relations",
            "The situation on the ground remains extremely difficult",
            "Dialogue is the only way forward",
            "Those responsible will be held accountable",
            "Our partnership has never been stronger");
    private static final String[] MODALITIES = {"ASSERTED", "FUTURE", "NEGATED", "HYPOTHETICAL", "HISTORICAL"};
    private static final int[] MODALITY_WEIGHTS = {85, 6, 4, 3, 2};

    private final SplittableRandom random;
    private final SyntheticVocabulary vocabulary = SyntheticVocabulary.standard();
    private final List<Actor> actors;
    private final List<Actor> people;
    private final List<Actor> countries;
    private final ZipfSampler actorRanks;
    private final Map<String, Double> intensities;
    private final Spools spools;
    private final FullTextIndex index;

    /** The spools of the tables the synthetic store fills. */
    record Spools(
            TsvSpool documents,
            TsvSpool blocks,
            TsvSpool mentions,
            TsvSpool documentActors,
            TsvSpool quotes,
            TsvSpool events,
            TsvSpool eventActors,
            TsvSpool signatures,
            TsvSpool bands) {}

    SyntheticCorpus(
            SplittableRandom random,
            List<Actor> actors,
            Map<String, Double> intensities,
            Spools spools,
            FullTextIndex index) {
        this.random = random;
        this.actors = actors;
        this.people = actors.stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
        this.countries =
                actors.stream().filter(a -> a.kind() == ActorKind.COUNTRY).toList();
        this.actorRanks = new ZipfSampler(actors.size(), 1.1);
        this.intensities = intensities;
        this.spools = spools;
        this.index = index;
    }

    /** Writes one document with {@code eventCount} events; {@code ordinal} makes its text unique. */
    void write(int ordinal, int eventCount) throws IOException {
        LocalDate published =
                FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay())));
        List<Drawn> drawn = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            drawn.add(draw());
        }
        String title = title(drawn, ordinal);
        StringBuilder text = new StringBuilder(title).append(' ');
        int bodyStart = text.length();
        List<Placed> placed = new ArrayList<>(eventCount);
        for (Drawn event : drawn) {
            placed.add(new Placed(event, text.length()));
            text.append(event.sentence()).append(' ');
        }
        Actor speaker = people.isEmpty() ? actors.get(0) : people.get(random.nextInt(people.size()));
        String quote = QUOTES.get(random.nextInt(QUOTES.size()));
        int speakerAt = text.length();
        text.append(speaker.name()).append(" said: \"");
        int quoteAt = text.length();
        text.append(quote).append(".\"");
        String content = text.toString();
        String id = ContentHash.sha256(content);
        String publisher = PUBLISHERS.get(random.nextInt(PUBLISHERS.size()));
        String article = writeDocument(id, content, title, publisher, published, bodyStart);
        Map<String, Integer> mentionCounts = new LinkedHashMap<>();
        for (int i = 0; i < placed.size(); i++) {
            writeEvent(id, i + 1, placed.get(i), published, mentionCounts);
        }
        mention(id, speakerAt, speaker, mentionCounts);
        spools.quotes()
                .row(
                        id,
                        0,
                        quoteAt,
                        quoteAt + quote.length() + 1,
                        quote + ".",
                        "DIRECT",
                        speaker.id(),
                        speakerAt,
                        speakerAt + speaker.name().length(),
                        "say",
                        published.toString());
        for (Map.Entry<String, Integer> entry : mentionCounts.entrySet()) {
            spools.documentActors().row(id, entry.getKey(), entry.getValue());
        }
        List<String> types = drawn.stream().map(d -> d.template().type()).toList();
        index.put(new IndexedDocument(
                id,
                title,
                publisher,
                published,
                article,
                StoredText.articleSpans(List.of(
                        new StoredText.StoredBlock(BlockKind.TITLE, 0, title.length()),
                        new StoredText.StoredBlock(BlockKind.BODY, bodyStart, content.length()))),
                List.copyOf(mentionCounts.keySet()),
                IndexedDocument.typeCounts(types)));
    }

    /** An event drawn before the text exists: template, actors, place. */
    private record Drawn(
            SyntheticVocabulary.Template template,
            Actor source,
            Actor target,
            Actor place,
            String sentence,
            SyntheticVocabulary.Filled filled) {}

    private record Placed(Drawn event, int at) {}

    private Drawn draw() {
        SyntheticVocabulary.Template template = vocabulary.draw(random);
        Actor source = actors.get(actorRanks.next(random));
        Actor target = source;
        while (target.id().equals(source.id())) {
            target = actors.get(actorRanks.next(random));
        }
        Actor place =
                random.nextInt(10) < 4 && !countries.isEmpty() ? countries.get(random.nextInt(countries.size())) : null;
        SyntheticVocabulary.Filled filled = template.fill(source.name(), target.name());
        String sentence = filled.sentence() + (place == null ? "" : " in " + place.name()) + ".";
        return new Drawn(template, source, target, place, sentence, filled);
    }

    private String title(List<Drawn> drawn, int ordinal) {
        String topic = TOPICS.get(random.nextInt(TOPICS.size()));
        String subject = drawn.isEmpty()
                ? "Talks"
                : drawn.get(0).source().name() + " and " + drawn.get(0).target().name();
        return subject + " on " + topic + ", report " + (ordinal + 1);
    }

    /** Returns the article text to index. */
    private String writeDocument(
            String id, String content, String title, String publisher, LocalDate published, int bodyStart)
            throws IOException {
        LocalDateTime ingested = published.atTime(12, 0).plusSeconds(random.nextInt(43_200));
        spools.documents()
                .row(
                        id,
                        "synthetic:" + id.substring(0, 16),
                        "https://example.org/synthetic/" + id.substring(0, 16),
                        publisher,
                        title,
                        published,
                        "en",
                        content,
                        "text",
                        ingested.toString().replace('T', ' '));
        spools.blocks().row(id, 0, "TITLE", 0, title.length(), "synthetic");
        spools.blocks().row(id, 1, "BODY", bodyStart, content.length(), "synthetic");
        String article = title + "\n\n" + content.substring(bodyStart);
        Signature signature = MinHasher.signature(article);
        StringBuilder minhash = new StringBuilder();
        for (long value : signature.values()) {
            minhash.append(minhash.length() == 0 ? "" : " ").append(value);
        }
        spools.signatures().row(id, signature.shingles(), minhash);
        long[] keys = LshBands.keys(signature);
        for (int band = 0; band < keys.length; band++) {
            spools.bands().row(keys[band], band, id);
        }
        return article;
    }

    private void writeEvent(String docId, int number, Placed placed, LocalDate published, Map<String, Integer> counts)
            throws IOException {
        Drawn event = placed.event();
        int at = placed.at();
        String eventId = docId.substring(0, 16) + ":e" + number;
        boolean monthOnly = random.nextInt(10) == 0;
        LocalDate day = published.minusDays(random.nextInt(4));
        String date = monthOnly ? day.toString().substring(0, 7) : day.toString();
        LocalDate start = monthOnly ? day.withDayOfMonth(1) : day;
        LocalDate end = monthOnly ? day.withDayOfMonth(day.lengthOfMonth()) : day;
        SyntheticVocabulary.Template template = event.template();
        int triggerAt = at + event.filled().triggerAt();
        spools.events()
                .row(
                        eventId,
                        docId,
                        "e" + number,
                        template.type(),
                        template.mode(),
                        modality(),
                        date,
                        monthOnly ? "MONTH" : "DAY",
                        start,
                        end,
                        event.place() == null ? "" : event.place().name(),
                        event.place() == null ? "" : event.place().id(),
                        intensities.getOrDefault(template.type(), 0.0),
                        0.4 + random.nextInt(56) / 100.0,
                        at,
                        at + event.sentence().length(),
                        event.sentence(),
                        template.trigger(),
                        triggerAt,
                        triggerAt + template.trigger().length(),
                        "synthetic:" + template.type() + "/" + template.mode(),
                        "[]");
        spools.eventActors().row(eventId, event.source().id(), "source", 0);
        spools.eventActors().row(eventId, event.target().id(), "target", 0);
        mention(docId, at + event.filled().sourceAt(), event.source(), counts);
        mention(docId, at + event.filled().targetAt(), event.target(), counts);
    }

    private void mention(String docId, int at, Actor actor, Map<String, Integer> counts) throws IOException {
        String type =
                switch (actor.kind()) {
                    case PERSON -> "PERSON";
                    case COUNTRY, REGION -> "LOCATION";
                    default -> "ORGANISATION";
                };
        spools.mentions().row(docId, at, at + actor.name().length(), actor.name(), type, actor.id(), "");
        counts.merge(actor.id(), 1, Integer::sum);
    }

    private String modality() {
        int point = random.nextInt(100);
        for (int i = 0; i < MODALITIES.length; i++) {
            point -= MODALITY_WEIGHTS[i];
            if (point < 0) {
                return MODALITIES[i];
            }
        }
        return MODALITIES[0];
    }
}
