package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectionTest {
    @TempDir
    Path dir;

    @BeforeEach
    void tree() throws IOException {
        write("top.html", "<html><body><p>Top page.</p></body></html>");
        write("notes.txt", "Some notes.");
        write("news/2025/story.html", "<html><body><p>A story.</p></body></html>");
        write("news/2025/story.txt", "A story as text.");
        write("drafts/draft.html", "<html><body><p>Not ready.</p></body></html>");
        write("drafts/deep/older.html", "<html><body><p>Older draft.</p></body></html>");
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private List<String> read(List<String> includes, List<String> excludes) {
        SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES, FileSelection.of(includes, excludes));
        try (var items = reader.read(List.of(dir))) {
            return items.map(item ->
                            dir.relativize(Path.of(item.source())).toString().replace('\\', '/'))
                    .toList();
        }
    }

    @Test
    void aPatternWithoutSlashMatchesFileNamesAtAnyDepth() {
        assertEquals(
                List.of("drafts/deep/older.html", "drafts/draft.html", "news/2025/story.html", "top.html"),
                read(List.of("*.html"), List.of()));
    }

    @Test
    void aPatternWithSlashMatchesThePathRelativeToTheFolder() {
        assertEquals(List.of("news/2025/story.html"), read(List.of("news/**/*.html"), List.of()));
    }

    @Test
    void excludesWinOverIncludesAndCoverWholeSubfolders() {
        assertEquals(
                List.of("news/2025/story.html", "top.html"),
                read(List.of("**/*.html", "*.html"), List.of("drafts/**")));
        assertEquals(List.of("news/2025/story.txt", "notes.txt"), read(List.of(), List.of("*.html")));
    }

    @Test
    void aFolderWithNothingSelectedIsAnErrorNamingThePatterns() {
        SourceReader reader =
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES, FileSelection.of(List.of("*.pdf"), List.of()));
        try (var items = reader.read(List.of(dir))) {
            List<SourceItem> all = items.toList();
            assertEquals(1, all.size(), all.toString());
            SourceError error = assertInstanceOf(SourceError.class, all.get(0));
            assertTrue(error.message().contains("no file in the folder matches --include '*.pdf'"), error.message());
        }
    }

    @Test
    void aFileNamedDirectlyIsReadWhateverThePatterns() {
        SourceReader reader =
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES, FileSelection.of(List.of("*.html"), List.of()));
        try (var items = reader.read(List.of(dir.resolve("notes.txt")))) {
            assertInstanceOf(SourceRecord.class, items.toList().get(0));
        }
    }

    @Test
    void aBadGlobIsRejectedNamingThePattern() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FileSelection.of(List.of("news/[a"), List.of()));
        assertTrue(e.getMessage().contains("invalid glob pattern 'news/[a'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FileSelection.validate(" "));
    }
}
