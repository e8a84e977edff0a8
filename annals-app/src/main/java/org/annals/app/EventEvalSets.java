package org.annals.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.coding.eval.ArticleCase;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.ingest.SourceItem;
import org.annals.ingest.SourceRecord;

/**
 * The annotated-article sets of {@code annals eval events}: each gold article's text is run through the engine with
 * the article's date as publication date (none when the date is empty), and its events are paired with the gold.
 */
final class EventEvalSets {
    static final String GOLD = "gold";
    static final String SEED = "seed";
    static final String PETRARCH = "petrarch2";

    private final Path home;
    private final AnnalsEngine engine;

    EventEvalSets(Path home, AnnalsEngine engine) {
        this.home = home;
        this.engine = engine;
    }

    Path goldFile(String set) {
        return home.resolve("eval")
                .resolve(set.equals(GOLD) ? "events-gold" : "events-seed")
                .resolve("events.jsonl");
    }

    /** The annotated Wikinews articles of the split; texts from examples/wikinews/wikinews.jsonl. */
    List<ArticleCase> gold(GoldSplit split) {
        return articles(GoldTexts.find(home, split.select(EventGoldFile.read(goldFile(GOLD)))));
    }

    /** Annotated articles of any file in the gold format, each with the text {@link GoldTexts} found for it. */
    List<ArticleCase> articles(List<GoldTexts.GoldText> texts) {
        List<ArticleCase> cases = new ArrayList<>();
        for (GoldTexts.GoldText text : texts) {
            cases.add(score(text.article(), withDate(text.text(), text.article().date())));
        }
        return cases;
    }

    /** The seed article, coded by hand in eval/events-seed/events.jsonl. */
    List<ArticleCase> seed() {
        Path text = home.resolve("examples").resolve("seed").resolve("moscow-times-2025-09-02.txt");
        SourceRecord record = records(text, Metadata.EMPTY).get(0);
        return EventGoldFile.read(goldFile(SEED)).stream()
                .map(article -> score(article, withDate(record, article.date())))
                .toList();
    }

    private ArticleCase score(EventGoldFile.Article article, SourceRecord record) {
        Document document = engine.analyse(record);
        return new ArticleCase(article.docId(), "", article.date(), article.events(), SystemEvents.of(document));
    }

    private static SourceRecord withDate(SourceRecord record, String date) {
        if (date.isEmpty()) {
            return record;
        }
        Metadata metadata = record.metadata().withPublished(java.time.LocalDate.parse(date));
        return new SourceRecord(
                record.source(),
                record.format(),
                record.content(),
                metadata,
                record.metadataSources(),
                record.contentHash());
    }

    static List<SourceRecord> records(Path path, Metadata overrides) {
        if (!Files.exists(path)) {
            throw new UserException(path + " not found; run from the repository root or set annals.home");
        }
        try (Stream<SourceItem> items =
                new Sources(20_000_000L, Sources.InputFormat.AUTO).openPaths(List.of(path), overrides)) {
            return items.filter(SourceRecord.class::isInstance)
                    .map(SourceRecord.class::cast)
                    .toList();
        }
    }
}
