package org.annals.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Span;
import org.annals.nlp.eval.EntityDocument;
import org.annals.nlp.eval.EntitySpan;

/**
 * The gold and system entity mentions of an evaluation that are not exact typed matches, one TSV line each with the
 * mentions they overlap, so that errors can be read by kind: missed, spurious, wrong type, wrong boundaries.
 */
final class EntityMisses {
    private final List<String> lines = new ArrayList<>(List.of("set\tdocument\tside\ttype\ttext\toverlapping"));

    /** {@code system}: who found {@code found}; missed gold mentions are listed as "gold missed by" it. */
    void add(String set, EntityDocument document, String system, List<EntitySpan> found) {
        String text = document.document().text();
        for (EntitySpan gold : document.gold()) {
            if (!found.contains(gold)) {
                lines.add(line(set, document, "gold missed by " + system, gold, overlapping(gold, found, text)));
            }
        }
        for (EntitySpan span : found) {
            if (!document.gold().contains(span)) {
                lines.add(line(set, document, system, span, overlapping(span, document.gold(), text)));
            }
        }
    }

    private static String line(String set, EntityDocument document, String side, EntitySpan span, String others) {
        return String.join(
                "\t",
                set,
                document.document().id(),
                side,
                span.type(),
                clean(covered(span.span(), document.document().text())),
                others);
    }

    private static String overlapping(EntitySpan span, List<EntitySpan> others, String text) {
        List<String> found = new ArrayList<>();
        for (EntitySpan other : others) {
            if (other.span().overlaps(span.span())) {
                found.add(other.type() + ":" + clean(covered(other.span(), text)));
            }
        }
        return String.join(" | ", found);
    }

    private static String covered(Span span, String text) {
        return text.substring(Math.max(0, span.start()), Math.min(text.length(), span.end()));
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }

    void write(Path file) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
