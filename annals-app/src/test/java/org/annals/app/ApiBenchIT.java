package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.app.http.ServerFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `annals bench api` against a small synthetic store, with the server in a child process. */
class ApiBenchIT {
    @Test
    void measuresEveryQueryKindWithoutErrorsAndStopsTheServer(@TempDir Path dir) throws IOException {
        Path dataDir = dir.resolve("store");
        CliRun built =
                CliRun.of("bench", "store", "--documents", "200", "--events", "2000", "--data-dir", dataDir.toString());
        assertEquals(Main.OK, built.exitCode(), built.err());
        Path csv = dir.resolve("latencies.csv");
        CliRun run = CliRun.of(
                "bench",
                "api",
                "--data-dir",
                dataDir.toString(),
                "--clients",
                "4",
                "--duration",
                "3s",
                "--warm-up",
                "1s",
                "--output",
                csv.toString());
        assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("/api/events?pair"), run.out());
        assertTrue(run.out().contains("/api/documents?q (facets)"), run.out());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("kind,start_ms,latency_ms,status", lines.get(0));
        assertTrue(lines.size() > 1, "no request measured");
        assertTrue(lines.stream().skip(1).allMatch(line -> line.endsWith(",200")), "every request answered 200");
        assertFalse(Files.exists(dataDir.resolve(ServerFile.NAME)), "the child server removed server.json");
    }
}
