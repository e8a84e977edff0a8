package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.core.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnalsActorTsvTest {
    @TempDir
    Path dir;

    private static List<ActorDictionaryEntry> read(String... lines) {
        return AnnalsActorTsv.read("actors.tsv", List.of(lines));
    }

    private static String failure(String... lines) {
        return assertThrows(IllegalArgumentException.class, () -> read(lines)).getMessage();
    }

    @Test
    void readsEveryKindWithAliases() {
        List<ActorDictionaryEntry> entries = read(
                "# name, code, kind, country, aliases",
                "Arnor\tARN\tcountry\t\tNorth Kingdom|Arthedain",
                "Council of Arnor\tARN.GOV\tgovernment\tARN",
                "",
                "Rangers of the North\torg:rangers-of-the-north\torganisation\tARN",
                "Aragorn\tperson:aragorn\tperson\tARN",
                "White Council\tIGO.WHC\tigo");
        assertEquals(5, entries.size());
        assertEquals(
                new KbEntry("ARN", "Arnor", ActorKind.COUNTRY, "ARN", "", KbEntry.Use.NAME),
                entries.get(0).entry());
        assertEquals(
                List.of("Arnor", "North Kingdom", "Arthedain"), entries.get(0).names());
        assertEquals(ActorKind.GOVERNMENT, entries.get(1).entry().kind());
        assertEquals("GOV", entries.get(1).entry().sector());
        assertEquals("ARN", entries.get(3).entry().country());
        assertEquals(ActorKind.IGO, entries.get(4).entry().kind());
    }

    @Test
    void unknownKindListsTheValidKinds() {
        String message = failure("# header", "Arnor\tARN\tkingdom\t");
        assertTrue(message.contains("actors.tsv, line 2"), message);
        assertTrue(message.contains("unknown kind 'kingdom'"), message);
        assertTrue(message.contains("country, government, organisation, igo, region, group"), message);
    }

    @Test
    void tooFewColumnsIsMalformed() {
        String message = failure("Arnor ARN country");
        assertTrue(message.contains("line 1") && message.contains("expected 3 to 5"), message);
    }

    @Test
    void codeMustFitItsKind() {
        String message = failure("Arnor\tarnor\tcountry\t");
        assertTrue(message.contains("code 'arnor' does not fit kind country"), message);
        assertTrue(message.contains("three capital letters"), message);
    }

    @Test
    void countryMayNotContradictTheCode() {
        String message = failure("Council of Arnor\tARN.GOV\tgovernment\tGON");
        assertTrue(message.contains("contradicts code 'ARN.GOV'"), message);
    }

    @Test
    void emptyNameIsRefused() {
        assertTrue(failure("\tARN\tcountry\t").contains("the name is empty"));
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("none.tsv");
        String message = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.read(List.of(missing)))
                .getMessage();
        assertTrue(message.contains(missing.toString()) && message.contains("no such file"), message);
    }

    @Test
    void formatIsChosenByExtensionOrTab() throws IOException {
        Path tsv = Files.writeString(dir.resolve("mine.txt"), "Arnor\tARN\tcountry\t\n");
        Path cameo = Files.writeString(dir.resolve("cameo.txt"), "ARNOR [ARN]\n");
        ActorDictionary both = ActorDictionary.read(List.of(tsv, cameo));
        assertEquals(List.of("Arnor"), both.entries().get(0).names());
        assertEquals(List.of("Arnor", "ARNOR"), both.entries().get(1).names());
    }
}
