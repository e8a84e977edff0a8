package org.annals.app;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Pipeline;
import org.annals.core.Provenance;
import org.annals.core.Stage;
import org.annals.core.StageRegistry;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.Extraction;
import org.annals.ingest.SourceRecord;

/**
 * The whole analysis: a source record is extracted to article text and metadata, then passed through the stage
 * pipeline. The stages from {@value #FIRST_ENGLISH_STAGE} on analyse English only: a document whose language is
 * known and not English stops before them and keeps its text, blocks and metadata (see {@link
 * #skippedByLanguage}). Built once per process; {@link #analyse} is safe to call from several threads.
 */
public final class AnnalsEngine {
    /** The standard pipeline, in order; each stage is found by name on the class path. */
    public static final List<String> STANDARD_STAGES = List.of(
            "boilerplate", "language", "corenlp", "mentions", "dates", "quantities", "actors", "quotes", "events");
    /** Extraction only: blocks and language, no models. */
    public static final List<String> EXTRACTION_STAGES = List.of("boilerplate", "language");
    /** The first stage that needs English text; it and every later stage are skipped for other languages. */
    public static final String FIRST_ENGLISH_STAGE = "corenlp";

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Pipeline pipeline;

    public AnnalsEngine(List<String> stageNames) {
        this(stageNames, Map.of());
    }

    /**
     * An engine whose stages get options by stage name ({@code actors} -> {@code dictionaries} -> paths); options
     * for a stage the engine does not run are refused, so that a mistyped name fails at start.
     */
    public AnnalsEngine(List<String> stageNames, Map<String, Map<String, String>> stageOptions) {
        this(stageNames, stageOptions, Map.of());
    }

    /**
     * An engine that runs the stages of {@code built} as they are, in place of the registry's stage of that name (an
     * actors stage holding a dictionary the caller has read and checked); the others as above.
     */
    public AnnalsEngine(
            List<String> stageNames, Map<String, Map<String, String>> stageOptions, Map<String, Stage> built) {
        requireRun(stageNames, stageOptions.keySet(), "options for stage");
        requireRun(stageNames, built.keySet(), "a built stage");
        StageRegistry registry = StageRegistry.fromClassPath();
        this.pipeline = Pipeline.of(
                stageNames.stream()
                        .map(name -> built.containsKey(name)
                                ? built.get(name)
                                : registry.create(name, stageOptions.getOrDefault(name, Map.of())))
                        .toList(),
                registry);
    }

    private static void requireRun(List<String> stageNames, Set<String> named, String what) {
        for (String stage : named) {
            if (!stageNames.contains(stage)) {
                throw new IllegalArgumentException(what + " '" + stage + "', which this engine does not run; its"
                        + " stages: " + String.join(", ", stageNames));
            }
        }
    }

    public static AnnalsEngine standard() {
        return new AnnalsEngine(STANDARD_STAGES);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Document analyse(SourceRecord record) {
        return analyse(toDocument(record));
    }

    /**
     * Runs the pipeline over a document that has text, metadata and perhaps blocks (a stored document read back,
     * say); the English stages run only for English or unknown languages.
     */
    public Document analyse(Document extracted) {
        return pipeline.apply(
                extracted,
                (stage, document) -> stage.name().equals(FIRST_ENGLISH_STAGE)
                        && !isEnglishOrUnknown(document.metadata().language()));
    }

    /** True when this engine has English-only stages and the document's language kept them from running. */
    public boolean skippedByLanguage(Document document) {
        return pipeline.stageNames().contains(FIRST_ENGLISH_STAGE)
                && !isEnglishOrUnknown(document.metadata().language());
    }

    /**
     * English ({@code en}, {@code en-GB}, ...) or not known: an unidentified language is analysed, since a wrong
     * guess would silently lose an English article's events.
     */
    public static boolean isEnglishOrUnknown(String language) {
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.isEmpty() || primary.equals("en");
    }

    /** The extracted document before any stage ran. */
    public Document toDocument(SourceRecord record) {
        Extraction extraction = extractor.extract(record.format(), record.content(), record.metadata());
        // A fallback (a web archive's capture date) fills only what neither the reader nor the page itself said.
        Metadata metadata = extraction.metadata().orElse(record.fallback());
        String metadataSources = join(
                join(record.metadataSources(), foundByExtraction(extraction.metadataSources())),
                record.fallbackSourcesUsed(extraction.metadata()));
        Provenance provenance = new Provenance(record.source(), record.format(), record.contentHash(), metadataSources);
        Document document = Document.of(record.contentHash(), provenance, metadata, extraction.text());
        return extraction.blocks().isEmpty() ? document : document.withBlocks(extraction.blocks());
    }

    // Extraction labels the fields it was handed as "given"; the reader already said where those came from.
    private static String foundByExtraction(String sources) {
        return java.util.Arrays.stream(sources.split(","))
                .filter(entry -> !entry.isEmpty() && !entry.endsWith("=given"))
                .collect(java.util.stream.Collectors.joining(","));
    }

    private static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + "," + second;
    }
}
