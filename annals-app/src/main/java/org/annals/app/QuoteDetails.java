package org.annals.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.nlp.eval.QuoteScorer;
import org.annals.nlp.eval.ScoredQuote;

/** Per-article list of what one system got wrong: missed gold quotes, wrong speakers, spurious quotes. */
final class QuoteDetails {
    private QuoteDetails() {}

    static void write(Path file, String system, Set<String> documentIds, QuoteScorer.Result result) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# " + system + ": per-article errors (missed, wrong speaker, spurious)\n");
            for (String id : documentIds) {
                out.write("\n== " + id + "\n");
                for (QuoteScorer.Pair pair : pairsOf(id, result)) {
                    if (pair.system() == null) {
                        out.write(line("missed", pair.gold(), null));
                    } else if (!pair.speakerCorrect()) {
                        out.write(line("speaker", pair.gold(), pair.system()));
                    }
                }
                for (ScoredQuote spurious : result.spurious()) {
                    if (spurious.documentId().equals(id)) {
                        out.write(line("spurious", null, spurious));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static List<QuoteScorer.Pair> pairsOf(String id, QuoteScorer.Result result) {
        return result.pairs().stream()
                .filter(p -> p.gold().documentId().equals(id))
                .toList();
    }

    private static String line(String what, ScoredQuote gold, ScoredQuote system) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s", what));
        if (gold != null) {
            line.append(String.format(
                    Locale.ROOT,
                    " gold %s %d-%d [%s|%s]",
                    gold.kind(),
                    gold.span().start(),
                    gold.span().end(),
                    gold.speakerName(),
                    gold.speakerKey()));
        }
        if (system != null) {
            line.append(String.format(
                    Locale.ROOT,
                    " system %s %d-%d [%s|%s]",
                    system.kind(),
                    system.span().start(),
                    system.span().end(),
                    system.speakerName(),
                    system.speakerKey()));
        }
        String text = (gold != null ? gold : system).text().replace('\n', ' ');
        line.append(": ").append(text.length() > 100 ? text.substring(0, 100) + "..." : text);
        return line.append('\n').toString();
    }
}
