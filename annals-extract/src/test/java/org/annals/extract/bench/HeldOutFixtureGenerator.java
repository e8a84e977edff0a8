package org.annals.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds the held-out extraction set: Wikinews articles that the first set does not use, laid out in the ten page
 * structures of {@link HeldOutPageBuilder}, with the gold format of {@link ExtractionFixtureGenerator}. Run from the
 * repository root with {@code main [corpus] [outDir]}; defaults examples/wikinews/wikinews.jsonl and
 * eval/extraction-heldout.
 */
public final class HeldOutFixtureGenerator {
    public static final long SEED = 20_260_311L;
    public static final int PAGES = 50;
    private static final int MIN_PARAGRAPHS = 4;

    private final List<JsonNode> articles;
    private final long seed;

    public HeldOutFixtureGenerator(List<JsonNode> articles, long seed) {
        this.articles = List.copyOf(articles);
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "examples/wikinews/wikinews.jsonl");
        Path out = Path.of(args.length > 1 ? args[1] : "eval/extraction-heldout");
        Map<String, String> files =
                new HeldOutFixtureGenerator(ExtractionFixtureGenerator.readCorpus(corpus), SEED).generate();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = out.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** Relative path to file content: pages/heldout-NNN.html and gold.jsonl. */
    public Map<String, String> generate() {
        List<String> titles =
                articles.stream().map(a -> a.path("title").asText()).toList();
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder gold = new StringBuilder();
        int page = 0;
        for (JsonNode article : articles.subList(firstUnused(), articles.size())) {
            if (page == PAGES) {
                break;
            }
            List<String> paragraphs = ExtractionFixtureGenerator.paragraphs(
                            article.path("text").asText())
                    .stream()
                    .filter(p -> !ExtractionFixtureGenerator.isCaption(p))
                    .toList();
            if (paragraphs.size() < MIN_PARAGRAPHS) {
                continue;
            }
            String id = String.format(Locale.ROOT, "heldout-%03d", page);
            HeldOutPageBuilder builder = new HeldOutPageBuilder(new Random(seed * 31 + page), page, titles);
            String title = article.path("title").asText();
            files.put(
                    "pages/" + id + ".html",
                    builder.build(title, ExtractionFixtureGenerator.dateline(article), paragraphs));
            gold.append(goldRow(id, article, builder, paragraphs)).append('\n');
            page++;
        }
        files.put("gold.jsonl", gold.toString());
        return files;
    }

    /** The first article after those the first set lays out, so no article text is shared between the sets. */
    private int firstUnused() {
        int used = 0;
        int index = 0;
        while (index < articles.size() && used < ExtractionFixtureGenerator.PAGES) {
            List<String> paragraphs =
                    ExtractionFixtureGenerator.paragraphs(
                                    articles.get(index).path("text").asText())
                            .stream()
                            .filter(p -> !ExtractionFixtureGenerator.isCaption(p))
                            .toList();
            used += paragraphs.size() >= MIN_PARAGRAPHS ? 1 : 0;
            index++;
        }
        return index;
    }

    private static ObjectNode goldRow(
            String id, JsonNode article, HeldOutPageBuilder builder, List<String> paragraphs) {
        ObjectNode row = new ObjectMapper().createObjectNode();
        row.put("id", id);
        row.put("source_id", article.path("id").asText());
        row.put("source_url", article.path("url").asText());
        row.put("layout", builder.layout());
        row.put("title", article.path("title").asText());
        ArrayNode goldParagraphs = row.putArray("paragraphs");
        paragraphs.forEach(goldParagraphs::add);
        ArrayNode boxes = row.putArray("boxes");
        for (PageBuilder.Box box : builder.boxes()) {
            ObjectNode node = boxes.addObject();
            node.put("kind", box.kind());
            node.put("placement", box.placement());
            node.put("text", String.join("\n", box.lines()));
        }
        return row;
    }
}
