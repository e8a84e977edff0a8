package org.annals.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns file bytes into text, refusing binary data and undecodable bytes with a message a user can act on.
 *
 * <p>JSON is UTF-8 by definition ({@link #decode}). Text and HTML files ({@link #decodeDocument}) are read in the
 * character set named by a byte order mark, else (HTML) the one the page declares in its first bytes, else UTF-8 when
 * the bytes are valid UTF-8, else the legacy encoding {@link LegacyEncodingSniffer} finds plausible.
 */
final class TextDecoder {
    static final String WHAT_WE_READ = "Annals reads text, HTML, JSON Lines, RSS/Atom feeds and WARC/ARC archives";
    static final String BOM = "bom";
    static final String SNIFFED = "sniffed";
    // Real text has few control characters; a tenth is far beyond any editor's output.
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final int SNIFF_CHARS = 8192;

    private TextDecoder() {}

    /** UTF-8 (or UTF-16 with a byte order mark) only, as JSON requires. */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, false, false);
    }

    /** A text or HTML file: byte order mark, declaration (HTML only), UTF-8, then a legacy encoding. */
    static Decoded decodeDocument(byte[] bytes, boolean html) {
        return decode(bytes, html, true);
    }

    private static Decoded decode(byte[] bytes, boolean html, boolean legacy) {
        Optional<Decoded> utf16 = utf16(bytes);
        if (utf16.isPresent()) {
            return checkControls(utf16.get());
        }
        boolean utf8Bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        int start = utf8Bom ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return Decoded.problem("binary file (NUL bytes at offset " + i + "); " + WHAT_WE_READ);
            }
        }
        Utf8Scan scan = Utf8Scan.of(bytes, start);
        if (legacy && !utf8Bom && html) {
            Optional<Decoded> declared = declared(bytes, scan);
            if (declared.isPresent()) {
                return checkControls(declared.get());
            }
        }
        if (scan.isValid()) {
            return checkControls(Decoded.text(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)));
        }
        String invalid = "invalid UTF-8 at byte offset " + scan.firstInvalidOffset();
        if (!legacy || utf8Bom) {
            return Decoded.problem(invalid + "; save the file as UTF-8 (or UTF-16 with a byte order mark)");
        }
        if (scan.looksDamaged()) {
            return Decoded.problem(invalid + " (" + scan.invalidBytes() + " bad byte(s) among "
                    + scan.multiByteSequences() + " valid UTF-8 characters: the file looks damaged)");
        }
        return LegacyEncodingSniffer.sniff(bytes)
                .map(guess -> checkControls(Decoded.text(guess.text(), guess.label() + " (" + SNIFFED + ")")))
                .orElseGet(() -> Decoded.problem(invalid + ", and the bytes do not read as text in "
                        + LegacyEncodingSniffer.NAMES + "; save the file as UTF-8"));
    }

    /**
     * The page's own declaration, unless the bytes are valid UTF-8 with non-ASCII characters: such bytes are almost
     * never legacy text, and pages re-saved as UTF-8 often keep a stale declaration.
     */
    private static Optional<Decoded> declared(byte[] bytes, Utf8Scan scan) {
        Optional<DeclaredCharset.Declaration> declaration = DeclaredCharset.find(bytes, 0);
        if (declaration.isEmpty() || declaration.get().charset().equals(StandardCharsets.UTF_8)) {
            return Optional.empty();
        }
        if (scan.isValid() && scan.multiByteSequences() > 0) {
            return Optional.empty();
        }
        Charset charset = declaration.get().charset();
        return LegacyEncodingSniffer.strictDecode(bytes, charset)
                .map(text -> Decoded.text(
                        text, charset.name() + " (" + declaration.get().origin() + ")"));
    }

    private static Optional<Decoded> utf16(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(Decoded.text(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE (" + BOM + ")"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(Decoded.text(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE (" + BOM + ")"));
        }
        return Optional.empty();
    }

    private static Decoded checkControls(Decoded decoded) {
        double controlShare = controlShare(decoded.text());
        if (controlShare > MAX_CONTROL_SHARE) {
            return Decoded.problem(
                    "binary file (" + Math.round(controlShare * 100) + "% control characters); " + WHAT_WE_READ);
        }
        return decoded;
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
