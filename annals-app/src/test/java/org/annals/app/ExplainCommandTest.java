package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.annals.coding.MissingVerbs;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    @Test
    void reasonsAreCountedMostFrequentFirstWithTheTotal() {
        StringWriter text = new StringWriter();
        ExplainCommand.printReasons(
                Map.of("coded", 2, "no source: passive without agent", 5, "merged: same happening coded before", 1),
                new PrintWriter(text, true));
        String[] lines = text.toString().split("\n");
        assertTrue(lines[0].contains("of 8 lexicon words read"), lines[0]);
        assertTrue(lines[1].trim().startsWith("5  no source"), lines[1]);
        assertTrue(lines[2].trim().startsWith("2  coded"), lines[2]);
        assertTrue(lines[3].trim().startsWith("1  merged"), lines[3]);
    }

    @Test
    void missingVerbsAreListedWithTheirCountsAndExamples() {
        StringWriter text = new StringWriter();
        ExplainCommand.printMissingVerbs(
                List.of(
                        new MissingVerbs.Candidate("laud", 2, 3, List.of("Chile lauded Peru.")),
                        new MissingVerbs.Candidate("outvote", 1, 1, List.of())),
                new PrintWriter(text, true));
        String[] lines = text.toString().split("\n");
        assertTrue(lines[0].contains("verb"), lines[0]);
        assertEquals(List.of("2", "3", "laud"), List.of(lines[1].trim().split("\\s+")));
        assertTrue(lines[2].trim().equals("- Chile lauded Peru."), lines[2]);
        assertEquals(List.of("1", "1", "outvote"), List.of(lines[3].trim().split("\\s+")));
    }

    @Test
    void explainWithoutFilesIsAUsageError() {
        CliRun run = CliRun.of("explain");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("FILE"), run.err());
    }
}
