package org.annals.store;

/**
 * A further telling of a stored event's happening in its article: the offsets of its sentence in the document text and
 * the sentence as stored, as {@code /api/documents/{id}} and the exports give it.
 */
public record EventMention(int start, int end, String text) {
    public EventMention {
        text = text == null ? "" : text;
    }
}
