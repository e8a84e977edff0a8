package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.core.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private final SourceReader reader = new SourceReader();

    @TempDir
    Path dir;

    private List<SourceItem> read(Path... paths) {
        try (var stream = reader.read(List.of(paths))) {
            return stream.toList();
        }
    }

    private SourceError onlyError(Path path) {
        List<SourceItem> items = read(path);
        assertEquals(1, items.size(), items.toString());
        return assertInstanceOf(SourceError.class, items.get(0));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void missingPathIsReported() {
        SourceError error = onlyError(dir.resolve("nope.txt"));
        assertTrue(error.message().contains("nope.txt: not found"), error.message());
    }

    @Test
    void brokenSymlinkIsReported() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("gone.txt"));
        assertTrue(onlyError(link).message().contains("broken symbolic link"));
    }

    @Test
    void folderWithoutDocumentsIsReported() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.writeString(empty.resolve(".hidden.txt"), "hidden");
        assertTrue(onlyError(empty).message().contains("folder has no documents"));
    }

    @Test
    void emptyAndWhitespaceFilesAreReported() throws IOException {
        assertTrue(onlyError(write("a.txt", "")).message().endsWith("a.txt: empty file; nothing to read"));
        assertTrue(onlyError(write("b.txt", " \n\t\n")).message().contains("only whitespace"));
    }

    @Test
    void binaryFileNamesTheNulOffset() throws IOException {
        byte[] bytes = "hello world!".getBytes(StandardCharsets.US_ASCII);
        byte[] withNul = java.util.Arrays.copyOf(bytes, 20);
        Path file = write("x.bin", withNul);
        assertEquals(
                file
                        + ": binary file (NUL bytes at offset 12); Annals reads text, HTML, JSON Lines, RSS/Atom feeds and WARC/ARC archives",
                onlyError(file).message());
    }

    @Test
    void controlCharactersMarkABinaryFile() throws IOException {
        byte[] bytes = new byte[100];
        java.util.Arrays.fill(bytes, (byte) 0x01);
        assertTrue(onlyError(write("c.dat", bytes)).message().contains("% control characters"));
    }

    @Test
    void invalidUtf8GivesTheByteOffset() throws IOException {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, '(', 'd'};
        assertTrue(onlyError(write("bad.txt", bytes)).message().contains("invalid UTF-8 at byte offset 3"));
    }

    @Test
    void utf8BomIsStrippedAndUtf16IsDecoded() throws IOException {
        byte[] body = "Grüße".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        SourceRecord utf8 = assertInstanceOf(
                SourceRecord.class, read(write("bom.txt", withBom)).get(0));
        assertEquals("Grüße", utf8.content());

        byte[] utf16 = "\uFEFFGrüße".getBytes(StandardCharsets.UTF_16LE);
        SourceRecord decoded = assertInstanceOf(
                SourceRecord.class, read(write("le.txt", utf16)).get(0));
        assertEquals("Grüße", decoded.content());
    }

    @Test
    void fileOverTheLimitSaysSizeLimitAndOption() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] chunk = "0123456789abcde\n".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        String message = onlyError(big).message();
        assertTrue(message.contains("file is 50.0 MB"), message);
        assertTrue(message.contains("over the 20.0 MB limit"), message);
        assertTrue(message.contains(SourceReader.MAX_BYTES_OPTION), message);
    }

    @Test
    void badFileBetweenGoodOnesDoesNotStopTheBatch() throws IOException {
        Path batch = Files.createDirectory(dir.resolve("batch"));
        Files.writeString(batch.resolve("1.txt"), "First story.");
        Files.write(batch.resolve("2.txt"), new byte[] {0, 1, 2});
        Files.writeString(batch.resolve("3.html"), "<html><body><p>Third</p></body></html>");
        List<SourceItem> items = read(batch);
        assertEquals(3, items.size());
        assertInstanceOf(SourceRecord.class, items.get(0));
        assertInstanceOf(SourceError.class, items.get(1));
        SourceRecord third = assertInstanceOf(SourceRecord.class, items.get(2));
        assertEquals("html", third.format());
    }

    @Test
    void unknownExtensionIsSniffed() throws IOException {
        SourceRecord page = assertInstanceOf(
                SourceRecord.class,
                read(write("page", "<!DOCTYPE html><p>x</p>")).get(0));
        assertEquals("html", page.format());
        SourceRecord note = assertInstanceOf(
                SourceRecord.class, read(write("note.md", "Just words.")).get(0));
        assertEquals("text", note.format());
    }

    @Test
    void sidecarMetadataIsReadAndNotADocument() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("news"));
        Files.writeString(folder.resolve("story.txt"), "Story text.");
        Files.writeString(
                folder.resolve("story.json"),
                "{\"url\":\"https://example.org/s\",\"date\":\"2025-09-02\",\"publisher\":\"Example\",\"title\":\"T\"}");
        List<SourceItem> items = read(folder);
        assertEquals(1, items.size());
        SourceRecord record = assertInstanceOf(SourceRecord.class, items.get(0));
        assertEquals(LocalDate.of(2025, 9, 2), record.metadata().published());
        assertEquals("Example", record.metadata().publisher());
        assertEquals("date=sidecar,publisher=sidecar,title=sidecar,url=sidecar", record.metadataSources());
    }

    @Test
    void commandLineMetadataOverridesSidecar() throws IOException {
        Path story = write("story.txt", "Story text.");
        write("story.json", "{\"url\":\"https://example.org/s\",\"date\":\"2025-09-02\"}");
        Metadata cli = Metadata.EMPTY.withPublished(PublishedDates.parse("2024-01-05T10:00:00+03:00"));
        List<SourceItem> items = reader.readFile(story, cli).toList();
        SourceRecord record = assertInstanceOf(SourceRecord.class, items.get(0));
        assertEquals(LocalDate.of(2024, 1, 5), record.metadata().published());
        assertEquals("https://example.org/s", record.metadata().url());
        assertEquals("date=cli,url=sidecar", record.metadataSources());
    }

    @Test
    void badCommandLineDateIsAConfigurationError() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PublishedDates.parse("02/09/2025"));
        assertTrue(e.getMessage().contains("02/09/2025") && e.getMessage().contains("YYYY-MM-DD"));
    }

    @Test
    void jsonLinesRecordsCarryAuthorsModifiedAndSection() throws IOException {
        Path file = write(
                "rich.jsonl",
                "{\"id\":\"a\",\"text\":\"One.\",\"authors\":[\"Jane Doe\",\"John Roe\"],"
                        + "\"modified\":\"2025-09-03T23:30:00-05:00\",\"section\":\"World\"}\n"
                        + "{\"id\":\"b\",\"text\":\"Two.\",\"authors\":\"Ann Lee\",\"modified\":\"later\"}\n");
        List<SourceItem> items = read(file);
        assertEquals(3, items.size(), items.toString());
        SourceRecord first = assertInstanceOf(SourceRecord.class, items.get(0));
        assertEquals(List.of("Jane Doe", "John Roe"), first.metadata().authors());
        assertEquals(LocalDate.of(2025, 9, 3), first.metadata().modified());
        assertEquals("World", first.metadata().section());
        assertEquals("authors=record,modified=record,section=record", first.metadataSources());
        SourceError badModified = assertInstanceOf(SourceError.class, items.get(1));
        assertTrue(badModified.message().contains(":2: invalid modified 'later'"), badModified.message());
        SourceRecord second = assertInstanceOf(SourceRecord.class, items.get(2));
        assertEquals(List.of("Ann Lee"), second.metadata().authors());
        assertNull(second.metadata().modified());
    }

    @Test
    void jsonLinesWithABrokenLineInTheMiddle() throws IOException {
        Path file = write(
                "docs.jsonl",
                "{\"id\":\"a\",\"text\":\"One.\",\"date\":\"2019-01-04\"}\n"
                        + "{\"id\":\"b\",\"text\": oops}\n"
                        + "\n"
                        + "{\"html\":\"<p>Three</p>\",\"publisher\":\"P\"}\n"
                        + "{\"id\":\"d\",\"title\":\"no content\"}\n"
                        + "{\"id\":\"e\",\"text\":\"Five.\",\"date\":\"yesterday\"}\n");
        List<SourceItem> items = read(file);
        assertEquals(6, items.size(), items.toString());
        SourceRecord first = assertInstanceOf(SourceRecord.class, items.get(0));
        assertEquals(file + "#a", first.source());
        assertEquals("date=record", first.metadataSources());
        SourceError broken = assertInstanceOf(SourceError.class, items.get(1));
        assertTrue(broken.message().startsWith(file + ":2: invalid JSON ("), broken.message());
        SourceRecord third = assertInstanceOf(SourceRecord.class, items.get(2));
        assertEquals(file + "#line-4", third.source());
        assertEquals("html", third.format());
        SourceError noText = assertInstanceOf(SourceError.class, items.get(3));
        assertTrue(noText.message().contains(":5: record has no 'text' or 'html'"), noText.message());
        SourceError badDate = assertInstanceOf(SourceError.class, items.get(4));
        assertTrue(badDate.message().contains(":6: invalid date 'yesterday'"), badDate.message());
        SourceRecord fifth = assertInstanceOf(SourceRecord.class, items.get(5));
        assertNull(fifth.metadata().published());
    }

    @Test
    void brokenSidecarIsReportedAndTheDocumentStillComes() throws IOException {
        write("s.txt", "Story.");
        write("s.json", "{\"date\": ");
        List<SourceItem> items = read(dir.resolve("s.txt"));
        assertEquals(2, items.size());
        assertTrue(assertInstanceOf(SourceError.class, items.get(0)).message().contains("invalid JSON in sidecar"));
        assertEquals("", assertInstanceOf(SourceRecord.class, items.get(1)).metadataSources());
    }

    @Test
    void jsonLinesFromAStream() {
        byte[] lines = "{\"id\":1,\"text\":\"Hi.\"}\n".getBytes(StandardCharsets.UTF_8);
        List<SourceItem> items =
                reader.readJsonLines(new ByteArrayInputStream(lines), "stdin").toList();
        assertEquals("stdin#1", items.get(0).source());
        List<SourceItem> none = reader.readJsonLines(new ByteArrayInputStream(new byte[0]), "stdin")
                .toList();
        assertTrue(assertInstanceOf(SourceError.class, none.get(0)).message().contains("empty file"));
    }

    @Test
    void equalContentGetsEqualHashes() throws IOException {
        SourceRecord a = (SourceRecord) read(write("a.txt", "Same words.")).get(0);
        SourceRecord b = (SourceRecord) read(write("b.text", "Same words.")).get(0);
        SourceRecord c = (SourceRecord) read(write("c.txt", "Other words.")).get(0);
        assertEquals(a.contentHash(), b.contentHash());
        assertNotEquals(a.contentHash(), c.contentHash());
        assertEquals(org.annals.core.ContentHash.sha256("Same words."), a.contentHash());
    }

    @Test
    void invalidMaxBytesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SourceReader(0));
    }
}
