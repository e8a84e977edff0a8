package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.ActorKind;
import org.junit.jupiter.api.Test;

class CameoActorFileTest {
    private static List<ActorDictionaryEntry> read(String text) {
        return CameoActorFile.read("actors.txt", text.lines().toList());
    }

    private static String failure(String text) {
        return assertThrows(IllegalArgumentException.class, () -> read(text)).getMessage();
    }

    private static KbEntry entryNamed(List<ActorDictionaryEntry> entries, String name) {
        return entries.stream()
                .filter(e -> e.names().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + name + " in " + entries))
                .entry();
    }

    @Test
    void readsNamesSynonymsAndCodeLines() {
        List<ActorDictionaryEntry> entries = read("""
            <!-- a comment block
            # still a comment -->
            <! -- PETRARCH's spaced comment -->
            NEW_ZEALAND [NZE]  # jw 9/10/91
            GONDOR [GON]
            +MINAS_TIRITH
            RADAGAST THE_BROWN
            \t[RAD]
            THE_SHIRE  [FRO/BIL]
            HAMID_KARZAI_  ; CountryInfo.txt
            +PRESIDENT_KARZAI_
            \t[AFGELI 750101-000101]
            \t[AFGGOV >011222]
            """);
        assertEquals(List.of("New Zealand", "NEW ZEALAND"), entries.get(0).names());
        assertEquals(
                List.of("Gondor", "GONDOR", "Minas Tirith", "MINAS TIRITH"),
                entries.get(1).names());
        assertEquals(
                new KbEntry("GON", "Gondor", ActorKind.COUNTRY, "GON", "", KbEntry.Use.NAME),
                entries.get(1).entry());
        assertEquals("RAD", entryNamed(entries, "Radagast the Brown").id());
        assertEquals("FRO", entryNamed(entries, "Shire").id());
        assertEquals("AFG.GOV", entryNamed(entries, "President Karzai").id());
    }

    @Test
    void takesTheUndatedCodeElseTheLatest() {
        List<ActorDictionaryEntry> entries = read("""
            GOLLUM
            +SMEAGOL
            \t[HOB <950601]
            \t[HOBGOV 19950601 - 19990815]
            \t[HOBREB >990816]
            ZIMBABWE
            \t[RHO <790606]
            \t[ZBW]
            """);
        assertEquals("org:HOB:gollum", entryNamed(entries, "Smeagol").id());
        assertEquals("REB", entryNamed(entries, "Gollum").sector());
        assertEquals("ZBW", entryNamed(entries, "Zimbabwe").id());
    }

    @Test
    void sectorsBecomeGovernmentsBodiesAndIgos() {
        List<ActorDictionaryEntry> entries = read("""
            MICHEL_DELVING [SHRGOV]
            ITHILEN MILITARY  [ITHMIL]
            EUROPEAN_UNION [IGOEEU]
            AMNESTY_INTERNATIONAL [NGM]
            BOROMIR  [---]
            MUHAMMAD_AL-BARADEI_\t[IGOUNOIAE 971201-091130][EGYOPP]\t; IAEA
            MANFRED_WÖRNER_\t[IGOWSTNAT 880701-940813]
            """);
        assertEquals(
                new KbEntry("SHR.GOV", "Michel Delving", ActorKind.GOVERNMENT, "SHR", "GOV", KbEntry.Use.NAME),
                entryNamed(entries, "Michel Delving"));
        assertEquals("org:ITH:military", entryNamed(entries, "Ithilen Military").id());
        assertEquals("IGO.EEU", entryNamed(entries, "European Union").id());
        assertEquals(
                ActorKind.ORGANISATION,
                entryNamed(entries, "Amnesty International").kind());
        assertEquals(
                "org:EGY:muhammad-al-baradei",
                entryNamed(entries, "Muhammad Al-Baradei").id());
        assertEquals("IGO.WSTNAT", entryNamed(entries, "Manfred Wörner").id());
        assertEquals(6, entries.size(), "the null code --- codes nothing");
    }

    @Test
    void synonymWithoutANameAboveIsMalformed() {
        String message = failure("# header\n+SMEAGOL\n");
        assertTrue(message.contains("actors.txt, line 2") && message.contains("no name line above"), message);
    }

    @Test
    void entryWithoutCodeIsNamed() {
        String message = failure("GONDOR\nROHAN [ROH]\n");
        assertTrue(message.contains("line 1") && message.contains("'GONDOR' has no [CODE]"), message);
    }

    @Test
    void badDateListsTheValidForms() {
        String message = failure("GONDOR [GON ~1995]\n");
        assertTrue(message.contains("line 1") && message.contains("valid code forms"), message);
    }

    @Test
    void badNameIsMalformed() {
        String message = failure("GONDOR [GON]\n[ROH]\n");
        assertTrue(message.contains("line 2") && message.contains("is no name"), message);
    }

    @Test
    void badCodeIsMalformed() {
        String message = failure("GONDOR [G]\n");
        assertTrue(message.contains("code 'G'"), message);
    }
}
