package org.annals.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Documents built by hand from "word/POS[/NER[/head/deprel]]" items (head: index in the sentence, -1 for root), joined
 * by single spaces. Sentences of a paragraph are joined by a space, paragraphs by a newline; each paragraph is one
 * body block.
 */
final class HandDocuments {
    private HandDocuments() {}

    /** A one-sentence document. */
    static Document of(LocalDate published, String... items) {
        return paragraphs(published, List.of(List.of(String.join(" ", items))));
    }

    /** One paragraph; each argument is a sentence of space-separated items. */
    static Document sentences(LocalDate published, String... sentences) {
        return paragraphs(published, List.of(List.of(sentences)));
    }

    static Document paragraphs(LocalDate published, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int blockStart = text.length();
            for (String sentence : paragraph) {
                if (text.length() > blockStart) {
                    text.append(' ');
                }
                addSentence(text, sentence.split(" "), tokens, sentences);
            }
            blocks.add(new Block(new Span(blockStart, text.length()), BlockKind.BODY, ""));
        }
        Metadata metadata = new Metadata("", "", "", published, "en");
        return Document.of("hand", new Provenance("test", "", "", ""), metadata, text.toString())
                .withBlocks(blocks)
                .withSentencesAndTokens(sentences, tokens, Layer.POS, Layer.LEMMAS, Layer.NER, Layer.DEPENDENCIES);
    }

    private static void addSentence(StringBuilder text, String[] items, List<Token> tokens, List<Sentence> sentences) {
        int first = tokens.size();
        int sentenceStart = text.length();
        for (String item : Arrays.stream(items).filter(i -> !i.isEmpty()).toList()) {
            String[] parts = item.split("/", -1);
            if (text.length() > sentenceStart) {
                text.append(' ');
            }
            int start = text.length();
            text.append(parts[0]);
            String ner = parts.length > 2 ? parts[2] : "O";
            int head = parts.length > 3 ? Integer.parseInt(parts[3]) : -1;
            String deprel = parts.length > 4 ? parts[4] : "";
            tokens.add(new Token(
                    tokens.size(),
                    new Span(start, text.length()),
                    parts[0],
                    lemma(parts[0], parts[1]),
                    parts[1],
                    ner,
                    sentences.size(),
                    head < 0 ? -1 : first + head,
                    deprel));
        }
        sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, text.length()), first, tokens.size()));
    }

    private static String lemma(String word, String pos) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (pos.equals("NNS") && lower.endsWith("s")) {
            return lower.substring(0, lower.length() - 1);
        }
        return switch (lower) {
            case "said", "says" -> "say";
            case "lauded" -> "laud";
            case "hailed" -> "hail";
            case "stressed" -> "stress";
            case "denounced" -> "denounce";
            case "told" -> "tell";
            case "tweeted" -> "tweet";
            case "wrote" -> "write";
            case "maintained" -> "maintain";
            case "adding" -> "add";
            case "encouraged" -> "encourage";
            case "announced", "announcing" -> "announce";
            case "named" -> "name";
            case "concluded" -> "conclude";
            case "saying" -> "say";
            case "reported" -> "report";
            case "insists" -> "insist";
            case "urged" -> "urge";
            case "called", "calls" -> "call";
            case "attacked" -> "attack";
            case "citing" -> "cite";
            case "was", "were", "is", "are" -> "be";
            case "scheduled" -> "schedule";
            case "warned" -> "warn";
            case "calling" -> "call";
            case "continued" -> "continue";
            case "refers" -> "refer";
            case "urging" -> "urge";
            case "expressed" -> "express";
            case "cautioned" -> "caution";
            case "claimed" -> "claim";
            case "claiming" -> "claim";
            case "held" -> "hold";
            case "filed" -> "file";
            case "agreeing" -> "agree";
            case "suggesting", "suggested" -> "suggest";
            case "confirmed" -> "confirm";
            case "informed" -> "inform";
            case "declared" -> "declare";
            case "decided" -> "decide";
            case "determined" -> "determine";
            case "agreed" -> "agree";
            case "countered" -> "counter";
            case "speculated" -> "speculate";
            case "felt" -> "feel";
            case "accusing" -> "accuse";
            case "described" -> "describe";
            case "deemed" -> "deem";
            case "considered" -> "consider";
            case "recalled" -> "recall";
            case "remarked" -> "remark";
            case "noted" -> "note";
            case "regarded" -> "regard";
            case "viewed", "viewing" -> "view";
            case "criticised" -> "criticise";
            case "ruled" -> "rule";
            case "indicated" -> "indicate";
            case "stated" -> "state";
            case "estimated" -> "estimate";
            case "insisting" -> "insist";
            case "reads", "reading" -> "read";
            case "arguing", "argued" -> "argue";
            case "finding" -> "find";
            case "identified" -> "identify";
            case "arrested" -> "arrest";
            case "accused" -> "accuse";
            case "referred" -> "refer";
            case "reaffirmed" -> "reaffirm";
            case "recommended" -> "recommend";
            case "proposed" -> "propose";
            case "projected" -> "project";
            case "mentioned" -> "mention";
            case "published" -> "publish";
            case "released" -> "release";
            case "alleges", "alleging" -> "allege";
            case "quoted" -> "quote";
            case "cited" -> "cite";
            case "stating" -> "state";
            case "posted" -> "post";
            default -> lower;
        };
    }
}
