package org.annals.app;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * GDELT wants an integer event id; ours is text ({@code <16 hex digits of the document id>:<local id>}). The integer
 * is the first 53 bits of the SHA-256 of our id: stable across runs and machines, positive, and exact in a JSON or
 * JavaScript double; a million events collide with a chance of about one in ten thousand.
 */
final class GdeltEventId {
    private GdeltEventId() {}

    static long of(String eventId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong() >>> 11;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256, which every Java platform must have", e);
        }
    }
}
