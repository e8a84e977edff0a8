package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Stage;
import org.annals.core.StageRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryStageTest {
    private static final String ARNOR = """
        1 Arnor Arnor NNP PERSON 2 nsubj
        2 met meet VBD O 0 root
        3 the the DT O 5 det
        4 Rangers Rangers NNPS ORGANIZATION 5 compound
        5 Council Council NNP ORGANIZATION 2 obj
        6 . . . O 2 punct
        """;

    @TempDir
    Path dir;

    private static final ActorDictionary DICTIONARY = ActorDictionary.of(List.of(
            new ActorDictionaryEntry(
                    List.of("Arnor"), new KbEntry("ARN", "Arnor", ActorKind.COUNTRY, "ARN", "", KbEntry.Use.NAME)),
            new ActorDictionaryEntry(
                    List.of("Rangers Council"),
                    new KbEntry("ARN.GOV", "Rangers Council", ActorKind.GOVERNMENT, "ARN", "GOV", KbEntry.Use.NAME))));

    private static Document resolve(Stage stage, String conll) {
        return stage.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static Actor actor(Document document, String id) {
        return document.actors().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + id + " in " + document.actors()));
    }

    @Test
    void dictionaryNamesWinOverNerGuesses() {
        Stage stage = new ActorStage(KnowledgeBase.standard().with(DICTIONARY));
        Document d = resolve(stage, ARNOR);
        assertEquals(ActorKind.COUNTRY, actor(d, "ARN").kind());
        Actor government = actor(d, "ARN.GOV");
        assertEquals("Government of Arnor", government.name());
        assertTrue(
                d.actors().stream().noneMatch(a -> a.id().startsWith("person:")),
                d.actors().toString());
    }

    @Test
    void aChunkTheTaggerRanOverTwoDictionaryNamesGivesBoth() {
        KnowledgeBase kb = KnowledgeBase.standard()
                .with(ActorDictionary.of(List.of(
                        new ActorDictionaryEntry(
                                List.of("White Council"),
                                new KbEntry("IGO.WHC", "White Council", ActorKind.IGO, "", "IGO", KbEntry.Use.NAME)),
                        new ActorDictionaryEntry(
                                List.of("Minas Tirith"),
                                new KbEntry("GON", "Gondor", ActorKind.COUNTRY, "GON", "", KbEntry.Use.NAME)))));
        Document d = resolve(new ActorStage(kb), """
            1 Aragorn Aragorn NNP PERSON 2 nsubj
            2 met meet VBD O 0 root
            3 the the DT O 5 det
            4 White White NNP ORGANIZATION 5 compound
            5 Council Council NNP ORGANIZATION 2 obj
            6 in in IN ORGANIZATION 8 case
            7 Minas Minas NNP ORGANIZATION 8 compound
            8 Tirith Tirith NNP ORGANIZATION 5 nmod
            9 . . . O 2 punct
            """);
        assertEquals(ActorKind.IGO, actor(d, "IGO.WHC").kind());
        assertEquals(ActorKind.COUNTRY, actor(d, "GON").kind());
    }

    @Test
    void aDictionaryNameInsideALongerNameStaysPartOfIt() {
        Stage stage = new ActorStage(KnowledgeBase.standard().with(DICTIONARY));
        Document d = resolve(stage, """
            1 Arnor Arnor NNP ORGANIZATION 2 compound
            2 Bank Bank NNP ORGANIZATION 3 nsubj
            3 failed fail VBD O 0 root
            4 . . . O 3 punct
            """);
        assertTrue(
                d.actors().stream().noneMatch(a -> a.id().equals("ARN")),
                d.actors().toString());
    }

    @Test
    void withoutTheDictionaryTheNameIsAGuess() {
        Document d = resolve(new ActorStage(), ARNOR);
        assertTrue(
                d.actors().stream().noneMatch(a -> a.id().equals("ARN")),
                d.actors().toString());
    }

    @Test
    void theSameEntryGivesTheSameIdInEveryDocument() {
        Stage stage = new ActorStage(KnowledgeBase.standard().with(DICTIONARY));
        Document second = resolve(stage, """
            1 Officials official NNS O 3 nsubj
            2 in in IN O 3 case
            3 Arnor Arnor NNP LOCATION 0 root
            4 . . . O 3 punct
            """);
        assertEquals("Arnor", actor(resolve(stage, ARNOR), "ARN").name());
        assertEquals("Arnor", actor(second, "ARN").name());
    }

    @Test
    void aBuiltInNameOfTheSameActorKeepsItsUse() {
        KnowledgeBase kb = KnowledgeBase.standard()
                .with(ActorDictionary.of(List.of(new ActorDictionaryEntry(
                        List.of("Russian"),
                        new KbEntry("RUS", "Russian", ActorKind.COUNTRY, "RUS", "", KbEntry.Use.NAME)))));
        assertEquals(KbEntry.Use.DEMONYM, kb.lookup("Russian").orElseThrow().use());
        assertTrue(KnowledgeBase.standard().lookup("Arnor").isEmpty(), "the standard base is left as it was");
    }

    @Test
    void aSeatKeepsItsUseWhenTheDictionaryCodesItAsItsGovernment() {
        KnowledgeBase kb = KnowledgeBase.standard()
                .with(ActorDictionary.of(List.of(new ActorDictionaryEntry(
                        List.of("White House"),
                        new KbEntry("USA.GOV", "White House", ActorKind.GOVERNMENT, "USA", "GOV", KbEntry.Use.NAME)))));
        assertEquals(KbEntry.Use.SEAT, kb.lookup("White House").orElseThrow().use());
    }

    @Test
    void stageOptionReadsTheDictionaries() throws IOException {
        Path file = Files.writeString(dir.resolve("arnor.txt"), "ARNOR [ARN]\n");
        StageRegistry registry = StageRegistry.of(List.of(new ActorStageFactory()));
        Stage stage = registry.create("actors", Map.of(ActorStageFactory.DICTIONARIES, file.toString()));
        assertEquals(ActorKind.COUNTRY, actor(resolve(stage, ARNOR), "ARN").kind());
    }

    @Test
    void unknownOptionStillListsTheValidOnes() {
        StageRegistry registry = StageRegistry.of(List.of(new ActorStageFactory()));
        String message = assertThrows(
                        IllegalArgumentException.class, () -> registry.create("actors", Map.of("dictionary", "x")))
                .getMessage();
        assertTrue(message.contains("no option 'dictionary'; valid options: dictionaries"), message);
    }

    @Test
    void badDictionaryFailsWhenTheStageIsCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "Arnor\tARN\tkingdom\t\n");
        String message = assertThrows(IllegalArgumentException.class, () -> new ActorStageFactory()
                        .create(Map.of(ActorStageFactory.DICTIONARIES, file.toString())))
                .getMessage();
        assertTrue(message.contains(file + ", line 1") && message.contains("valid kinds"), message);
    }
}
