package org.annals.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** Which affiliation a document states for an actor, and the organisation named beside a title. */
class AffiliationsTest {
    private static final String PERSON = "person:tove-lund";
    private static final String COMPANY = "org:nordvik-energy";

    @Test
    void theOrganisationBeforeOrAfterTheTitleIsTheOneServed() {
        assertEquals(COMPANY, organisationOf("Nordvik Energy CEO Tove Lund spoke.", "CEO"));
        assertEquals(COMPANY, organisationOf("Nordvik Energy's CEO Tove Lund spoke.", "CEO"));
        assertEquals(
                COMPANY, organisationOf("Tove Lund, the chief executive of Nordvik Energy, spoke.", "chief executive"));
        assertEquals(COMPANY, organisationOf("Tove Lund, chairman at the Nordvik Energy board, spoke.", "chairman"));
    }

    @Test
    void anOrganisationMerelyNearTheTitleIsNotServed() {
        assertEquals("", organisationOf("CEO Tove Lund met Nordvik Energy staff.", "CEO"));
        assertEquals("", organisationOf("Nordvik Energy said CEO Tove Lund would stay.", "CEO"));
    }

    @Test
    void evidenceInOneSentenceIsOneAffiliationCoveringIt() {
        String text = "Swedish Trade Minister Tove Lund arrived. Lund, a former Trade Minister, spoke.";
        Actor lund = actor("SWE", "trade minister", span(text, "Swedish"), span(text, "Trade Minister"));
        int second = text.indexOf("Lund,");
        Document doc =
                document(text, List.of(lund), List.of(), new Span(0, second - 1), new Span(second, text.length()));

        List<LearnedAffiliation> learned = Affiliations.of(doc);

        assertEquals(1, learned.size());
        assertEquals("Swedish Trade Minister", learned.get(0).evidence().of(text));
        assertEquals("Swedish Trade Minister Tove Lund arrived.", learned.get(0).sentenceText());
    }

    @Test
    void evidenceInTwoSentencesIsTwoAffiliations() {
        String text = "Trade Minister Tove Lund arrived. The Swedish official spoke.";
        Actor lund = actor("SWE", "trade minister", span(text, "Trade Minister"), span(text, "Swedish"));
        int second = text.indexOf("The");
        Document doc =
                document(text, List.of(lund), List.of(), new Span(0, second - 1), new Span(second, text.length()));

        assertEquals(
                List.of("Trade Minister Tove Lund arrived.", "The Swedish official spoke."),
                Affiliations.of(doc).stream()
                        .map(LearnedAffiliation::sentenceText)
                        .toList());
    }

    @Test
    void actorsWithoutEvidenceOrWithNothingLearnedStateNoAffiliation() {
        String text = "Tove Lund arrived.";
        Actor unexplained = actor("SWE", "trade minister");
        Actor nothingLearned = new Actor(
                "person:other", "Other", ActorKind.PERSON, "", "", "", List.of(), List.of(span(text, "Tove")));
        Document doc = document(text, List.of(unexplained, nothingLearned), List.of(), new Span(0, text.length()));

        assertEquals(List.of(), Affiliations.of(doc));
    }

    @Test
    void evidenceOutsideEverySentenceIsItsOwnContext() {
        String text = "Trade Minister Tove Lund";
        Actor lund = actor("", "trade minister", span(text, "Trade Minister"));
        Document doc = document(text, List.of(lund), List.of());

        assertEquals("Trade Minister", Affiliations.of(doc).get(0).sentenceText());
    }

    private static String organisationOf(String text, String title) {
        Actor lund = actor("", "ceo", span(text, title));
        Mention company =
                new Mention(span(text, "Nordvik Energy"), "Nordvik Energy", MentionType.ORGANISATION, COMPANY, "");
        Mention person = new Mention(span(text, "Tove Lund"), "Tove Lund", MentionType.PERSON, PERSON, "");
        Document doc = document(text, List.of(lund), List.of(company, person), new Span(0, text.length()));
        return Affiliations.of(doc).get(0).organisationId();
    }

    private static Actor actor(String country, String role, Span... evidence) {
        return new Actor(PERSON, "Tove Lund", ActorKind.PERSON, country, role, "GOV", List.of(), List.of(evidence));
    }

    private static Span span(String text, String part) {
        int start = text.indexOf(part);
        return new Span(start, start + part.length());
    }

    private static Document document(String text, List<Actor> actors, List<Mention> mentions, Span... sentences) {
        List<Sentence> list = new java.util.ArrayList<>();
        for (Span sentence : sentences) {
            list.add(new Sentence(list.size(), sentence, 0, 0));
        }
        return Document.of("doc", new Provenance("test:affiliations", "text", "", ""), Metadata.EMPTY, text)
                .withSentencesAndTokens(list, List.of())
                .withActors(actors, mentions);
    }
}
