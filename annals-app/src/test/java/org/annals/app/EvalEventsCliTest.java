package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code annals eval events} refuses an unknown set before any model loads. */
class EvalEventsCliTest {
    @Test
    void anUnknownSetNamesTheValidOnes() {
        CliRun run = CliRun.of("eval", "events", "--set", "everything");
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("gold, petrarch2, seed, all"), run.err());
    }
}
