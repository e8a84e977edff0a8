package org.annals.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Span;

/** Documents from the repository's examples, with blocks made by a plain line split. */
final class TestDocuments {
    static final Path EXAMPLES = Path.of("..", "examples");
    static final LocalDate SEED_DATE = LocalDate.of(2025, 9, 2);
    private static final int SEED_APPEAL_LINES = 9;
    private static final Pattern DATELINE =
            Pattern.compile("[\\s\\u00a0]*[A-Z][a-z]+day, [A-Z][a-z]+ [0-9]{1,2}, [0-9]{4}[\\s\\u00a0]*");

    private TestDocuments() {}

    /** The seed article; its last 9 lines ("A Message from The Moscow Times:" on) are the donation appeal. */
    static Document seed() {
        String text = read(EXAMPLES.resolve("seed/moscow-times-2025-09-02.txt"));
        Metadata metadata = new Metadata("https://www.themoscowtimes.com/", "The Moscow Times", "", SEED_DATE, "en");
        Document document = Document.of("seed", new Provenance("seed", "text", "", ""), metadata, text);
        List<String> rawLines = text.lines().toList();
        int appealStart = 0;
        for (int i = 0; i < rawLines.size() - SEED_APPEAL_LINES; i++) {
            appealStart += rawLines.get(i).length() + 1;
        }
        List<Block> blocks = new ArrayList<>();
        for (Span line : lines(text)) {
            BlockKind kind = line.start() >= appealStart ? BlockKind.APPEAL : BlockKind.BODY;
            blocks.add(new Block(line, kind, ""));
        }
        return document.withBlocks(blocks);
    }

    /** The first {@code limit} Wikinews articles; a dateline first line is boilerplate, every other line a body block. */
    static List<Document> wikinews(int limit) {
        return wikinewsAll().stream().limit(limit).toList();
    }

    /** The Wikinews articles with these ids, in the order given. */
    static List<Document> wikinews(List<String> ids) {
        Map<String, Document> byId = new HashMap<>();
        wikinewsAll().forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(id -> Objects.requireNonNull(byId.get(id), id)).toList();
    }

    static List<Document> wikinewsAll() {
        ObjectMapper mapper = new ObjectMapper();
        List<Document> documents = new ArrayList<>();
        try {
            for (String line :
                    Files.readAllLines(EXAMPLES.resolve("wikinews/wikinews.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    documents.add(wikinewsDocument(mapper.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static Document wikinewsDocument(JsonNode node) {
        String text = node.get("text").asText();
        Metadata metadata = new Metadata(
                node.get("url").asText(),
                node.get("publisher").asText(),
                node.get("title").asText(),
                LocalDate.parse(node.get("date").asText()),
                "en");
        Document document =
                Document.of(node.get("id").asText(), new Provenance("wikinews", "jsonl", "", ""), metadata, text);
        List<Span> lines = lines(text);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // A first line such as "Friday, January 4, 2019" is the dateline: metadata, not article text.
            boolean dateline = i == 0 && DATELINE.matcher(lines.get(i).of(text)).matches();
            blocks.add(
                    dateline
                            ? new Block(lines.get(i), BlockKind.BOILERPLATE, "dateline")
                            : new Block(lines.get(i), BlockKind.BODY, ""));
        }
        return document.withBlocks(blocks);
    }

    static List<Span> lines(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                spans.add(new Span(start, end));
            }
            start = end + 1;
        }
        return spans;
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
