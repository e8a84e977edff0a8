package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.TimeMention;

/**
 * Golden files under src/test/resources/golden/, one tab-separated line per item, compared exactly. Run with
 * -Dannals.updateGolden=true to rewrite them after a reviewed change.
 */
final class GoldenFiles {
    static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private GoldenFiles() {}

    /** text, value, granularity, relation. */
    static String dates(Document document) {
        return document.times().stream().map(GoldenFiles::dateLine).collect(Collectors.joining());
    }

    private static String dateLine(TimeMention time) {
        return line(
                time.text(),
                time.value(),
                time.granularity().name(),
                time.relation().name());
    }

    /** text, kind, speaker span text, cue. */
    static String quotes(Document document) {
        return document.quotes().stream().map(q -> quoteLine(document, q)).collect(Collectors.joining());
    }

    private static String quoteLine(Document document, Quote quote) {
        String speaker =
                Optional.ofNullable(quote.speakerSpan()).map(document::textOf).orElse("");
        return line(quote.text(), quote.kind().name(), speaker, quote.cue());
    }

    private static String line(String... fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(field.replaceAll("\\s+", " "));
        }
        return line.append('\n').toString();
    }

    static void assertMatches(String stage, String name, String actual) {
        Path path = ROOT.resolve(stage).resolve(name + ".tsv");
        try {
            if (Boolean.getBoolean("annals.updateGolden")) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(path)) {
                throw new AssertionError(path + " is missing; run with -Dannals.updateGolden=true to write it");
            }
            assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
