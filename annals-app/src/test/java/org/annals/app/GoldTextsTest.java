package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event gold articles find their text in the corpus their {@code texts} field names, Wikinews by default. */
class GoldTextsTest {
    @TempDir
    Path home;

    @Test
    void anArticleFindsItsTextByIdInTheCorpusItNames() throws IOException {
        corpus("{\"id\": \"REL-1\", \"text\": \"The minister condemned the attack.\"}\n"
                + "{\"id\": \"REL-2\", \"text\": \"The envoy met the president.\"}\n");
        Path gold =
                goldFile("{\"doc_id\": \"REL-2\", \"texts\": \"releases/docs.jsonl\", \"date\": \"\", \"events\": []}");

        List<GoldTexts.GoldText> found = GoldTexts.find(home, EventGoldFile.read(gold));

        assertEquals(1, found.size());
        assertEquals("The envoy met the president.", found.get(0).text().content());
        assertEquals("releases/docs.jsonl", found.get(0).article().texts());
        assertEquals("", found.get(0).article().date(), "a document without a publication date keeps none");
    }

    @Test
    void anUnknownIdIsNamedWithItsCorpusBeforeAnyArticleIsAnalysed() throws IOException {
        corpus("{\"id\": \"REL-1\", \"text\": \"The minister condemned the attack.\"}\n");
        Path gold = goldFile("{\"doc_id\": \"REL-1\", \"texts\": \"releases/docs.jsonl\", \"events\": []}\n"
                + "{\"doc_id\": \"REL-9\", \"texts\": \"releases/docs.jsonl\", \"events\": []}");

        UserException error = assertThrows(UserException.class, () -> GoldTexts.find(home, EventGoldFile.read(gold)));

        assertTrue(error.getMessage().contains("REL-9 (not in releases/docs.jsonl)"), error.getMessage());
        assertTrue(!error.getMessage().contains("REL-1"), error.getMessage());
    }

    @Test
    void aMissingCorpusIsNamed() throws IOException {
        Path gold = goldFile("{\"doc_id\": \"REL-1\", \"texts\": \"releases/none.jsonl\", \"events\": []}");

        UserException error = assertThrows(UserException.class, () -> GoldTexts.find(home, EventGoldFile.read(gold)));

        assertTrue(
                error.getMessage().contains("none.jsonl") && error.getMessage().contains("not found"));
    }

    @Test
    void anArticleWithoutTextsIsLookedUpInWikinews() throws IOException {
        Path gold = goldFile("{\"doc_id\": \"wn-1\", \"events\": []}");

        assertEquals(GoldTexts.WIKINEWS, EventGoldFile.read(gold).get(0).texts());
    }

    @Test
    void textsThatNameNoFileAreRefusedWithTheLine() throws IOException {
        Path gold = goldFile("{\"doc_id\": \"REL-1\", \"texts\": 3, \"events\": []}");

        UserException error = assertThrows(UserException.class, () -> EventGoldFile.read(gold));

        assertTrue(error.getMessage().contains("line 1") && error.getMessage().contains("'texts'"));
    }

    private void corpus(String lines) throws IOException {
        Files.createDirectories(home.resolve("releases"));
        Files.writeString(home.resolve("releases").resolve("docs.jsonl"), lines, StandardCharsets.UTF_8);
    }

    private Path goldFile(String lines) throws IOException {
        Path gold = home.resolve("gold.jsonl");
        Files.writeString(gold, lines + "\n", StandardCharsets.UTF_8);
        return gold;
    }
}
