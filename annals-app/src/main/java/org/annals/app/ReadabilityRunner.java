package org.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.annals.extract.eval.FixturePage;

/**
 * Runs Mozilla Readability through {@code node eval/extraction/readability/extract.js}: pages go in as JSON Lines,
 * texts come back, then the median pages/s of the timed passes, which Node measures itself. Unavailable (with the reason) when Node or the npm packages are missing.
 */
final class ReadabilityRunner {
    private static final long TIMEOUT_MINUTES = 10;

    record Result(List<String> texts, double pagesPerSecond) {}

    private final Path dir;

    ReadabilityRunner(Path dir) {
        this.dir = dir;
    }

    /** Why Readability cannot run here, or null when it can. */
    String unavailable() {
        if (!Files.isRegularFile(dir.resolve("extract.js"))) {
            return "no " + dir.resolve("extract.js");
        }
        if (!Files.isDirectory(dir.resolve("node_modules").resolve("@mozilla").resolve("readability"))
                || !Files.isDirectory(dir.resolve("node_modules").resolve("jsdom"))) {
            return "the npm packages are not installed; run " + dir.resolve("install.sh") + " (needs Node 18+ and npm)";
        }
        try {
            Process probe = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0
                    ? null
                    : "`node --version` failed; install Node 18+";
        } catch (IOException e) {
            return "Node is not on the PATH; install Node 18+ and run " + dir.resolve("install.sh");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Extracts every page once, then times {@code timedRounds} passes after {@code warmUpRounds} untimed ones. */
    Result run(List<FixturePage> pages, int warmUpRounds, int timedRounds) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        Process node = new ProcessBuilder(
                        "node",
                        dir.resolve("extract.js").toString(),
                        Integer.toString(warmUpRounds),
                        Integer.toString(timedRounds))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> write(json, node, pages));
        Map<String, String> texts = new HashMap<>();
        double pagesPerSecond = Double.NaN;
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = json.readTree(line);
                if (row.has("pagesPerSecond")) {
                    pagesPerSecond = row.path("pagesPerSecond").asDouble();
                } else {
                    texts.put(row.path("id").asText(), row.path("text").asText());
                }
            }
        }
        writer.join();
        if (!node.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            node.destroy();
            throw new IOException("readability did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        List<String> ordered = new ArrayList<>();
        pages.forEach(page -> ordered.add(texts.getOrDefault(page.id(), "")));
        return new Result(ordered, pagesPerSecond);
    }

    private static void write(ObjectMapper json, Process node, List<FixturePage> pages) {
        try (BufferedWriter out =
                new BufferedWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8))) {
            for (FixturePage page : pages) {
                ObjectNode row = json.createObjectNode();
                row.put("id", page.id());
                row.put("html", page.html());
                out.write(json.writeValueAsString(row));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
