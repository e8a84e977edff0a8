package org.annals.core;

import java.util.Objects;

/**
 * One token with its linguistic annotation. {@code head} is the index (in the document's token list) of the
 * syntactic head, or -1 for the sentence root or when no parse was made; {@code deprel} is the Universal
 * Dependencies relation to that head. Empty strings mean "not annotated".
 */
public record Token(
        int index,
        Span span,
        String word,
        String lemma,
        String pos,
        String ner,
        int sentence,
        int head,
        String deprel) {
    public Token {
        Objects.requireNonNull(span, "span");
        word = nonNull(word);
        lemma = nonNull(lemma);
        pos = nonNull(pos);
        ner = nonNull(ner);
        deprel = nonNull(deprel);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** A finite verb or a modal (VBD, VBZ, VBP, MD): a word that makes its words a clause. */
    public boolean isFiniteVerb() {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    /** An opening or closing quotation mark as the tagger tags it (`` and ''), whatever character the text has. */
    public boolean isQuotationMark() {
        return pos.equals("``") || pos.equals("''");
    }

    /** A plural common or proper noun (NNS, NNPS). */
    public boolean isPluralNoun() {
        return pos.equals("NNS") || pos.equals("NNPS");
    }
}
