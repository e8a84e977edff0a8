package org.annals.store;

import java.util.Objects;

/** What {@link AnnalsStore#put} did with a document. */
public record PutResult(Status status, String docId) {
    public enum Status {
        /** The document was new and is now stored and indexed. */
        STORED,
        /** A document with the same id (content hash) was already stored; nothing changed. */
        DUPLICATE
    }

    public PutResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(docId, "docId");
    }

    public static PutResult stored(String docId) {
        return new PutResult(Status.STORED, docId);
    }

    public static PutResult duplicate(String docId) {
        return new PutResult(Status.DUPLICATE, docId);
    }

    public boolean isStored() {
        return status == Status.STORED;
    }
}
