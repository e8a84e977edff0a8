package org.annals.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character set a page declares for itself in its first bytes: {@code <meta charset>}, {@code <meta
 * http-equiv=Content-Type content="...; charset=...">} or an XML declaration. Labels are mapped the way browsers
 * map them (ISO-8859-1 to windows-1252, GB2312 and GBK to GB18030, Shift_JIS to its Microsoft superset), since
 * pages are written for browsers.
 */
final class DeclaredCharset {
    static final String META = "meta";
    static final String XML = "xml-declaration";
    // Browsers look at the first 1024 bytes; long inline scripts push declarations a little further on real pages.
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> BROWSER_LABELS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("gb2312", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("chinese", "GB18030"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("ms_kanji", "windows-31j"));

    private DeclaredCharset() {}

    record Declaration(Charset charset, String origin) {}

    static Optional<Declaration> find(byte[] bytes, int start) {
        String head =
                new String(bytes, start, Math.min(PRESCAN_BYTES, bytes.length - start), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return charset(xml.group(1)).map(c -> new Declaration(c, XML));
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? charset(meta.group(1)).map(c -> new Declaration(c, META)) : Optional.empty();
    }

    /** The charset a label stands for in a page; empty for a label Java does not know. */
    static Optional<Charset> charset(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("utf-16") || key.startsWith("utf16")) {
            // Bytes that spell an ASCII declaration are not UTF-16; browsers read such pages as UTF-8.
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(BROWSER_LABELS.getOrDefault(key, key)));
        } catch (IllegalArgumentException unknownOrUnsupported) {
            return Optional.empty();
        }
    }
}
