package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Quote;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

class DescribedGroupsTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private final MentionStage mentions = new MentionStage();
    private final QuoteStage stage = new QuoteStage();

    /** The article's sentence, with the word {@code head} the one mention of {@code actorId}. */
    private Document credited(String head, String actorId, String... items) {
        Document parsed = mentions.apply(HandDocuments.of(TUESDAY, items));
        Token token = parsed.tokens().stream()
                .filter(t -> t.word().equals(head))
                .findFirst()
                .orElseThrow();
        List<Mention> resolved = new ArrayList<>(parsed.mentions().stream()
                .filter(m -> !m.span().overlaps(token.span()))
                .toList());
        resolved.add(new Mention(token.span(), head, MentionType.DESCRIPTION, actorId, ""));
        return stage.apply(parsed.withActors(List.of(), resolved));
    }

    private static String speakerOf(Document document) {
        Quote quote = document.quotes().stream()
                .filter(q -> q.kind() != org.annals.core.QuoteKind.SCARE)
                .findFirst()
                .orElseThrow();
        return document.textOf(quote.speakerSpan());
    }

    /** "Nurses from the Mercy Hospital and the Red Cross warned ...": the group is named by its whole description. */
    @Test
    void groupSpeakerIsNamedByItsPrepositionalDescription() {
        Document done = credited(
                "Nurses",
                "group:nurse",
                "Nurses/NNS/O/9/nsubj",
                "from/IN/O/4/case",
                "the/DT/O/4/det",
                "Mercy/NNP/ORGANIZATION/4/compound",
                "Hospital/NNP/ORGANIZATION/0/nmod",
                "and/CC/O/8/cc",
                "the/DT/O/8/det",
                "Red/NNP/ORGANIZATION/8/compound",
                "Cross/NNP/ORGANIZATION/4/conj",
                "warned/VBD/O/-1/root",
                "wages/NNS/O/11/nsubj",
                "fell/VBD/O/9/ccomp",
                "././O/9/punct");
        assertEquals("Nurses from the Mercy Hospital and the Red Cross", speakerOf(done));
    }

    /**
     * "Nurses on Thursday warned ...": the parser hangs the day on the noun, but a date says when the group spoke,
     * never which members are meant.
     */
    @Test
    void regressionDateHungOnTheGroupIsNoDescription() {
        Document done = credited(
                "Nurses",
                "group:nurse",
                "Nurses/NNS/O/3/nsubj",
                "on/IN/O/2/case",
                "Thursday/NNP/DATE/0/nmod",
                "warned/VBD/O/-1/root",
                "wages/NNS/O/5/nsubj",
                "fell/VBD/O/3/ccomp",
                "././O/3/punct");
        assertEquals("Nurses", speakerOf(done));
    }

    /** "Farmers growing rice said ...": a participle that says which members are meant is part of the name. */
    @Test
    void groupSpeakerIsNamedWithItsParticiple() {
        Document done = credited(
                "Farmers",
                "group:farmer",
                "Farmers/NNS/O/3/nsubj",
                "growing/VBG/O/0/acl",
                "rice/NN/O/1/obj",
                "said/VBD/O/-1/root",
                "rain/NN/O/5/nsubj",
                "helped/VBD/O/3/ccomp",
                "././O/3/punct");
        assertEquals("Farmers growing rice", speakerOf(done));
    }

    /** "Residents nearby said ...": a place adverb on the group says which members are meant. */
    @Test
    void groupSpeakerIsNamedWithItsPlaceAdverb() {
        Document done = credited(
                "Residents",
                "group:resident",
                "Residents/NNS/O/2/nsubj",
                "nearby/RB/O/0/advmod",
                "said/VBD/O/-1/root",
                "rain/NN/O/4/nsubj",
                "helped/VBD/O/2/ccomp",
                "././O/2/punct");
        assertEquals("Residents nearby", speakerOf(done));
    }

    /** "Farmers, who grow rice, said ...", "Farmers in Kerala, both young, said ...": asides stay out of the name. */
    @Test
    void asideAfterACommaIsNoPartOfTheName() {
        Document relative = credited(
                "Farmers",
                "group:farmer",
                "Farmers/NNS/O/6/nsubj",
                ",/,/O/0/punct",
                "who/WP/O/3/nsubj",
                "grow/VBP/O/0/acl:relcl",
                "rice/NN/O/3/obj",
                ",/,/O/0/punct",
                "said/VBD/O/-1/root",
                "rain/NN/O/8/nsubj",
                "helped/VBD/O/6/ccomp",
                "././O/6/punct");
        assertEquals("Farmers", speakerOf(relative));
        Document aside = credited(
                "Farmers",
                "group:farmer",
                "Farmers/NNS/O/7/nsubj",
                "in/IN/O/2/case",
                "Kerala/NNP/LOCATION/0/nmod",
                ",/,/O/0/punct",
                "both/DT/O/5/advmod",
                "young/JJ/O/0/amod",
                ",/,/O/0/punct",
                "said/VBD/O/-1/root",
                "rain/NN/O/9/nsubj",
                "helped/VBD/O/7/ccomp",
                "././O/7/punct");
        assertEquals("Farmers in Kerala", speakerOf(aside));
    }

    /** "Ana Ruiz of Acme said ...": a person or a body has a name; its description is not added. */
    @Test
    void namedSpeakerKeepsItsName() {
        Document done = credited(
                "Ruiz",
                "person:ana-ruiz",
                "Ruiz/NNP/PERSON/3/nsubj",
                "of/IN/O/2/case",
                "Acme/NNP/ORGANIZATION/0/nmod",
                "said/VBD/O/-1/root",
                "rain/NN/O/5/nsubj",
                "helped/VBD/O/3/ccomp",
                "././O/3/punct");
        assertEquals("Ruiz", speakerOf(done));
    }

    /** The sentences, with every word {@code head} a mention of {@code actorId}. */
    private Document creditedAll(String head, String actorId, String... sentences) {
        Document parsed = mentions.apply(HandDocuments.sentences(TUESDAY, sentences));
        List<Token> heads =
                parsed.tokens().stream().filter(t -> t.word().equals(head)).toList();
        List<Mention> resolved = new ArrayList<>(parsed.mentions().stream()
                .filter(m -> heads.stream().noneMatch(t -> m.span().overlaps(t.span())))
                .toList());
        heads.forEach(t -> resolved.add(new Mention(t.span(), head, MentionType.DESCRIPTION, actorId, "")));
        resolved.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return stage.apply(parsed.withActors(List.of(), resolved));
    }

    /** "Geologists from Acme found ... The geologists said ...": a later "the geologists" takes up the description. */
    @Test
    void laterMentionTakesUpTheEarlierDescription() {
        Document done = creditedAll(
                "geologists",
                "group:geologist",
                "geologists/NNS/O/3/nsubj from/IN/O/2/case Acme/NNP/ORGANIZATION/0/nmod mapped/VBD/O/-1/root"
                        + " caves/NNS/O/3/obj ././O/3/punct",
                "The/DT/O/1/det geologists/NNS/O/2/nsubj said/VBD/O/-1/root rocks/NNS/O/4/nsubj"
                        + " moved/VBD/O/2/ccomp ././O/2/punct");
        assertEquals("geologists from Acme", speakerOf(done));
    }

    /** "Some geologists", bare "geologists", or geologists nobody described before keep their own mention's words. */
    @Test
    void modifiedOrUndescribedGroupKeepsItsOwnWords() {
        Document modified = creditedAll(
                "geologists",
                "group:geologist",
                "geologists/NNS/O/3/nsubj from/IN/O/2/case Acme/NNP/ORGANIZATION/0/nmod mapped/VBD/O/-1/root"
                        + " caves/NNS/O/3/obj ././O/3/punct",
                "Some/DT/O/1/det geologists/NNS/O/2/nsubj said/VBD/O/-1/root rocks/NNS/O/4/nsubj"
                        + " moved/VBD/O/2/ccomp ././O/2/punct");
        assertEquals("geologists", speakerOf(modified));
        Document bare = creditedAll(
                "geologists",
                "group:geologist",
                "geologists/NNS/O/3/nsubj from/IN/O/2/case Acme/NNP/ORGANIZATION/0/nmod mapped/VBD/O/-1/root"
                        + " caves/NNS/O/3/obj ././O/3/punct",
                "geologists/NNS/O/1/nsubj said/VBD/O/-1/root rocks/NNS/O/3/nsubj moved/VBD/O/1/ccomp ././O/1/punct");
        assertEquals("geologists", speakerOf(bare));
        Document undescribed = creditedAll(
                "geologists",
                "group:geologist",
                "geologists/NNS/O/1/nsubj mapped/VBD/O/-1/root caves/NNS/O/1/obj in/IN/O/5/case"
                        + " Acme/NNP/LOCATION/1/obl ././O/1/punct",
                "The/DT/O/1/det geologists/NNS/O/2/nsubj said/VBD/O/-1/root rocks/NNS/O/4/nsubj"
                        + " moved/VBD/O/2/ccomp ././O/2/punct");
        assertEquals("geologists", speakerOf(undescribed));
    }
}
