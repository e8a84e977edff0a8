package org.annals.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Legacy-encoded text and HTML decode correctly, and the charset and how it was found are recorded. */
class CharsetDetectionTest {
    static final String RUSSIAN = "Правительство объявило в понедельник о новых мерах поддержки сельского хозяйства"
            + " после засухи, которая уничтожила часть урожая. «Это слишком поздно», — заявил депутат.";
    // KOI8-R has no guillemets or dashes.
    static final String RUSSIAN_KOI8 =
            RUSSIAN.replace("«", "\"").replace("»", "\"").replace("—", "-");
    static final String CHINESE = "政府星期一宣布了支持农业的新措施，因为干旱毁坏了部分收成。专家认为这些措施来得太晚了。";
    static final String JAPANESE = "政府は月曜日、干ばつで収穫の一部が失われたことを受けて、農業を支援する新たな対策を発表した。" + "専門家はこの対策は遅すぎると述べている。";
    static final String FRENCH =
            "Le gouvernement a annoncé lundi de nouvelles mesures pour soutenir l'agriculture après"
                    + " une sécheresse qui a détruit une partie des récoltes. « C'est trop tard », a déclaré un député à"
                    + " l'Assemblée.";
    static final String GERMAN =
            "Die Regierung kündigte am Montag neue Maßnahmen für die Landwirtschaft an – „zu spät“,"
                    + " sagten Kritiker. Die Dürre kostete 300 € je Hektar.";

    private final SourceReader reader = new SourceReader();

    @TempDir
    Path dir;

    private SourceRecord readRecord(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        List<SourceItem> items;
        try (var stream = reader.read(List.of(file))) {
            items = stream.toList();
        }
        assertEquals(1, items.size(), items.toString());
        return assertInstanceOf(SourceRecord.class, items.get(0), items.toString());
    }

    private SourceError readError(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        try (var stream = reader.read(List.of(file))) {
            List<SourceItem> items = stream.toList();
            assertEquals(1, items.size(), items.toString());
            return assertInstanceOf(SourceError.class, items.get(0), items.toString());
        }
    }

    private void assertSniffed(String text, String charset, String label) throws IOException {
        SourceRecord record = readRecord("article.txt", text.getBytes(Charset.forName(charset)));
        assertEquals(text, record.content());
        assertEquals("charset=" + label + " (sniffed)", record.metadataSources());
    }

    @Test
    void russianInWindows1251() throws IOException {
        assertSniffed(RUSSIAN, "windows-1251", "windows-1251");
    }

    @Test
    void russianInKoi8r() throws IOException {
        assertSniffed(RUSSIAN_KOI8, "KOI8-R", "KOI8-R");
    }

    @Test
    void chineseInGb18030() throws IOException {
        assertSniffed(CHINESE, "GB18030", "GB18030");
    }

    @Test
    void chineseInGb2312() throws IOException {
        assertSniffed(CHINESE, "GB2312", "GB18030");
    }

    @Test
    void japaneseInShiftJis() throws IOException {
        assertSniffed(JAPANESE, "Shift_JIS", "Shift_JIS");
    }

    @Test
    void frenchInLatin1() throws IOException {
        assertSniffed(FRENCH, "ISO-8859-1", "windows-1252");
    }

    @Test
    void germanInWindows1252WithEuroAndQuotes() throws IOException {
        assertSniffed(GERMAN, "windows-1252", "windows-1252");
    }

    @Test
    void shortTextsStillDecode() throws IOException {
        assertSniffed("Café", "ISO-8859-1", "windows-1252");
        assertSniffed("Привет, мир", "windows-1251", "windows-1251");
        assertSniffed("Привет, мир", "KOI8-R", "KOI8-R");
    }

    @Test
    void utf8IsReadAsUtf8AndNotRecorded() throws IOException {
        SourceRecord record = readRecord("utf8.txt", RUSSIAN.getBytes(StandardCharsets.UTF_8));
        assertEquals(RUSSIAN, record.content());
        assertEquals("", record.metadataSources());
    }

