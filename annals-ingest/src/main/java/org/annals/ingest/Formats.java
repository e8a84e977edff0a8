package org.annals.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which reader handles a file, decided by its extension. */
final class Formats {
    static final String TEXT = "text";
    static final String HTML = "html";
    static final String JSON_LINES = "jsonl";
    static final String JSON = "json";
    static final String UNKNOWN = "unknown";
    /** RSS or Atom, one document per entry. */
    static final String FEED = "feed";
    /** An {@code .xml} file, which is a feed only when its root element says so. */
    static final String XML = "xml";
    /** WARC or ARC, one document per archived HTML page. */
    static final String WEB_ARCHIVE = "web-archive";

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Set<String> JSON_LINES_EXTENSIONS = Set.of("jsonl", "ndjson");
    private static final Set<String> FEED_EXTENSIONS = Set.of("rss", "atom");
    private static final List<String> WEB_ARCHIVE_SUFFIXES = List.of(".warc", ".warc.gz", ".arc", ".arc.gz");
    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml");

    private Formats() {}

    static String byExtension(Path path) {
        if (isWebArchive(path)) {
            return WEB_ARCHIVE;
        }
        String extension = extension(path);
        if (FEED_EXTENSIONS.contains(extension)) {
            return FEED;
        }
        if (extension.equals("xml")) {
            return XML;
        }
        if (TEXT_EXTENSIONS.contains(extension)) {
            return TEXT;
        }
        if (HTML_EXTENSIONS.contains(extension)) {
            return HTML;
        }
        if (JSON_LINES_EXTENSIONS.contains(extension)) {
            return JSON_LINES;
        }
        return extension.equals("json") ? JSON : UNKNOWN;
    }

    /** HTML when the text opens like a web page, otherwise plain text. */
    static String sniff(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype") || head.startsWith("<html") ? HTML : TEXT;
    }

    private static boolean isWebArchive(Path path) {
        String name =
                path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return WEB_ARCHIVE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    static String extension(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String baseName(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
