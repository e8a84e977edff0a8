package org.annals.nlp.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Problem;
import org.annals.core.Provenance;
import org.annals.core.Span;

/**
 * Reads MEANTIME as JSON Lines (id, url, date, title, text, mentions with kind/start/end/text/type/value). The text
 * has one sentence per line. Each line becomes a block; the first two (title and dateline) are boilerplate, so
 * neither resolver sees them and their gold times, among them the document creation time, are not scored. Gold marked
 * CREATION_TIME is never scored. MEANTIME annotates time expressions only in the title and the first five sentences
 * (here the dateline and the next four lines; later lines carry only cross-document entity and event mentions), so
 * the scored region is lines 3 to 6.
 */
public final class MeantimeCorpus {
    private static final int HEADER_LINES = 2;
    private static final int FULLY_ANNOTATED_LINES = 6;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MeantimeCorpus() {}

    public static List<GoldDocument> read(Path jsonl) {
        try {
            List<GoldDocument> documents = new ArrayList<>();
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    documents.add(parse(line));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read MEANTIME file " + jsonl, e);
        }
    }

    /** One document from one JSON line. */
    public static GoldDocument parse(String jsonLine) {
        JsonNode node;
        try {
            node = MAPPER.readTree(jsonLine);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
        String text = node.path("text").asText("");
        List<Block> blocks = blocks(text);
        int bodyStart =
                blocks.size() > HEADER_LINES ? blocks.get(HEADER_LINES).span().start() : text.length();
        int scoredEnd = blocks.get(Math.min(blocks.size(), FULLY_ANNOTATED_LINES) - 1)
                .span()
                .end();
        Span scored = new Span(bodyStart, Math.max(bodyStart, scoredEnd));
        Document document = document(node, text).withBlocks(blocks);
        List<GoldTime> gold = new ArrayList<>();
        for (JsonNode mention : node.path("mentions")) {
            if (isScoredTimex(mention, scored)) {
                gold.add(new GoldTime(
                        new Span(
                                mention.path("start").asInt(),
                                mention.path("end").asInt()),
                        mention.path("text").asText(""),
                        mention.path("type").asText(""),
                        mention.path("value").asText("")));
            }
        }
        return new GoldDocument(document, scored, gold);
    }

    private static boolean isScoredTimex(JsonNode mention, Span scored) {
        int start = mention.path("start").asInt(-1);
        int end = mention.path("end").asInt(-1);
        return mention.path("kind").asText("").equals("TIMEX3")
                && !mention.path("functionInDocument").asText("").equals("CREATION_TIME")
                && start >= scored.start()
                && end > start
                && end <= scored.end();
    }

    private static Document document(JsonNode node, String text) {
        String id = node.path("id").asText("");
        String title = node.path("title").asText("");
        Provenance provenance = new Provenance("meantime", "jsonl", "", "");
        try {
            LocalDate published = LocalDate.parse(node.path("date").asText(""));
            return Document.of(
                    id, provenance, new Metadata(node.path("url").asText(""), "", title, published, "en"), text);
        } catch (DateTimeParseException e) {
            return Document.of(id, provenance, new Metadata(node.path("url").asText(""), "", title, null, "en"), text)
                    .withProblem(new Problem(
                            "meantime",
                            "no publication date: " + node.path("date").asText("")));
        }
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            boolean header = blocks.size() < HEADER_LINES;
            blocks.add(new Block(
                    new Span(start, end),
                    header ? BlockKind.BOILERPLATE : BlockKind.BODY,
                    header ? (blocks.isEmpty() ? "title" : "dateline") : ""));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return blocks;
    }
}
