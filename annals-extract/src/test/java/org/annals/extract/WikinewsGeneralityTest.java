package org.annals.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.junit.jupiter.api.Test;

/**
 * Wikinews articles have no appeals or page furniture once the dateline is set aside, so every other non-BODY block
 * is a false positive, except photo credits ("Image: name.") that some gallery articles carry in their text and the
 * review notices of unpublished drafts ("This article requires pre-publication review ..."). Writes what fired to
 * target/wikinews-boilerplate.txt for inspection.
 */
class WikinewsGeneralityTest {
    private static final Path CORPUS = Path.of("..", "examples", "wikinews", "wikinews.jsonl");

    @Test
    void wikinewsParagraphsStayBody() throws IOException {
        ObjectMapper json = new ObjectMapper();
        BoilerplateStage stage = new BoilerplateStage();
        int articles = 0;
        int paragraphs = 0;
        int datelines = 0;
        int photoCredits = 0;
        int reviewNotices = 0;
        List<String> falsePositives = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            Document document = stage.apply(Document.of(
                    node.get("id").asText(),
                    new Provenance("wikinews", "text", "", ""),
                    Metadata.EMPTY,
                    node.get("text").asText()));
            articles++;
            for (Block block : document.blocks()) {
                if (block.reason().equals("dateline")) {
                    datelines++;
                    continue;
                }
                paragraphs++;
                if (block.reason().equals("photo-credit")) {
                    photoCredits++;
                    String caption = document.textOf(block.span());
                    // gallery captions carry the credit first ("Image: name.") or last ("A banner. Image: name.")
                    assertTrue(
                            caption.startsWith("Image: ")
                                    || caption.contains(". Image: ")
                                    || caption.contains(" Image: "),
                            caption);
                } else if (block.reason().equals("editorial-notice")) {
                    reviewNotices++;
                    assertTrue(document.textOf(block.span()).startsWith("This article requires"));
                } else if (block.kind() != BlockKind.BODY) {
                    falsePositives.add(node.get("id").asText() + "\t" + block.kind() + "\t" + block.reason() + "\t"
                            + document.textOf(block.span()));
                }
            }
        }
        double rate = (double) falsePositives.size() / paragraphs;
        String report = String.format(
                java.util.Locale.ROOT,
                "articles=%d datelines=%d paragraphs=%d photoCredits=%d falsePositives=%d rate=%.4f%n%s%n",
                articles,
                datelines,
                paragraphs,
                photoCredits,
                falsePositives.size(),
                rate,
                String.join("\n", falsePositives));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "wikinews-boilerplate.txt"), report, StandardCharsets.UTF_8);
        assertEquals(295, articles);
        assertTrue(datelines >= 170, "175 Wikinews texts open with a dateline line; found " + datelines);
        assertTrue(rate < 0.005, report);
        assertEquals(2, reviewNotices, "two drafts carry Wikinews' review notice");
    }
}