    @Test
    void htmlMetaCharsetIsUsed() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><p>" + RUSSIAN
                + "</p></body></html>";
        SourceRecord record = readRecord("page.html", page.getBytes(Charset.forName("windows-1251")));
        assertEquals(page, record.content());
        assertEquals("charset=windows-1251 (meta)", record.metadataSources());
    }

    @Test
    void htmlHttpEquivContentTypeIsUsed() throws IOException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
                + "</head><body><p>" + RUSSIAN_KOI8 + "</p></body></html>";
        SourceRecord record = readRecord("page.htm", page.getBytes(Charset.forName("KOI8-R")));
        assertEquals(page, record.content());
        assertEquals("charset=KOI8-R (meta)", record.metadataSources());
    }

    @Test
    void gb2312DeclarationReadsAsGb18030AndShiftJisAsItsMicrosoftSuperset() throws IOException {
        String chinese = "<html><head><meta charset=gb2312></head><body><p>" + CHINESE + "</p></body></html>";
        SourceRecord zh = readRecord("zh.html", chinese.getBytes(Charset.forName("GB2312")));
        assertEquals(chinese, zh.content());
        assertEquals("charset=GB18030 (meta)", zh.metadataSources());
        String japanese = "<html><head><meta charset=\"Shift_JIS\"></head><body><p>" + JAPANESE + "</p></body></html>";
        SourceRecord ja = readRecord("ja.html", japanese.getBytes(Charset.forName("Shift_JIS")));
        assertEquals(japanese, ja.content());
        assertEquals("charset=windows-31j (meta)", ja.metadataSources());
    }

    @Test
    void staleDeclarationLosesToValidUtf8() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + RUSSIAN + "</p></body></html>";
        SourceRecord record = readRecord("resaved.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(page, record.content());
        assertEquals("", record.metadataSources());
    }

    @Test
    void wrongDeclarationFallsBackToSniffing() throws IOException {
        String page = "<html><head><meta charset=\"Shift_JIS\"></head><body><p>" + FRENCH + "</p></body></html>";
        SourceRecord record = readRecord("wrong.html", page.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(page, record.content());
        assertEquals("charset=windows-1252 (sniffed)", record.metadataSources());
    }

    @Test
    void damagedUtf8IsAnErrorNotMojibake() throws IOException {
        byte[] good = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(good, good.length + 1);
        damaged[good.length] = (byte) 0xFF;
        SourceError error = readError("damaged.txt", damaged);
        assertTrue(error.message().contains("invalid UTF-8 at byte offset " + good.length), error.message());
        assertTrue(error.message().contains("looks damaged"), error.message());
    }

    @Test
    void bytesThatAreNoTextInAnySupportedEncodingAreAnError() throws IOException {
        byte[] noise = new byte[600];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        SourceError error = readError("noise.txt", noise);
        assertTrue(error.message().contains("invalid UTF-8 at byte offset 0"), error.message());
        assertTrue(error.message().contains("do not read as text in windows-1251, KOI8-R"), error.message());
    }

    @Test
    void jsonLinesStayUtf8Only() throws IOException {
        Path file = Files.write(
                dir.resolve("records.jsonl"),
                ("{\"id\":\"a\",\"text\":\"" + FRENCH.replace("'", "") + "\"}\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        try (var stream = reader.read(List.of(file))) {
            SourceError error =
                    assertInstanceOf(SourceError.class, stream.toList().get(0));
            assertTrue(error.message().contains("invalid UTF-8"), error.message());
        }
    }

    @Test
    void utf16WithByteOrderMarkIsRecorded() throws IOException {
        byte[] body = RUSSIAN.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        SourceRecord record = readRecord("utf16.txt", bytes);
        assertEquals(RUSSIAN, record.content());
        assertFalse(record.metadataSources().isEmpty());
        assertEquals("charset=UTF-16LE (bom)", record.metadataSources());
    }

    @Test
    void archivedPageWithoutHttpCharsetUsesItsMetaDeclaration() {
        String page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + RUSSIAN + "</p></body></html>";
        Decoded decoded = ArchiveRecords.decodeWithCharset(
                page.getBytes(Charset.forName("windows-1251")), org.netpreserve.jwarc.MediaType.parse("text/html"));
        assertEquals(page, decoded.text());
        assertEquals("windows-1251 (meta)", decoded.charset());
        Decoded fromHeader = ArchiveRecords.decodeWithCharset(
                RUSSIAN_KOI8.getBytes(Charset.forName("KOI8-R")),
                org.netpreserve.jwarc.MediaType.parse("text/html; charset=KOI8-R"));
        assertEquals(RUSSIAN_KOI8, fromHeader.text());
        assertEquals("KOI8-R (http)", fromHeader.charset());
    }

    @Test
    void aLanguageGivenInAJsonRecordIsKeptWithItsOrigin() throws IOException {
        Path file = Files.writeString(
                dir.resolve("records.jsonl"),
                "{\"id\":\"a\",\"text\":\"Bonjour.\",\"language\":\"fr\"}\n",
                StandardCharsets.UTF_8);
        try (var stream = reader.read(List.of(file))) {
            SourceRecord record =
                    assertInstanceOf(SourceRecord.class, stream.toList().get(0));
            assertEquals("fr", record.metadata().language());
            assertEquals("language=record", record.metadataSources());
        }
    }
}
