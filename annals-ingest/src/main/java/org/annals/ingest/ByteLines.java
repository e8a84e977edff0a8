package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a stream into lines of raw bytes, so each line can be decoded on its own (a bad line then costs one record,
 * not the whole file) and a line longer than the limit is skipped without being held in memory.
 */
final class ByteLines implements Iterator<ByteLines.Line> {
    /** One line; {@code bytes} is null when the line was longer than the limit, and {@code length} says how long. */
    record Line(int number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long maxBytes;
    private int number;
    private Line next;
    private boolean finished;

    ByteLines(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = readLine();
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line line = next;
        next = null;
        return line;
    }

    private Line readLine() {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            long length = 0;
            int b = in.read();
            if (b < 0) {
                finished = true;
                return null;
            }
            while (b >= 0 && b != '\n') {
                if (length < maxBytes) {
                    buffer.write(b);
                }
                length++;
                b = in.read();
            }
            number++;
            return new Line(number, length > maxBytes ? null : stripCarriageReturn(buffer.toByteArray()), length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] stripCarriageReturn(byte[] bytes) {
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }
}
