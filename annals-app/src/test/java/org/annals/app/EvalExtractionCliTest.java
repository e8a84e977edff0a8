package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals eval extraction} on a two-page benchmark built here; Node is never started (--no-readability). */
class EvalExtractionCliTest {
    private static final String STORY = "The council voted on Monday to close the old bridge to all traffic from"
            + " June, after engineers found cracks in two of its supports.";
    private static final String MORE = "Residents will be able to use a temporary footbridge, the council said,"
            + " and a replacement is expected to open within three years.";

    @TempDir
    Path dir;

    private void page(String id, String html) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages").resolve(id + ".html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void printsOneRowPerJvmSystem() throws IOException {
        String body = "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><article><h1>Bridge</h1><p>"
                + STORY + "</p><p>" + MORE + "</p></article><footer>About us</footer></body></html>";
        page("a", body);
        page("b", body.replace("<article>", "<div>").replace("</article>", "</div>"));
        String gold = "{\"id\":\"%s\",\"paragraphs\":[\"" + STORY + "\",\"" + MORE + "\"],\"boxes\":[]}\n";
        Files.writeString(
                dir.resolve("gold.jsonl"), gold.replace("%s", "a") + gold.replace("%s", "b"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("eval", "extraction", dir.toString(), "--no-readability");
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Pages: 2"), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("annals ")), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("boilerpipe ")), run.out());
        assertFalse(run.out().lines().anyMatch(line -> line.startsWith("readability ")), run.out());
    }

    @Test
    void aDirectoryWithoutGoldSaysWhatIsMissing() {
        CliRun run = CliRun.of("eval", "extraction", dir.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("gold.jsonl"), run.err());
    }
}
