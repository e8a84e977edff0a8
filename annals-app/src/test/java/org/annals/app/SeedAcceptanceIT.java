package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.junit.jupiter.api.Test;

/** The foundation's acceptance criteria on the seed article, checked on the real pipeline. */
class SeedAcceptanceIT {
    private final Document doc = Analyses.seed();

    private Actor actorNamed(String name) {
        return doc.actors().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + doc.actors()));
    }

    private String idOf(String name) {
        return actorNamed(name).id();
    }

    private List<Span> setAside() {
        return doc.blocks().stream()
                .filter(b -> !b.kind().isArticle())
                .map(Block::span)
                .toList();
    }

    private boolean insideSetAside(Span span) {
        return setAside().stream().anyMatch(block -> block.overlaps(span));
    }

    @Test
    void closingAppealIsSetAsideAndNothingIsTakenFromIt() {
        List<Block> appeal =
                doc.blocks().stream().filter(b -> b.kind() == BlockKind.APPEAL).toList();
        assertTrue(appeal.size() >= 6, "the appeal's paragraphs are classified APPEAL: " + doc.blocks());
        int appealStart = appeal.get(0).span().start();
        assertTrue(doc.text().substring(appealStart).startsWith("A Message from"), "the appeal starts at its header");
        assertTrue(doc.textOf(appeal.get(appeal.size() - 1).span()).startsWith("Remind me later"));
        doc.mentions().forEach(m -> assertFalse(insideSetAside(m.span()), "mention from boilerplate: " + m));
        doc.quotes().forEach(q -> assertFalse(insideSetAside(q.span()), "quote from boilerplate: " + q));
        doc.times().forEach(t -> assertFalse(insideSetAside(t.span()), "date from boilerplate: " + t));
        doc.quantities().forEach(q -> assertFalse(insideSetAside(q.span()), "quantity from boilerplate: " + q));
        doc.events().forEach(e -> assertFalse(insideSetAside(e.evidence()), "event from boilerplate: " + e));
    }

    @Test
    void actorsAreResolvedWithKindCountryAndRole() {
        Actor putin = actorNamed("Vladimir Putin");
        assertEquals(ActorKind.PERSON, putin.kind());
        assertEquals("RUS", putin.country());
        assertEquals("president", putin.role());
        Actor xi = actorNamed("Xi Jinping");
        assertEquals(ActorKind.PERSON, xi.kind());
        assertEquals("CHN", xi.country());
        Actor kim = actorNamed("Kim Jong Un");
        assertEquals(ActorKind.PERSON, kim.kind());
        assertEquals("PRK", kim.country());
        Actor gazprom = actorNamed("Gazprom");
        assertEquals(ActorKind.ORGANISATION, gazprom.kind());
        assertEquals("RUS", gazprom.country());
        assertEquals(
                ActorKind.IGO, actorNamed("Shanghai Cooperation Organization").kind());
    }

    @Test
    void beijingAsAnAgentIsTheChineseGovernment() {
        int beijing = doc.text().indexOf("Beijing has avoided");
        assertTrue(
                doc.mentions().stream()
                        .anyMatch(
                                m -> m.span().start() == beijing && m.actorId().equals("CHN.GOV")),
                doc.mentions().toString());
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        assertEquals("2025-09-02", valueAt("on Tuesday that relations", "Tuesday"));
        assertEquals("2025-09-03", valueAt("scheduled for Wednesday", "Wednesday"));
        assertEquals("2025-09-01", valueAt("On Monday, both leaders", "Monday"));
    }

    private String valueAt(String context, String word) {
        int at = doc.text().indexOf(context) + context.indexOf(word);
        return doc.times().stream()
                .filter(t -> t.span().contains(at))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no time at " + context + ": " + doc.times()))
                .value();
    }

    @Test
    void quotesGoToTheirSpeakers() {
        assertEquals(idOf("Vladimir Putin"), quote("unprecedented level").speakerId());
        assertEquals(
                idOf("Xi Jinping"),
                quote("China-Russia relations have withstood").speakerId());
        assertEquals(idOf("Xi Jinping"), quote("more just and reasonable").speakerId());
        assertEquals(
                idOf("Vladimir Putin"), quote("reflects the strategic nature").speakerId());
        assertEquals(
                idOf("Vladimir Putin"), quote("we were always together then").speakerId());
        assertEquals(idOf("Xi Jinping"), quote("bullying behavior").speakerId());
        assertEquals("", quote("no limits").speakerId(), "a scare quote has no speaker");
    }

    private Quote quote(String start) {
        return doc.quotes().stream()
                .filter(q -> q.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quote " + start + ": " + doc.quotes()));
    }

    @Test
    void theMeetingInBeijingIsDatedAndPlaced() {
        Event meeting = event("CONSULT", "Vladimir Putin", "Xi Jinping")
                .orElseThrow(() -> new AssertionError("no Putin-Xi CONSULT: " + doc.events()));
        assertEquals("2025-09-02", meeting.date());
        assertEquals("Beijing", meeting.place());
        assertEquals(Modality.ASSERTED, meeting.modality());
        assertTrue(doc.textOf(meeting.evidence()).contains("met in Beijing"));
    }

    @Test
    void bothLeadersCriticiseTheWestAtTheForum() {
        for (String leader : List.of("Xi Jinping", "Vladimir Putin")) {
            Event criticism = event("ACCUSE", leader, "the West")
                    .orElseThrow(() -> new AssertionError("no ACCUSE by " + leader + ": " + doc.events()));
            assertEquals("2025-09-01", criticism.date());
        }
    }

    @Test
    void gazpromDealCarriesItsQuantity() {
        Event deal = event("AGREE", "Gazprom", "China’s national oil company")
                .orElseThrow(() -> new AssertionError("no Gazprom deal: " + doc.events()));
        assertEquals("2025-09-02", deal.date());
        assertTrue(
                deal.quantities().stream()
                        .anyMatch(q ->
                                q.value() == 15 && q.approximate() && q.unit().equals("%")),
                deal.quantities().toString());
    }

    @Test
    void backgroundIsNeverDatedAtPublication() {
        for (Event event : doc.events()) {
            String sentence = doc.textOf(event.evidence());
            boolean background = sentence.contains("in 2022")
                    || sentence.contains("surrendered")
                    || sentence.startsWith("Since then");
            if (background) {
                assertFalse(event.date().startsWith("2025"), "background event dated 2025: " + event);
            }
        }
    }

    private Optional<Event> event(String type, String source, String target) {
        String sourceId = idOf(source);
        String targetId = idOf(target);
        return doc.events().stream()
                .filter(e -> e.type().equals(type))
                .filter(e -> e.sourceIds().contains(sourceId) && e.targetIds().contains(targetId))
                .findFirst();
    }
}
