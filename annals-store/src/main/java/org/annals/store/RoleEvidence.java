package org.annals.store;

import java.time.LocalDate;

/**
 * Where a document states an actor's role: the evidence words ({@code [startOffset, endOffset)}) inside their
 * sentence ({@code [sentenceStart, sentenceEnd)}), offsets into the document's text, and the sentence itself.
 */
public record RoleEvidence(
        String docId,
        String title,
        LocalDate published,
        int startOffset,
        int endOffset,
        int sentenceStart,
        int sentenceEnd,
        String sentence) {}
