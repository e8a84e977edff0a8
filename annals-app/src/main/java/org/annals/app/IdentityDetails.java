package org.annals.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.annals.nlp.eval.IdentityMention;
import org.annals.nlp.eval.IdentityScorer;

/**
 * The identity scorer's alignment written out for error analysis: each gold entity with the actor id every one of
 * its mentions got, so a false split shows which mentions went where and a false merge which entities share an id.
 */
final class IdentityDetails {
    static final String NO_ACTOR = "-";

    private IdentityDetails() {}

    /** One line a gold mention, sorted by gold key, article and offset: key, kind, article, span, text, actor id. */
    static void write(Path file, List<IdentityMention> gold, List<String> labels) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> gold.get(i).key())
                .thenComparing(i -> gold.get(i).documentId())
                .thenComparingInt(i -> gold.get(i).span().start()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# key\tkind\tarticle\tstart-end\ttext\tactor id (" + NO_ACTOR + ": no actor)\n");
            for (int i : order) {
                out.write(line(gold.get(i), labels.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String line(IdentityMention mention, String label) {
        String actor = IdentityScorer.isSingleton(label) ? NO_ACTOR : label;
        return String.format(
                Locale.ROOT,
                "%s\t%s\t%s\t%d-%d\t%s\t%s%n",
                mention.key(),
                mention.kind(),
                mention.documentId(),
                mention.span().start(),
                mention.span().end(),
                mention.text().replace('\t', ' ').replace('\n', ' '),
                actor);
    }
}
