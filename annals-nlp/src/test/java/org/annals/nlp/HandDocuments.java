package org.annals.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Layer;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * One-sentence documents built by hand from "word/POS[/NER[/head/deprel]]" items (head: index in the sentence,
 * -1 for root), joined by single spaces.
 */
final class HandDocuments {
    private HandDocuments() {}

    static Document of(LocalDate published, String... items) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].split("/", -1);
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            String ner = parts.length > 2 ? parts[2] : "O";
            int head = parts.length > 3 ? Integer.parseInt(parts[3]) : -1;
            String deprel = parts.length > 4 ? parts[4] : "";
            tokens.add(new Token(
                    i,
                    new Span(start, text.length()),
                    parts[0],
                    lemma(parts[0], parts[1]),
                    parts[1],
                    ner,
                    0,
                    head,
                    deprel));
        }
        Span all = new Span(0, text.length());
        Metadata metadata = new Metadata("", "", "", published, "en");
        return Document.of("hand", new Provenance("test", "", "", ""), metadata, text.toString())
                .withBlocks(List.of(new Block(all, BlockKind.BODY, "")))
                .withSentencesAndTokens(
                        List.of(new Sentence(0, all, 0, tokens.size())),
                        tokens,
                        Layer.POS,
                        Layer.NER,
                        Layer.DEPENDENCIES);
    }

    private static String lemma(String word, String pos) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (pos.equals("NNS") && lower.endsWith("s")) {
            return lower.substring(0, lower.length() - 1);
        }
        return switch (lower) {
            case "said", "says" -> "say";
            case "will" -> "will";
            case "scheduled" -> "schedule";
            default -> lower;
        };
    }
}
