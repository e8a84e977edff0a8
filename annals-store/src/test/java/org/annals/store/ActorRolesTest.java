package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each document's statement of an actor's role is kept with its date and evidence, so roles can change. */
class ActorRolesTest {
    private static final String SOLBERG = "person:mira-solberg";
    private static final String EQUINOR = "org:equinor";
    private static final String HEADLINE = "Energy news\n\n";

    @TempDir
    Path dataDir;

    @Test
    void twoDocumentsOnDifferentDatesKeepBothRolesWithTheirDatesAndEvidence() {
        Document minister = minister("Norwegian Energy Minister Mira Solberg opened the plant.", 2024, 1, 10);
        Document chief = chief("Equinor's chief executive Mira Solberg announced the deal.", 2025, 3, 5);
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            // Stored newest first: the order of the roles comes from the publication dates, not from storing.
            store.put(chief);
            store.put(minister);
            List<ActorRole> roles = store.actorRoles(SOLBERG, 3);

            assertEquals(
                    List.of("energy minister", "ceo"),
                    roles.stream().map(ActorRole::role).toList());
            ActorRole first = roles.get(0);
            assertEquals("NOR", first.country());
            assertEquals("", first.organisationId());
            assertEquals(LocalDate.of(2024, 1, 10), first.firstSeen());
            assertEquals(LocalDate.of(2024, 1, 10), first.lastSeen());
            assertEquals(1, first.documents());
            RoleEvidence said = first.evidence().get(0);
            assertEquals(minister.id(), said.docId());
            assertEquals("Norwegian Energy Minister", minister.text().substring(said.startOffset(), said.endOffset()));
            assertEquals("Norwegian Energy Minister Mira Solberg opened the plant.", said.sentence());
            assertEquals(said.sentence(), minister.text().substring(said.sentenceStart(), said.sentenceEnd()));

            ActorRole second = roles.get(1);
            assertEquals(EQUINOR, second.organisationId());
            assertEquals("Equinor", second.organisationName());
            assertEquals("BUS", second.sector());
            assertEquals(LocalDate.of(2025, 3, 5), second.firstSeen());
            assertEquals(chief.id(), second.evidence().get(0).docId());
            assertEquals(
                    "Equinor's chief executive Mira Solberg announced the deal.",
                    second.evidence().get(0).sentence());
        }
    }

    @Test
    void aRoleRepeatedLaterSpansBothDatesAndListsTheEarliestEvidenceFirst() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(minister("Norwegian Energy Minister Mira Solberg visited Bergen.", 2024, 6, 1));
            store.put(minister("Norwegian Energy Minister Mira Solberg opened the plant.", 2024, 1, 10));
            store.put(minister("Norwegian Energy Minister Mira Solberg met the unions.", 2024, 3, 2));

            List<ActorRole> roles = store.actorRoles(SOLBERG, 2);

            assertEquals(1, roles.size(), "the same role, country and organisation is one role");
            ActorRole role = roles.get(0);
            assertEquals(LocalDate.of(2024, 1, 10), role.firstSeen());
            assertEquals(LocalDate.of(2024, 6, 1), role.lastSeen());
            assertEquals(3, role.documents());
            assertEquals(
                    List.of(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 2)),
                    role.evidence().stream().map(RoleEvidence::published).toList());
        }
    }

    @Test
    void anUndatedDocumentsRoleComesAfterTheDatedOnes() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(chief("Equinor's chief executive Mira Solberg announced the deal.", 0, 0, 0));
            store.put(minister("Norwegian Energy Minister Mira Solberg opened the plant.", 2024, 1, 10));

            List<ActorRole> roles = store.actorRoles(SOLBERG, 1);

            assertEquals(
                    List.of("energy minister", "ceo"),
                    roles.stream().map(ActorRole::role).toList());
            assertNull(roles.get(1).firstSeen());
            assertNull(roles.get(1).evidence().get(0).published());
        }
    }

    @Test
    void anActorWithoutEvidenceOrUnknownHasNoRoles() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(Fixtures.accusation());
            assertTrue(store.actorRoles(Fixtures.PUTIN, 3).isEmpty(), "the accusation states no role for Putin");
            assertTrue(store.actorRoles("person:nobody", 3).isEmpty());
        }
    }

    @Test
    void theAffiliationsTableIsQueryableWithSql() {
        try (AnnalsStore store = AnnalsStore.openForWriting(dataDir)) {
            store.put(chief("Equinor's chief executive Mira Solberg announced the deal.", 2025, 3, 5));
            List<List<Object>> rows = store.sql("SELECT actor_id, role, organisation_id,"
                            + " substring(d.text, a.start_offset + 1, a.end_offset - a.start_offset)"
                            + " FROM affiliations a JOIN documents d ON d.id = a.doc_id")
                    .rows();
            assertEquals(List.of(List.of(SOLBERG, "ceo", EQUINOR, "chief executive")), rows);
        }
    }

    private static Document minister(String sentence, int year, int month, int day) {
        Actor solberg = new Actor(
                SOLBERG,
                "Mira Solberg",
                ActorKind.PERSON,
                "NOR",
                "energy minister",
                "GOV",
                List.of(),
                List.of(span(sentence, "Norwegian"), span(sentence, "Energy Minister")));
        return document(sentence, year, month, day, List.of(solberg), List.of(person(sentence)));
    }

    private static Document chief(String sentence, int year, int month, int day) {
        Actor solberg = new Actor(
                SOLBERG,
                "Mira Solberg",
                ActorKind.PERSON,
                "",
                "ceo",
                "BUS",
                List.of(),
                List.of(span(sentence, "chief executive")));
        Actor equinor = new Actor(EQUINOR, "Equinor", ActorKind.ORGANISATION, "NOR", "", "BUS", List.of(), List.of());
        Mention company = new Mention(span(sentence, "Equinor"), "Equinor", MentionType.ORGANISATION, EQUINOR, "");
        return document(sentence, year, month, day, List.of(solberg, equinor), List.of(company, person(sentence)));
    }

    private static Mention person(String sentence) {
        return new Mention(span(sentence, "Mira Solberg"), "Mira Solberg", MentionType.PERSON, SOLBERG, "");
    }

    private static Document document(
            String sentence, int year, int month, int day, List<Actor> actors, List<Mention> mentions) {
        String text = HEADLINE + sentence;
        LocalDate published = year == 0 ? null : LocalDate.of(year, month, day);
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(new Sentence(0, new Span(0, HEADLINE.strip().length()), 0, 0));
        sentences.add(new Sentence(1, new Span(HEADLINE.length(), text.length()), 0, 0));
        return Document.of(
                        ContentHash.sha256(text),
                        new Provenance("test:roles", "text", "", ""),
                        new Metadata("", "Energy Wire", "Energy news", published, "en"),
                        text)
                .withSentencesAndTokens(sentences, List.of())
                .withActors(actors, mentions);
    }

    /** Spans are found in the sentence; the document puts a headline before it. */
    private static Span span(String sentence, String part) {
        int start = HEADLINE.length() + sentence.indexOf(part);
        return new Span(start, start + part.length());
    }
}
