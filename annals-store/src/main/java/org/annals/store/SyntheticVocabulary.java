package org.annals.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The event sentence templates of the synthetic store (synthetic-events.tsv), drawn by weight. */
final class SyntheticVocabulary {
    private static final String RESOURCE = "/org/annals/store/synthetic-events.tsv";

    /** One way to state an event: "{S} met {T} ...", with the word that triggers it. */
    record Template(String type, String mode, String trigger, String text) {
        /** The sentence, without the final stop, and where the source, target and trigger stand in it. */
        Filled fill(String source, String target) {
            int sourceSlot = text.indexOf("{S}");
            int targetSlot = text.indexOf("{T}");
            int triggerSlot = text.indexOf(trigger, sourceSlot + 3);
            int shift = source.length() - 3;
            int targetAt = targetSlot + shift;
            int triggerAt = triggerSlot + shift + (triggerSlot > targetSlot ? target.length() - 3 : 0);
            String sentence = text.replace("{S}", source).replace("{T}", target);
            return new Filled(sentence, sourceSlot, targetAt, triggerAt);
        }
    }

    record Filled(String sentence, int sourceAt, int targetAt, int triggerAt) {}

    private final List<Template> templates = new ArrayList<>();
    private final List<Integer> cumulativeWeights = new ArrayList<>();
    private int totalWeight;

    static SyntheticVocabulary standard() {
        SyntheticVocabulary vocabulary = new SyntheticVocabulary();
        for (String[] row : rows()) {
            Template template = new Template(row[0], row[1], row[3], row[4]);
            if (!row[4].startsWith("{S}") || !row[4].contains("{T}") || row[4].indexOf(row[3], 3) < 0) {
                throw new IllegalStateException(RESOURCE + ": a template starts with {S}, holds {T} and its trigger '"
                        + row[3] + "': " + row[4]);
            }
            vocabulary.templates.add(template);
            vocabulary.totalWeight += Integer.parseInt(row[2]);
            vocabulary.cumulativeWeights.add(vocabulary.totalWeight);
        }
        return vocabulary;
    }

    Template draw(SplittableRandom random) {
        int point = random.nextInt(totalWeight);
        for (int i = 0; i < templates.size(); i++) {
            if (point < cumulativeWeights.get(i)) {
                return templates.get(i);
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static List<String[]> rows() {
        InputStream in = SyntheticVocabulary.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing data file " + RESOURCE);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    if (cells.length != 5) {
                        throw new IllegalStateException(RESOURCE + ": expected 5 columns: " + line);
                    }
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
