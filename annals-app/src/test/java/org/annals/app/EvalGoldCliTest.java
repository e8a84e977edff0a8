package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration errors of the gold-set evaluations fail at once, before any model loads, and say what is valid. */
class EvalGoldCliTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownEntitySetNamesTheValidOnes() {
        CliRun run = CliRun.of("eval", "entities", "--set", "conll");
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("gum, meantime, re3d, all"), run.err());
    }

    @Test
    void aMissingQuoteGoldFileIsNamed() {
        CliRun run =
                CliRun.of("eval", "quotes", "--gold", dir.resolve("none.jsonl").toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("none.jsonl"), run.err());
    }

    @Test
    void anUnknownQuoteSplitNamesTheValidOnes() {
        CliRun run = CliRun.of("eval", "quotes", "--split", "train");
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("dev, test, all"), run.err());
    }

    @Test
    void aMissingIdentityGoldFileIsNamed() {
        CliRun run = CliRun.of(
                "eval", "identity", "--gold", dir.resolve("none.jsonl").toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("none.jsonl"), run.err());
    }
}
