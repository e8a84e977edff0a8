package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Usage errors exit with 2 and say which argument is wrong; no models are loaded for them. */
class CliUsageTest {
    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun run = CliRun.of("analyse-everything");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("analyse-everything"), run.err());
    }

    @Test
    void badDateNamesTheOptionAndTheExpectedForm() {
        CliRun run = CliRun.of("analyze", "--date", "2025-13-40", "x.txt");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("--date"), run.err());
        assertTrue(run.err().contains("use YYYY-MM-DD"), run.err());
    }

    @Test
    void badFormatListsTheValidOnes() {
        CliRun run = CliRun.of("analyze", "--format", "xml", "x.txt");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("TEXT") && run.err().contains("JSON"), run.err());
    }

    @Test
    void aBadGlobStopsEveryReadingCommandBeforeItStarts() {
        for (String command : java.util.List.of("ingest", "analyze", "extract")) {
            CliRun run = CliRun.of(command, "--include", "*.html", "--exclude", "drafts/[x", "folder");
            assertEquals(Main.USAGE, run.exitCode(), command + ": " + run.err());
            assertTrue(run.err().contains("invalid glob pattern 'drafts/[x'"), run.err());
        }
    }

    @Test
    void reanalyzeRefusesANonPositiveLimitBeforeOpeningTheStore() {
        CliRun run = CliRun.of("reanalyze", "--limit", "0", "--data-dir", "no-such-store");
        assertEquals(Main.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("--limit must be at least 1, got 0"), run.err());
    }

    @Test
    void ingestNeedsPathsOrUrlsAndOnlyHttpUrls() {
        CliRun nothing = CliRun.of("ingest");
        assertEquals(Main.USAGE, nothing.exitCode(), nothing.err());
        assertTrue(nothing.err().contains("--fetch URL"), nothing.err());

        CliRun notHttp = CliRun.of("ingest", "--fetch", "ftp://news.example/feed.xml");
        assertEquals(Main.USAGE, notHttp.exitCode(), notHttp.err());
        assertTrue(
                notHttp.err().contains("\"ftp://news.example/feed.xml\" is not an absolute http(s) URL"),
                notHttp.err());
    }

    @Test
    void analyzeNeedsAFile() {
        CliRun run = CliRun.of("analyze");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    @Test
    void evalNeedsATask() {
        CliRun run = CliRun.of("eval");
        assertEquals(Main.USAGE, run.exitCode());
        assertTrue(run.err().contains("dates"), run.err());
        assertTrue(run.err().contains("extraction"), run.err());
    }

    @Test
    void evalOfAMissingGoldFileSaysWhichFile() {
        CliRun run = CliRun.of("eval", "dates", "no-such-gold.jsonl");
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("no-such-gold.jsonl"), run.err());
    }

    @Test
    void helpExitsWithSuccess() {
        CliRun run = CliRun.of("--help");
        assertEquals(Main.OK, run.exitCode());
        assertTrue(run.out().contains("ingest"), run.out());
    }
}
