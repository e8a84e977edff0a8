package org.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns file bytes into text, refusing binary data and invalid UTF-8 with a message a user can act on. */
final class TextDecoder {
    static final String WHAT_WE_READ = "Annals reads text, HTML, JSON Lines, RSS/Atom feeds and WARC/ARC archives";
    // Real text has few control characters; a tenth is far beyond any editor's output.
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final int SNIFF_CHARS = 8192;

    private TextDecoder() {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Decoded.text(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Decoded.text(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Decoded.problem("binary file (NUL bytes at offset " + i + "); " + WHAT_WE_READ);
            }
        }
        Decoded utf8 = strictUtf8(bytes, start);
        if (!utf8.ok()) {
            return utf8;
        }
        double controlShare = controlShare(utf8.text());
        if (controlShare > MAX_CONTROL_SHARE) {
            return Decoded.problem(
                    "binary file (" + Math.round(controlShare * 100) + "% control characters); " + WHAT_WE_READ);
        }
        return utf8;
    }

    private static Decoded strictUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return Decoded.problem("invalid UTF-8 at byte offset " + in.position()
                    + "; save the file as UTF-8 (or UTF-16 with a byte order mark)");
        }
        decoder.flush(out);
        return Decoded.text(out.flip().toString());
    }

    private static double controlShare(String text) {
        int length = Math.min(text.length(), SNIFF_CHARS);
        if (length == 0) {
            return 0;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / length;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
