package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.ContentHash;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.store.AnnalsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `annals actors --id` lists one actor's roles over time with the sentences that state them. */
class ActorRolesCliTest {
    private static final String ID = "person:ida-strand";

    @TempDir
    static Path data;

    @BeforeAll
    static void storeTwoRoles() {
        try (AnnalsStore store = AnnalsStore.openForWriting(data)) {
            store.put(described("Deputy Mayor Ida Strand cut the ribbon.", "Deputy Mayor", "deputy mayor", 2023));
            store.put(described("Ida Strand, now Mayor, thanked the voters.", "Mayor", "mayor", 2024));
        }
    }

    @Test
    void rolesAreListedOldestFirstWithTheirEvidenceSentence() throws IOException {
        CliRun run = CliRun.of("actors", "--id", ID, "--format", "json", "--data-dir", data.toString());
        assertEquals(Main.OK, run.exitCode(), run.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            rows.add(new ObjectMapper().readTree(line));
        }
        assertEquals(
                List.of("deputy mayor", "mayor"),
                rows.stream().map(r -> r.path("role").asText()).toList());
        assertEquals("2023-05-01", rows.get(0).path("first_seen").asText());
        assertEquals(
                "Deputy Mayor Ida Strand cut the ribbon.",
                rows.get(0).path("evidence").asText());
        assertEquals(
                "Ida Strand, now Mayor, thanked the voters.",
                rows.get(1).path("evidence").asText());
    }

    @Test
    void anUnknownIdIsRefusedWithAHint() {
        CliRun run = CliRun.of("actors", "--id", "person:nobody", "--data-dir", data.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("no actor with id 'person:nobody'"), run.err());
    }

    @Test
    void anIdWithListFiltersIsRefused() {
        CliRun run = CliRun.of("actors", "--id", ID, "--kind", "PERSON", "--data-dir", data.toString());
        assertEquals(Main.FAILURE, run.exitCode());
        assertTrue(run.err().contains("--id shows one actor"), run.err());
    }

    private static Document described(String sentence, String evidence, String role, int year) {
        int at = sentence.indexOf(evidence);
        int name = sentence.indexOf("Ida Strand");
        Actor actor = new Actor(
                ID,
                "Ida Strand",
                ActorKind.PERSON,
                "",
                role,
                "GOV",
                List.of(),
                List.of(new Span(at, at + evidence.length())));
        Mention mention =
                new Mention(new Span(name, name + "Ida Strand".length()), "Ida Strand", MentionType.PERSON, ID, "");
        Metadata metadata = new Metadata("", "Town Paper", "Town news", LocalDate.of(year, 5, 1), "en");
        return Document.of(ContentHash.sha256(sentence), new Provenance("test", "text", "", ""), metadata, sentence)
                .withSentencesAndTokens(List.of(new Sentence(0, new Span(0, sentence.length()), 0, 0)), List.of())
                .withActors(List.of(actor), List.of(mention));
    }
}
