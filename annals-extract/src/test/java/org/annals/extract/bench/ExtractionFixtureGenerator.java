package org.annals.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds the synthetic extraction benchmark: Wikinews article texts wrapped in page layouts modelled on common news
 * sites. Deterministic: the same corpus and seed give byte-identical pages. Run from the repository root with
 * {@code main [corpus] [outDir]}; defaults examples/wikinews/wikinews.jsonl and eval/extraction.
 */
public final class ExtractionFixtureGenerator {
    public static final long SEED = 20_260_229L;
    public static final int PAGES = 72;
    private static final int MIN_PARAGRAPHS = 4;

    private static final java.util.regex.Pattern CAPTION =
            java.util.regex.Pattern.compile("(?:^|\\s)Image: [^.]{1,60}\\.?$");

    private final List<JsonNode> articles;
    private final long seed;

    public ExtractionFixtureGenerator(List<JsonNode> articles, long seed) {
        this.articles = List.copyOf(articles);
        this.seed = seed;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "examples/wikinews/wikinews.jsonl");
        Path out = Path.of(args.length > 1 ? args[1] : "eval/extraction");
        Map<String, String> files = new ExtractionFixtureGenerator(readCorpus(corpus), SEED).generate();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = out.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    public static List<JsonNode> readCorpus(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                rows.add(json.readTree(line));
            }
        }
        return rows;
    }

    /** Relative path to file content: pages/NNN.html and gold.jsonl. */
    public Map<String, String> generate() {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder gold = new StringBuilder();
        List<String> titles =
                articles.stream().map(a -> a.path("title").asText()).toList();
        int page = 0;
        for (JsonNode article : articles) {
            if (page == PAGES) {
                break;
            }
            List<String> all = paragraphs(article.path("text").asText());
            List<String> paragraphs = all.stream().filter(p -> !isCaption(p)).toList();
            List<String> captions =
                    all.stream().filter(ExtractionFixtureGenerator::isCaption).toList();
            if (paragraphs.size() < MIN_PARAGRAPHS) {
                continue;
            }
            String id = String.format(Locale.ROOT, "page-%03d", page);
            PageBuilder builder = new PageBuilder(new Random(seed * 31 + page), page, titles);
            String html =
                    builder.build(article.path("title").asText(), dateline(article), paragraphs, captions, article);
            files.put("pages/" + id + ".html", html);
            ObjectNode row = json.createObjectNode();
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
            gold.append(row).append('\n');
            page++;
        }
        files.put("gold.jsonl", gold.toString());
        return files;
    }

    /**
     * Wikinews gallery captions ("Protesters at the march. Image: Andrew Gray.") are flattened into the article text;
     * on a page they are figure captions, so they become figures and stay out of the gold, as captions do in the
     * public benchmark.
     */
    static boolean isCaption(String paragraph) {
        return CAPTION.matcher(paragraph).find();
    }

    /** The article's paragraphs: blank-line separated, the leading dateline line left out. */
    static List<String> paragraphs(String text) {
        String[] lines = text.split("\\n");
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].replace('\u00A0', ' ').strip();
            if (line.isEmpty()) {
                add(out, current);
            } else {
                current.append(current.length() > 0 ? " " : "").append(line);
            }
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    static String dateline(JsonNode article) {
        String first = article.path("text").asText().split("\\n", 2)[0];
        return first.replace('\u00A0', ' ').strip();
    }
}
