package org.annals.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Granularity;
import org.annals.core.Layer;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Quantity;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.TimeMention;
import org.annals.core.TimeRelation;
import org.annals.core.Token;

/**
 * Builds parsed Documents from compact CoNLL-like rows so tests need no models. Rows are
 * {@code index word lemma POS NER head deprel} (head 1-based in the sentence, 0 = root), whitespace-separated;
 * a blank line ends a sentence. Directives: {@code #id X}, {@code #title TEXT}, {@code #published 2025-09-02}, {@code #block KIND}
 * (starts a new block), and after a sentence's rows {@code #time FIRST-LAST VALUE GRANULARITY RELATION} (VALUE "-" for an unresolved one) and
 * {@code #quantity FIRST-LAST VALUE UNIT approx|exact} with 1-based token numbers of that sentence. Lines that
 * start with "# " are comments.
 */
final class ConllDocuments {
    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private String id = "doc";
    private LocalDate published;
    private String title = "";
    private BlockKind blockKind = BlockKind.BODY;
    private int blockStart = -1;
    private int sentenceStart;
    private Sentence pendingSentence;

    private ConllDocuments() {}

    static Document parse(String conll) {
        ConllDocuments builder = new ConllDocuments();
        for (String line : conll.split("\n", -1)) {
            builder.line(line.replace("\r", "").replaceAll("^ +| +$", ""));
        }
        return builder.build();
    }

    static Document resource(String name) {
        try {
            return parse(Files.readString(Path.of("src", "test", "resources", name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String line) {
        if (line.isEmpty()) {
            endSentence();
        } else if (line.startsWith("# ")) {
            return;
        } else if (line.startsWith("#id ")) {
            id = line.substring(4).strip();
        } else if (line.startsWith("#title ")) {
            title = line.substring(7).strip();
        } else if (line.startsWith("#published ")) {
            published = LocalDate.parse(line.substring(11).strip());
        } else if (line.startsWith("#block ")) {
            endSentence();
            endBlock();
            blockKind = BlockKind.valueOf(line.substring(7).strip().toUpperCase(Locale.ROOT));
        } else if (line.startsWith("#time ")) {
            time(line.substring(6).strip().split("\\s+"));
        } else if (line.startsWith("#quantity ")) {
            quantity(line.substring(10).strip().split("\\s+"));
        } else {
            // Tab-separated rows may hold words with spaces in them; hand-typed rows use any whitespace.
            rows.add(line.contains("\t") ? line.split("\t") : line.split("\\s+"));
        }
    }

    private void endSentence() {
        if (rows.isEmpty()) {
            return;
        }
        if (blockStart < 0) {
            blockStart = text.length();
        } else {
            text.append(' ');
        }
        sentenceStart = tokens.size();
        int sentenceIndex = sentences.size();
        int charStart = text.length();
        for (String[] row : rows) {
            if (text.length() > charStart) {
                text.append(' ');
            }
            int start = text.length();
            text.append(row[1]);
            int head = Integer.parseInt(row[5]);
            tokens.add(new Token(
                    tokens.size(),
                    new Span(start, text.length()),
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    sentenceIndex,
                    head == 0 ? -1 : sentenceStart + head - 1,
                    row[6]));
        }
        sentences.add(new Sentence(sentenceIndex, new Span(charStart, text.length()), sentenceStart, tokens.size()));
        pendingSentence = sentences.get(sentences.size() - 1);
        rows.clear();
    }

    private Span tokenRange(String range) {
        Sentence sentence = rows.isEmpty() ? pendingSentence : null;
        if (!rows.isEmpty()) {
            endSentence();
            sentence = pendingSentence;
        }
        String[] bounds = range.split("-");
        int first = sentence.firstToken() + Integer.parseInt(bounds[0]) - 1;
        int last = sentence.firstToken() + Integer.parseInt(bounds[1]) - 1;
        return new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    private void time(String[] cells) {
        Span span = tokenRange(cells[0]);
        times.add(new TimeMention(
                span,
                span.of(text.toString()),
                cells[1].equals("-") ? "" : cells[1],
                Granularity.valueOf(cells[2]),
                TimeRelation.valueOf(cells[3])));
    }

    private void quantity(String[] cells) {
        Span span = tokenRange(cells[0]);
        quantities.add(new Quantity(
                span, span.of(text.toString()), Double.parseDouble(cells[1]), cells[2], cells[3].equals("approx"), ""));
    }

    private void endBlock() {
        if (blockStart >= 0) {
            blocks.add(new Block(new Span(blockStart, text.length()), blockKind, "test"));
            text.append("\n\n");
            blockStart = -1;
        }
    }

    private Document build() {
        endSentence();
        endBlock();
        String body = text.toString();
        Metadata metadata = new Metadata("", "test", title, published, "en");
        Document document = Document.of(id, new Provenance("test", "conll", "", ""), metadata, body)
                .withBlocks(blocks)
                .withSentencesAndTokens(sentences, tokens, Layer.POS, Layer.LEMMAS, Layer.NER, Layer.DEPENDENCIES);
        return document.withMentions(List.of()).withTimes(times).withQuantities(quantities);
    }
}
