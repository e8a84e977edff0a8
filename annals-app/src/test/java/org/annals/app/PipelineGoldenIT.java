package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.core.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole pipeline's output on the seed and five Wikinews articles, compared with reviewed golden files. Run with
 * -Dannals.updateGolden=true to rewrite them after an intended change, then review the diff.
 */
class PipelineGoldenIT {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/pipeline");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "seed",
                "wn-a652aad19b93",
                "wn-3dde3d3730ed",
                "wn-a0c3291623dc",
                "wn-b650a139b43e",
                "wn-52eb0732f4da"
            })
    void matchesGolden(String id) throws IOException {
        Document doc = id.equals("seed") ? Analyses.seed() : Analyses.wikinews(id);
        String actual = GoldenSummary.of(doc);
        Path file = GOLDEN.resolve(id + ".txt");
        if (Boolean.getBoolean("annals.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "missing golden file " + file + "; create it with -Dannals.updateGolden=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    }
}
