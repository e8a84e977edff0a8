package org.annals.coding;

import org.annals.core.Document;
import org.annals.core.Sentence;

/**
 * The sentences around an act in which its implied agent may be named. An article may tell of arrests or trials in
 * several places; only police or a court named around this one is likely its agent ("Police cordoned off the
 * street. Two men were detained."), not those of a case told paragraphs away.
 */
final class SentenceWindow {
    private static final int SENTENCES_BEFORE = 3;
    private static final int SENTENCES_AFTER = 2;

    private final Document document;

    SentenceWindow(Document document) {
        this.document = document;
    }

    /** Whether the actor is named within a few sentences of the sentence with this index. */
    boolean namedNear(String actorId, int sentence) {
        return document.mentions().stream()
                .filter(m -> m.actorId().equals(actorId))
                .map(m -> sentenceOf(m.span().start()))
                .anyMatch(s -> s >= sentence - SENTENCES_BEFORE && s <= sentence + SENTENCES_AFTER);
    }

    /** The index of the sentence at this character offset, or -1 outside every sentence. */
    int sentenceOf(int offset) {
        return document.sentenceAt(offset).map(Sentence::index).orElse(-1);
    }
}
