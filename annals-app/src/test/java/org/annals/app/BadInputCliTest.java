package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each class of bad input fails with exit code 1 and a message naming the file and the problem. Only bad files are
 * given, so no models load: the engine is created only for the first readable document.
 */
class BadInputCliTest {
    @TempDir
    Path dir;

    private CliRun analyze(Path file) {
        return CliRun.of("analyze", file.toString());
    }

    private static void assertFailsNaming(CliRun run, Path file, String problem) {
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains(file.toString()), run.err());
        assertTrue(run.err().contains(problem), run.err());
    }

    @Test
    void missingFileIsNamedOnce() {
        Path file = dir.resolve("no-such-article.txt");
        CliRun run = analyze(file);
        assertFailsNaming(run, file, "not found");
        assertEquals(
                "annals: " + file + ": not found; check the path", run.err().strip(), run.err());
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));
        assertFailsNaming(analyze(file), file, "empty");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
        assertFailsNaming(analyze(file), file, "binary");
    }

    @Test
    void damagedUtf8() throws IOException {
        byte[] utf8 = "Caf\u00e9 au lait, na\u00efve r\u00e9sum\u00e9.".getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(utf8, utf8.length + 1);
        damaged[utf8.length] = (byte) 0xC3; // a character cut in half
        Path file = Files.write(dir.resolve("damaged.txt"), damaged);
        CliRun run = analyze(file);
        assertFailsNaming(run, file, "invalid UTF-8 at byte offset " + utf8.length);
        assertTrue(run.err().contains("looks damaged"), run.err());
    }

    @Test
    void bytesInNoSupportedEncoding() throws IOException {
        byte[] noise = new byte[400];
        new java.util.Random(11).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (noise[i] | 0x80); // no NUL or control bytes, so it is not reported as binary
        }
        Path file = Files.write(dir.resolve("noise.txt"), noise);
        CliRun run = analyze(file);
        assertFailsNaming(run, file, "invalid UTF-8");
        assertTrue(run.err().contains("do not read as text in"), run.err());
    }

    /** Latin-1 is no bad input any more; extract shows it decoded (analyze would load the models). */
    @Test
    void latin1TextDecodes() throws IOException {
        String text = "Caf\u00e9 au lait, na\u00efve r\u00e9sum\u00e9.";
        Path file = Files.write(dir.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("extract", file.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("[body] " + text), run.out());
        assertTrue(run.out().contains("charset:   windows-1252 (sniffed)"), run.out());
    }

    @Test
    void fiftyMegabyteFile() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        CliRun run = analyze(file);
        assertFailsNaming(run, file, "--max-bytes");
    }

    @Test
    void missingPath() {
        Path file = dir.resolve("no-such-article.txt");
        assertFailsNaming(analyze(file), file, "not found");
    }

    @Test
    void unreadableBrokenLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
        CliRun run = analyze(link);
        assertEquals(Main.FAILURE, run.exitCode(), run.err());
        assertTrue(run.err().contains(link.toString()), run.err());
    }

    @Test
    void badFilesDoNotStopTheRestOfTheBatch() throws IOException {
        Path empty = Files.createFile(dir.resolve("a-empty.txt"));
        Path binary = Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3});
        CliRun run = CliRun.of("analyze", "--format", "json", empty.toString(), binary.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        long errorLines = run.out().lines().filter(l -> l.contains("\"error\"")).count();
        assertEquals(2, errorLines, "one JSON error record per bad file: " + run.out());
    }
}
