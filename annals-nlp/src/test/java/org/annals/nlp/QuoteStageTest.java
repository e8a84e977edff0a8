package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteStageTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private final MentionStage mentions = new MentionStage();
    private final QuoteStage stage = new QuoteStage();

    private Document quoted(Document document) {
        return stage.apply(mentions.apply(document));
    }

    @Test
    void directQuoteBeforeItsAttribution() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/4/punct",
                "Relations/NNS/O/3/nsubj",
                "have/VBP/O/3/aux",
                "grown/VBN/O/8/ccomp",
                ",/,/O/3/punct",
                "”/''/O/3/punct",
                "Xi/NNP/PERSON/8/nsubj",
                "has/VBZ/O/8/aux",
                "said/VBN/O/-1/root",
                "././O/8/punct"));
        Quote quote = quote(done, "Relations have grown");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Xi", speaker(done, quote));
        assertEquals("say", quote.cue());
        assertEquals("2025-09-02", quote.date());
    }

    /** Putin said their contact “reflects ...” and stressed that “we remain ...”: each quote keeps its own verb. */
    @Test
    void regressionCueIsTheVerbWhoseComplementHoldsTheQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Putin/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "their/PRP$/O/4/nmod:poss",
                "regular/JJ/O/4/amod",
                "contact/NN/O/6/nsubj",
                "“/``/O/6/punct",
                "reflects/VBZ/O/1/ccomp",
                "the/DT/O/8/det",
                "ties/NNS/O/6/obj",
                "”/''/O/6/punct",
                "and/CC/O/11/cc",
                "stressed/VBD/O/1/conj",
                "that/IN/O/15/mark",
                "“/``/O/15/punct",
                "we/PRP/O/15/nsubj",
                "remain/VBP/O/11/ccomp",
                "together/RB/O/15/advmod",
                "././O/1/punct",
                "”/''/O/15/punct"));
        Quote partial = quote(done, "reflects the ties");
        assertEquals(QuoteKind.PARTIAL, partial.kind());
        assertEquals("say", partial.cue());
        assertEquals("Putin", speaker(done, partial));
        Quote direct = quote(done, "we remain together .");
        assertEquals(QuoteKind.DIRECT, direct.kind());
        assertEquals("stress", direct.cue());
        assertEquals("Putin", speaker(done, direct));
    }

    /** The guidelines' split quote: both parts and the attribution between them are one quote of one speaker. */
    @Test
    void quoteInterruptedByItsAttributionIsOneQuoteOfThePronounsAntecedent() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Zelensky/NNP/PERSON/1/nsubj spoke/VBD/O/-1/root on/IN/O/3/case Monday/NNP/O/1/obl ././O/1/punct",
                "“/``/O/3/punct We/PRP/O/3/nsubj will/MD/O/3/aux win/VB/O/7/ccomp ,/,/O/7/punct ”/''/O/7/punct"
                        + " he/PRP/O/7/nsubj said/VBD/O/-1/root ././O/7/punct",
                "“/``/O/4/punct The/DT/O/2/det war/NN/O/4/nsubj is/VBZ/O/4/cop over/RB/O/-1/root ././O/4/punct"
                        + " ”/''/O/4/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote whole = quote(done, "We will win , ” he said . “ The war is over .");
        assertEquals(QuoteKind.DIRECT, whole.kind());
        assertEquals("Zelensky", speaker(done, whole));
        assertEquals("say", whole.cue());
    }

    /** "“A,” wrote the mayor, “to B.”": a second part that goes on in lower case joins the first as well. */
    @Test
    void invertedAttributionBetweenTwoPartsNamesTheSpeakerOfBoth() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/2/punct",
                "Help/NN/O/2/nsubj",
                "arrives/VBZ/O/6/ccomp",
                ",/,/O/2/punct",
                "”/''/O/2/punct",
                "wrote/VBD/O/-1/root",
                "mayor/NN/O/8/compound",
                "Anna/NNP/PERSON/8/compound",
                "Berg/NNP/PERSON/5/obj",
                ",/,/O/5/punct",
                "“/``/O/12/punct",
                "to/TO/O/12/mark",
                "stay/VB/O/5/advcl",
                "././O/12/punct",
                "”/''/O/12/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote whole = done.quotes().get(0);
        assertEquals("Help arrives , ” wrote mayor Anna Berg , “ to stay .", whole.text());
        assertEquals(QuoteKind.DIRECT, whole.kind());
        assertEquals("Anna Berg", speaker(done, whole));
        assertEquals("write", whole.cue());
    }

    /** "“Costs rose, as did prices,” wrote Berg": the parser's subject inside the quotation is not the speaker. */
    @Test
    void regressionSubjectInsideTheQuotationIsNotTheSpeakerOfAnInvertedCue() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/2/punct",
                "Costs/NNS/O/2/nsubj",
                "rose/VBD/O/-1/root",
                ",/,/O/2/punct",
                "as/IN/O/9/dep",
                "did/VBD/O/9/aux",
                "prices/NNS/O/9/nsubj",
                ",/,/O/9/punct",
                "”/''/O/9/punct",
                "wrote/VBD/O/2/advcl",
                "Berg/NNP/PERSON/9/obj",
                "././O/2/punct"));
        Quote quote = quote(done, "Costs rose , as did prices");
        assertEquals("Berg", speaker(done, quote));
    }

    /** "“A,” said X. “B,” said Y.": each part has its own attribution, so they stay two quotes. */
    @Test
    void quotesWithTheirOwnAttributionsAreNotJoined() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "“/``/O/2/punct Prices/NNS/O/2/nsubj fell/VBD/O/5/ccomp ,/,/O/2/punct ”/''/O/2/punct"
                        + " said/VBD/O/-1/root Ruiz/NNP/PERSON/5/nsubj ././O/5/punct",
                "“/``/O/2/punct Wages/NNS/O/2/nsubj rose/VBD/O/5/ccomp ,/,/O/2/punct ”/''/O/2/punct"
                        + " said/VBD/O/-1/root Okafor/NNP/PERSON/5/nsubj ././O/5/punct"));
        assertEquals(2, done.quotes().size(), done.quotes().toString());
        assertEquals("Ruiz", speaker(done, quote(done, "Prices fell")));
        assertEquals("Okafor", speaker(done, quote(done, "Wages rose")));
    }

    /** "“A.” Y said, “B.”": the first part ended its sentence, so the cue after it belongs to the second only. */
    @Test
    void cueAfterAFinishedQuoteIntroducesOnlyTheNextOne() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj said/VBD/O/-1/root ,/,/O/1/punct “/``/O/6/punct Prices/NNS/O/5/nsubj"
                        + " fell/VBD/O/1/ccomp ././O/5/punct ”/''/O/5/punct",
                "Okafor/NNP/PERSON/1/nsubj said/VBD/O/-1/root ,/,/O/1/punct “/``/O/5/punct Wages/NNS/O/5/nsubj"
                        + " rose/VBD/O/1/ccomp ././O/5/punct ”/''/O/5/punct"));
        assertEquals(2, done.quotes().size(), done.quotes().toString());
        assertEquals("Ruiz", speaker(done, quote(done, "Prices fell .")));
        assertEquals("Okafor", speaker(done, quote(done, "Wages rose .")));
    }

    @Test
    void scareQuoteHasNoSpeakerAndApostrophesAreNotQuotes() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Russia’s/NNP/LOCATION/1/nmod:poss",
                "leaders/NNS/O/2/nsubj",
                "declared/VBD/O/-1/root",
                "a/DT/O/8/det",
                "“/``/O/6/punct",
                "no/DT/O/6/det",
                "limits/NNS/O/8/compound",
                "”/''/O/6/punct",
                "partnership/NN/O/2/obj",
                "that/WDT/O/10/nsubj",
                "isn’t/VBZ/O/8/acl:relcl",
                "over/RB/O/10/advmod"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote scare = done.quotes().get(0);
        assertEquals("no limits", scare.text());
        assertEquals(QuoteKind.SCARE, scare.kind());
        assertNull(scare.speakerSpan());
        assertEquals("", scare.cue());
    }

    @Test
    void indirectSpeechNeedsACueVerbWithASubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Xi/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "Beijing/NNP/LOCATION/4/nsubj",
                "was/VBD/O/4/cop",
                "ready/JJ/O/1/ccomp",
                "././O/1/punct"));
        Quote indirect = quote(done, "Beijing was ready");
        assertEquals(QuoteKind.INDIRECT, indirect.kind());
        assertEquals("Xi", speaker(done, indirect));
        // "Officials said ...": a speaker that names nobody is its noun phrase, with no actor.
        Document unnamed = quoted(HandDocuments.of(
                TUESDAY,
                "Local/JJ/O/1/amod",
                "officials/NNS/O/2/nsubj",
                "said/VBD/O/-1/root",
                "prices/NNS/O/4/nsubj",
                "rose/VBD/O/2/ccomp"));
        Quote unnamedQuote = quote(unnamed, "prices rose");
        assertEquals("Local officials", speaker(unnamed, unnamedQuote));
        assertEquals("", unnamedQuote.speakerId());
        Document noSubject = quoted(HandDocuments.of(
                TUESDAY,
                "Asked/VBN/O/-1/root",
                "to/TO/O/2/mark",
                "say/VB/O/0/xcomp",
                "prices/NNS/O/4/nsubj",
                "rose/VBD/O/2/ccomp"));
        assertEquals(List.of(), noSubject.quotes());
    }

    /** Trump said "I can do it if I want.": direct, and not repeated as indirect speech. */
    @Test
    void regressionQuoteRightAfterItsCueIsDirectAndNotAlsoIndirect() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Trump/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "\"/``/O/5/punct",
                "I/PRP/O/5/nsubj",
                "can/MD/O/5/aux",
                "do/VB/O/1/ccomp",
                "it/PRP/O/5/obj",
                "././O/1/punct",
                "\"/''/O/5/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote quote = done.quotes().get(0);
        assertEquals("I can do it .", quote.text());
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Trump", speaker(done, quote));
    }

    @Test
    void nounPhraseRightAfterItsCueStaysPartial() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Xi/NNP/PERSON/1/nsubj",
                "denounced/VBD/O/-1/root",
                "“/``/O/4/punct",
                "bullying/VBG/O/4/amod",
                "behavior/NN/O/1/obj",
                "”/''/O/4/punct"));
        Quote quote = quote(done, "bullying behavior");
        assertEquals(QuoteKind.PARTIAL, quote.kind());
        assertEquals("denounce", quote.cue());
        assertEquals("Xi", speaker(done, quote));
    }

    @Test
    void regressionCapitalisedQuotedSentenceIsDirectWhereverItStands() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Pelosi/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "on/IN/O/3/case",
                "Friday/NNP/O/1/obl",
                "“/``/O/7/punct",
                "We/PRP/O/7/nsubj",
                "are/VBP/O/7/cop",
                "committed/JJ/O/1/ccomp",
                "././O/1/punct",
                "”/''/O/7/punct"));
        Quote quote = quote(done, "We are committed .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Pelosi", speaker(done, quote));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    @Test
    void unclosedQuoteRunsToTheEndOfItsParagraph() {
        Document done = quoted(HandDocuments.paragraphs(
                TUESDAY,
                List.of(
                        List.of("Smith/NNP/PERSON/1/nsubj said/VBD/O/-1/root :/:/O/6/punct “/``/O/6/punct"
                                + " We/PRP/O/6/nsubj will/MD/O/6/aux fight/VB/O/1/ccomp ././O/1/punct"),
                        List.of("Officials/NNS/O/1/nsubj agreed/VBD/O/-1/root ././O/1/punct"))));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote quote = done.quotes().get(0);
        assertEquals("We will fight .", quote.text());
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Smith", speaker(done, quote));
    }

    @Test
    void accordingToAttributesToTheMentionAfterIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "toll/NN/O/5/nsubj",
                "was/VBD/O/5/cop",
                "“/``/O/5/punct",
                "very/RB/O/5/advmod",
                "high/JJ/O/-1/root",
                "”/''/O/5/punct",
                ",/,/O/5/punct",
                "according/VBG/O/10/case",
                "to/TO/O/8/fixed",
                "Reuters/NNP/ORGANIZATION/5/obl"));
        Quote quote = quote(done, "very high");
        assertEquals("according to", quote.cue());
        assertEquals("Reuters", speaker(done, quote));
    }

    /** "The mayor of London, Sadiq Khan, tweeted, ...": the subject is a title, the speaker its apposition. */
    @Test
    void regressionSpeakerNamedInAnAppositionToTheSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "mayor/NN/O/8/nsubj",
                "of/IN/O/3/case",
                "London/NNP/LOCATION/1/nmod",
                ",/,/O/1/punct",
                "Sadiq/NNP/PERSON/6/compound",
                "Khan/NNP/PERSON/1/appos",
                ",/,/O/1/punct",
                "tweeted/VBD/O/-1/root",
                ",/,/O/8/punct",
                "“/``/O/13/punct",
                "We/PRP/O/13/nsubj",
                "are/VBP/O/13/cop",
                "here/RB/O/8/ccomp",
                "././O/13/punct",
                "”/''/O/13/punct"));
        Quote quote = quote(done, "We are here .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Sadiq Khan", speaker(done, quote));
    }

    /** "Graham spoke to reporters: "We will win."": no speech verb, but the layout attributes the quote. */
    @Test
    void regressionClauseQuoteAfterAColonBelongsToTheSubjectBeforeIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Graham/NNP/PERSON/1/nsubj",
                "spoke/VBD/O/-1/root",
                "to/TO/O/3/case",
                "reporters/NNS/O/1/obl",
                ":/:/O/1/punct",
                "“/``/O/8/punct",
                "We/PRP/O/8/nsubj",
                "will/MD/O/8/aux",
                "win/VB/O/1/parataxis",
                "././O/8/punct",
                "”/''/O/8/punct"));
        Quote quote = quote(done, "We will win .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Graham", speaker(done, quote));
        assertEquals("", quote.cue());
    }

    @Test
    void accordingToASourceReportsTheRestOfTheClauseAndOnlyTheSourcePhraseNamesTheSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case",
                "to/TO/O/0/fixed",
                "the/DT/O/3/det",
                "BBC/NNP/ORGANIZATION/6/obl",
                ",/,/O/6/punct",
                "prices/NNS/O/6/nsubj",
                "rose/VBD/O/-1/root",
                "././O/6/punct"));
        Quote quote = quote(done, "prices rose");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("BBC", speaker(done, quote));
        assertEquals("according to", quote.cue());
        Document unnamed = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case",
                "to/TO/O/0/fixed",
                "the/DT/O/3/det",
                "summary/NN/O/6/obl",
                ",/,/O/6/punct",
                "Johnson/NNP/PERSON/6/nsubj",
                "lied/VBD/O/-1/root",
                "././O/6/punct"));
        // The source is the phrase after "according to", never a name in the vouched clause; a phrase that is no
        // name ("according to police") is the speaker as written, with no actor.
        Quote unnamedQuote = quote(unnamed, "Johnson lied");
        assertEquals("the summary", speaker(unnamed, unnamedQuote));
        assertEquals("", unnamedQuote.speakerId());
    }

    /** "“We will win.” Macron told reporters.": the splitter put the attribution in a sentence of its own. */
    @Test
    void regressionCueOpeningTheSentenceAfterTheQuoteAttributesIt() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "“/``/O/3/punct We/PRP/O/3/nsubj will/MD/O/3/aux win/VB/O/-1/root ././O/3/punct ”/''/O/3/punct",
                "Macron/NNP/PERSON/1/nsubj told/VBD/O/-1/root reporters/NNS/O/1/obj ././O/1/punct"));
        Quote quote = quote(done, "We will win .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Macron", speaker(done, quote));
    }

    /** Pence said the country is "in a crisis": one partial quote, not an indirect one around it as well. */
    @Test
    void reportedClauseWithAQuotedFragmentIsOnlyThePartialQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Pence/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "country/NN/O/4/nsubj",
                "is/VBZ/O/1/ccomp",
                "“/``/O/8/punct",
                "in/IN/O/8/case",
                "a/DT/O/8/det",
                "crisis/NN/O/4/obl",
                "”/''/O/8/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertEquals(QuoteKind.PARTIAL, done.quotes().get(0).kind());
        assertEquals("Pence", speaker(done, done.quotes().get(0)));
    }

    /** Verbs of characterising ("referred to it as", "attacked it as") attribute the quoted words they take. */
    @Test
    void characterisingVerbsAttributeAQuotedNounPhrase() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ross/NNP/PERSON/1/nsubj",
                "attacked/VBD/O/-1/root",
                "it/PRP/O/1/obj",
                "as/IN/O/5/case",
                "“/``/O/5/punct",
                "gamesmanship/NN/O/1/obl",
                "”/''/O/5/punct"));
        Quote quote = quote(done, "gamesmanship");
        assertEquals(QuoteKind.PARTIAL, quote.kind());
        assertEquals("Ross", speaker(done, quote));
    }

    /** "The President insists that ...": a title alone names the person the article gave that role. */
    @Test
    void titleSubjectResolvesToThePersonHoldingThatRole() {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "President/NNP/O/1/compound Ana/NNP/PERSON/2/compound Lopez/NNP/PERSON/3/nsubj spoke/VBD/O/-1/root ././O/3/punct",
                "Bo/NNP/PERSON/1/compound Kim/NNP/PERSON/2/nsubj left/VBD/O/-1/root ././O/2/punct",
                "The/DT/O/1/det President/NNP/O/2/nsubj insists/VBZ/O/-1/root that/IN/O/5/mark taxes/NNS/O/5/nsubj"
                        + " fall/VBP/O/2/ccomp ././O/2/punct"));
        Mention lopez = parsed.mentions().stream()
                .filter(m -> m.text().equals("Ana Lopez"))
                .findFirst()
                .orElseThrow();
        List<Mention> resolved = parsed.mentions().stream()
                .map(m -> m == lopez ? m.withActor("person:ana-lopez", "") : m)
                .toList();
        Actor president = new Actor(
                "person:ana-lopez", "Ana Lopez", ActorKind.PERSON, "", "president", "GOV", List.of(), List.of());
        Document done = stage.apply(parsed.withActors(List.of(president), resolved));
        Quote quote = quote(done, "taxes fall");
        assertEquals("person:ana-lopez", quote.speakerId());
        assertEquals("Ana Lopez", speaker(done, quote));
    }

    /** "The mayor said ... Mayor Ana Lopez": with nobody before, the one holder the article names later. */
    @Test
    void definiteTitleSubjectResolvesToTheOnlyHolderNamedLater() {
        Document done = mayorSaidThen(
                "Mayor/NNP/O/2/compound Ana/NNP/PERSON/2/compound Lopez/NNP/PERSON/3/nsubj spoke/VBD/O/-1/root"
                        + " ././O/3/punct");
        assertEquals("person:ana-lopez", quote(done, "roads reopen").speakerId());
    }

    /** Two people the article later calls mayor: which one spoke is not known, so neither is the speaker. */
    @Test
    void definiteTitleSubjectTakesNobodyWhenTwoHoldersAreNamedLater() {
        Document done = mayorSaidThen(
                "Mayor/NNP/O/2/compound Ana/NNP/PERSON/2/compound Lopez/NNP/PERSON/3/nsubj met/VBD/O/-1/root"
                        + " Mayor/NNP/O/6/compound Bo/NNP/PERSON/6/compound Kim/NNP/PERSON/3/obj ././O/3/punct");
        String speaker = quote(done, "roads reopen").speakerId();
        assertTrue(speaker == null || !speaker.startsWith("person:"), speaker);
    }

    private Document mayorSaidThen(String laterSentence) {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/1/det mayor/NN/O/2/nsubj said/VBD/O/-1/root roads/NNS/O/4/nsubj reopen/VBP/O/2/ccomp"
                        + " ././O/2/punct",
                laterSentence));
        List<Mention> resolved =
                resolvedByText(parsed, Map.of("Ana Lopez", "person:ana-lopez", "Bo Kim", "person:bo-kim"));
        List<Actor> actors = List.of(
                new Actor("person:ana-lopez", "Ana Lopez", ActorKind.PERSON, "", "mayor", "GOV", List.of(), List.of()),
                new Actor("person:bo-kim", "Bo Kim", ActorKind.PERSON, "", "mayor", "GOV", List.of(), List.of()));
        List<Actor> named = actors.stream()
                .filter(a -> resolved.stream().anyMatch(m -> a.id().equals(m.actorId())))
                .toList();
        return stage.apply(parsed.withActors(named, resolved));
    }

    /** "The president said" after the president and a later "former Vice President": the one holding it now. */
    @Test
    void titleSubjectSkipsFormerDeputyAndElectHoldersOfTheTitle() {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "President/NNP/O/1/compound Ana/NNP/PERSON/2/compound Lopez/NNP/PERSON/3/nsubj spoke/VBD/O/-1/root ././O/3/punct",
                "Former/JJ/O/2/amod Vice/NNP/O/2/compound President/NNP/O/4/compound Bo/NNP/PERSON/4/compound"
                        + " Kim/NNP/PERSON/5/nsubj left/VBD/O/-1/root ././O/5/punct",
                "The/DT/O/1/det president/NN/O/2/nsubj said/VBD/O/-1/root taxes/NNS/O/4/nsubj"
                        + " fall/VBP/O/2/ccomp ././O/2/punct"));
        List<Mention> resolved =
                resolvedByText(parsed, Map.of("Ana Lopez", "person:ana-lopez", "Bo Kim", "person:bo-kim"));
        Actor lopez = new Actor(
                "person:ana-lopez",
                "Ana Lopez",
                ActorKind.PERSON,
                "",
                "president",
                "GOV",
                List.of(),
                List.of(spanOf(parsed, "President", 0)));
        Actor kim = new Actor(
                "person:bo-kim",
                "Bo Kim",
                ActorKind.PERSON,
                "",
                "president",
                "GOV",
                List.of(),
                List.of(spanOf(parsed, "President", 1)));
        Document done = stage.apply(parsed.withActors(List.of(lopez, kim), resolved));
        assertEquals("person:ana-lopez", quote(done, "taxes fall").speakerId());
    }

    /** "The Foreign Secretary said" after "Foreign Secretary Ana Lopez met Secretary of State Bo Kim": Lopez. */
    @Test
    void regressionQualifiedTitleSubjectGoesToTheHolderGivenTheSameQualifier() {
        Document done = foreignSecretaryThen("The/DT/O/2/det Foreign/NNP/O/2/compound Secretary/NNP/O/3/nsubj");
        assertEquals("person:ana-lopez", quote(done, "taxes fall").speakerId());
    }

    /** "The Secretary said" names no qualifier, so the latest holder before it speaks, as before. */
    @Test
    void bareTitleSubjectStillGoesToTheLatestHolder() {
        Document done = foreignSecretaryThen("The/DT/O/1/det Secretary/NNP/O/2/nsubj");
        assertEquals("person:bo-kim", quote(done, "taxes fall").speakerId());
    }

    private Document foreignSecretaryThen(String subject) {
        int verb = subject.split(" ").length;
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "Foreign/NNP/O/1/compound Secretary/NNP/O/3/compound Ana/NNP/PERSON/3/compound"
                        + " Lopez/NNP/PERSON/4/nsubj met/VBD/O/-1/root Secretary/NNP/O/9/compound of/IN/O/7/case"
                        + " State/NNP/O/5/nmod Bo/NNP/PERSON/9/compound Kim/NNP/PERSON/4/obj ././O/4/punct",
                subject + " said/VBD/O/-1/root taxes/NNS/O/" + (verb + 2) + "/nsubj fall/VBP/O/" + verb
                        + "/ccomp ././O/" + verb + "/punct"));
        List<Mention> resolved = parsed.mentions().stream()
                .map(m -> m.text().equals("Ana Lopez")
                        ? m.withActor("person:ana-lopez", "")
                        : m.text().contains("Kim") ? m.withActor("person:bo-kim", "") : m)
                .toList();
        Actor lopez = new Actor(
                "person:ana-lopez",
                "Ana Lopez",
                ActorKind.PERSON,
                "",
                "secretary",
                "GOV",
                List.of(),
                List.of(spanOf(parsed, "Secretary", 0)));
        Actor kim = new Actor(
                "person:bo-kim",
                "Bo Kim",
                ActorKind.PERSON,
                "USA",
                "secretary",
                "GOV",
                List.of(),
                List.of(spanOf(parsed, "Secretary", 1)));
        return stage.apply(parsed.withActors(List.of(lopez, kim), resolved));
    }

    private static org.annals.core.Span spanOf(Document document, String word, int nth) {
        return document.tokens().stream()
                .filter(t -> t.word().equals(word))
                .skip(nth)
                .findFirst()
                .orElseThrow()
                .span();
    }

    /** "She went on to say, "..."": an infinitive cue takes the subject of the verb it completes. */
    @Test
    void infinitiveCueTakesTheSubjectOfTheVerbItCompletes() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "went/VBD/O/-1/root",
                "on/IN/O/5/case",
                "to/TO/O/5/mark",
                "say/VB/O/2/obl",
                ",/,/O/5/punct",
                "“/``/O/10/punct",
                "Taxes/NNS/O/10/nsubj",
                "will/MD/O/10/aux",
                "fall/VB/O/5/ccomp",
                "././O/2/punct",
                "”/''/O/2/punct"));
        Quote quote = quote(done, "Taxes will fall .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** With the main verb lost in the parse, "Mayor Bo Kim, ..., calling for ... "..."": the name is the subject. */
    @Test
    void participleHangingOnANameTakesItAsSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Mayor/NNP/O/2/compound",
                "Bo/NNP/PERSON/2/compound",
                "Kim/NNP/PERSON/-1/root",
                ",/,/O/2/punct",
                "calling/VBG/O/2/dep",
                "for/IN/O/7/case",
                "a/DT/O/7/det",
                "vote/NN/O/4/obl",
                "“/``/O/11/punct",
                "in/IN/O/11/case",
                "the/DT/O/11/det",
                "interest/NN/O/7/nmod",
                "”/''/O/4/punct",
                "././O/2/punct"));
        Quote quote = quote(done, "in the interest");
        assertEquals(QuoteKind.PARTIAL, quote.kind());
        assertEquals("Bo Kim", speaker(done, quote));
    }

    /** "Ana Ruiz warned the delayed budget could hurt growth", the cue misparsed as a clausal subject. */
    @Test
    void unattachedReportedClauseMayHoldAParticipleInItsSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "warned/VBD/O/7/csubj",
                "the/DT/O/5/det",
                "delayed/VBN/O/5/amod",
                "budget/NN/O/2/obj",
                "could/MD/O/7/aux",
                "hurt/VB/O/-1/root",
                "growth/NN/O/7/obj",
                "././O/7/punct"));
        Quote quote = quote(done, "the delayed budget could hurt growth");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** ""...," she said. Ana Ruiz continued, "..." The party refers to ...": the introducer before the quote wins. */
    @Test
    void speakerIntroducingAQuoteOutranksACueOpeningTheNextSentence() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj continued/VBD/O/-1/root ,/,/O/2/punct"
                        + " “/``/O/7/punct We/PRP/O/7/nsubj will/MD/O/7/aux win/VB/O/2/ccomp ././O/2/punct"
                        + " ”/''/O/2/punct",
                "The/DT/O/1/det party/NN/O/2/nsubj refers/VBZ/O/-1/root to/IN/O/5/case its/PRP$/O/5/nmod:poss"
                        + " voters/NNS/O/2/obl ././O/2/punct"));
        Quote quote = quote(done, "We will win .");
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "According to Ruiz's critics, ...": the critics vouch, not Ruiz; "Ruiz's office" would speak for her. */
    @Test
    void accordingToAPossessedGroupIsTheGroupNotThePossessor() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/4/case",
                "to/TO/O/0/fixed",
                "Ruiz/NNP/PERSON/4/nmod:poss",
                "'s/POS/O/2/case",
                "critics/NNS/O/8/obl",
                ",/,/O/8/punct",
                "the/DT/O/7/det",
                "plan/NN/O/8/nsubj",
                "failed/VBD/O/-1/root",
                "././O/8/punct"));
        Quote quote = quote(done, "the plan failed");
        assertEquals("Ruiz 's critics", speaker(done, quote));
        assertEquals("", quote.speakerId());
    }

    /** "According to Windsor Locks' first selectman, Chris Kervick, ...": the role holder vouches, not the town. */
    @Test
    void regressionAccordingToARoleOfAPossessorIsTheRolesHolder() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/5/case",
                "to/TO/O/0/fixed",
                "Acme/NNP/ORGANIZATION/5/nmod:poss",
                "'s/POS/O/2/case",
                "chief/JJ/O/5/amod",
                "engineer/NN/O/12/obl",
                ",/,/O/8/punct",
                "Ana/NNP/PERSON/8/compound",
                "Ruiz/NNP/PERSON/5/appos",
                ",/,/O/8/punct",
                "the/DT/O/11/det",
                "bridge/NN/O/12/nsubj",
                "failed/VBD/O/-1/root",
                "././O/12/punct"));
        Quote quote = quote(done, "the bridge failed");
        assertEquals("Ana Ruiz", speaker(done, quote));
        // The parser may hang the set-off name on the clause after it; it is still the engineer's.
        Document misparsed = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/5/case",
                "to/TO/O/0/fixed",
                "Acme/NNP/ORGANIZATION/5/nmod:poss",
                "'s/POS/O/2/case",
                "chief/JJ/O/5/amod",
                "engineer/NN/O/12/obl",
                ",/,/O/5/punct",
                "Ana/NNP/PERSON/8/compound",
                "Ruiz/NNP/PERSON/12/nsubj",
                ",/,/O/8/punct",
                "the/DT/O/11/det",
                "bridge/NN/O/12/nsubj",
                "failed/VBD/O/-1/root",
                "././O/12/punct"));
        assertEquals("Ana Ruiz", speaker(misparsed, misparsed.quotes().get(0)));
    }

    /** "According to his publicist, ...": the publicist vouches, not the man the pronoun stands for. */
    @Test
    void regressionAccordingToAPossessedRoleWithoutANameIsTheRole() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Bo/NNP/PERSON/1/compound Kurdi/NNP/PERSON/2/nsubj died/VBD/O/-1/root ././O/2/punct",
                "According/VBG/O/3/case to/TO/O/0/fixed his/PRP$/O/3/nmod:poss publicist/NN/O/7/obl ,/,/O/3/punct"
                        + " the/DT/O/6/det illness/NN/O/7/nsubj began/VBD/O/-1/root early/RB/O/7/advmod"
                        + " ././O/7/punct"));
        Quote quote = quote(done, "the illness began early");
        assertEquals("his publicist", speaker(done, quote));
        assertEquals("", quote.speakerId());
    }

    /** "According to Acme's spokesman, Ana Ruiz, ...": a spokesperson speaks for the body, named or not. */
    @Test
    void accordingToANamedSpokespersonOfABodyIsTheBody() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/4/case",
                "to/TO/O/0/fixed",
                "Acme/NNP/ORGANIZATION/4/nmod:poss",
                "'s/POS/O/2/case",
                "spokesman/NN/O/11/obl",
                ",/,/O/7/punct",
                "Ana/NNP/PERSON/7/compound",
                "Ruiz/NNP/PERSON/4/appos",
                ",/,/O/7/punct",
                "the/DT/O/10/det",
                "bridge/NN/O/11/nsubj",
                "failed/VBD/O/-1/root",
                "././O/11/punct"));
        assertEquals("Acme", speaker(done, done.quotes().get(0)));
    }

    /** "According to Acme's office" or "Acme's statement": an office or a document speaks for its holder. */
    @Test
    void accordingToAPossessedOfficeOrDocumentIsThePossessor() {
        for (String noun : List.of("office", "statement", "order")) {
            Document done = quoted(HandDocuments.of(
                    TUESDAY,
                    "According/VBG/O/4/case",
                    "to/TO/O/0/fixed",
                    "Acme/NNP/ORGANIZATION/4/nmod:poss",
                    "'s/POS/O/2/case",
                    noun + "/NN/O/8/obl",
                    ",/,/O/4/punct",
                    "the/DT/O/7/det",
                    "bridge/NN/O/8/nsubj",
                    "failed/VBD/O/-1/root",
                    "././O/8/punct"));
            Quote quote = quote(done, "the bridge failed");
            assertEquals("Acme", speaker(done, quote), noun);
        }
    }

    /** "Ana Ruiz met voters in Lyon, urging them to vote": a free participle shares the clause's subject. */
    @Test
    void freeParticipleHungOnAnObjectSharesTheClausesSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "met/VBD/O/-1/root",
                "voters/NNS/O/2/obj",
                "in/IN/O/5/case",
                "Lyon/NNP/LOCATION/3/nmod",
                ",/,/O/3/punct",
                "urging/VBG/O/3/acl",
                "them/PRP/O/7/obj",
                "to/TO/O/10/mark",
                "vote/VB/O/7/xcomp",
                "././O/2/punct"));
        Quote quote = quote(done, "them to vote");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "Nurses signed a petition letter urging ...": the document speaks for who issued it there. */
    @Test
    void documentWithAParticipleSpeaksForWhoIssuedIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Forty/CD/O/1/nummod",
                "nurses/NNS/O/2/nsubj",
                "signed/VBD/O/-1/root",
                "a/DT/O/4/det",
                "letter/NN/O/2/obj",
                "urging/VBG/O/4/acl",
                "the/DT/O/7/det",
                "council/NN/O/5/obj",
                "to/TO/O/9/mark",
                "act/VB/O/5/xcomp",
                "././O/2/punct"));
        Quote quote = quote(done, "the council to act");
        assertEquals("Forty nurses", speaker(done, quote));
    }

    /** "Ana Ruiz, an envoy who studied it, cautioned peace is far": the finite cue lost its place in the parse. */
    @Test
    void cueParsedAsASubjectTakesTheNameTheSentenceHangsOn() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/-1/root",
                ",/,/O/1/punct",
                "an/DT/O/4/det",
                "envoy/NN/O/1/appos",
                "who/WP/O/6/nsubj",
                "studied/VBD/O/4/acl:relcl",
                "it/PRP/O/6/obj",
                ",/,/O/6/punct",
                "cautioned/VBD/O/12/nsubj",
                "peace/NN/O/9/obj",
                "is/VBZ/O/12/cop",
                "far/RB/O/6/parataxis",
                "././O/1/punct"));
        Quote quote = quote(done, "peace is far");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "claimed Bo Kim only lost ...", "reported both rice and wheat had ...": adverbs and paired conjunctions. */
    @Test
    void unattachedReportedClauseAllowsAnAdverbBeforeItsVerbAndAPairedSubject() {
        Document adverb = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "claimed/VBD/O/-1/root",
                "Bo/NNP/PERSON/4/compound",
                "Kim/NNP/PERSON/2/obj",
                "only/RB/O/6/advmod",
                "lost/VBD/O/2/dep",
                "narrowly/RB/O/6/advmod",
                "././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(adverb, quote(adverb, "Bo Kim only lost narrowly")));
        Document paired = quoted(HandDocuments.of(
                TUESDAY,
                "Reuters/NNP/ORGANIZATION/1/nsubj",
                "confirmed/VBD/O/7/csubj",
                "both/CC/O/3/cc:preconj",
                "rice/NN/O/1/obj",
                "and/CC/O/5/cc",
                "wheat/NN/O/3/conj",
                "had/VBD/O/7/aux",
                "risen/VBN/O/-1/root",
                "././O/7/punct"));
        assertEquals("Reuters", speaker(paired, quote(paired, "both rice and wheat had risen")));
    }

    /** "The strike has ended, union leaders confirmed on Friday.": the attribution trails the reported clause. */
    @Test
    void attributionAfterTheClauseReportsTheClauseBeforeIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "strike/NN/O/3/nsubj",
                "has/VBZ/O/3/aux",
                "ended/VBN/O/-1/root",
                ",/,/O/3/punct",
                "union/NN/O/6/compound",
                "leaders/NNS/O/7/nsubj",
                "confirmed/VBD/O/3/parataxis",
                "on/IN/O/9/case",
                "Friday/NNP/DATE/7/obl",
                "././O/3/punct"));
        Quote quote = quote(done, "The strike has ended");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("union leaders", speaker(done, quote));
        Document parenthetical = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "strike/NN/O/6/nsubj",
                ",/,/O/4/punct",
                "leaders/NNS/O/4/nsubj",
                "confirmed/VBD/O/6/parataxis",
                ",/,/O/4/punct",
                "ended/VBD/O/-1/root",
                "././O/6/punct"));
        assertEquals(
                List.of(),
                parenthetical.quotes().stream()
                        .map(Quote::text)
                        .filter(t -> t.equals("The strike"))
                        .toList());
        Document phrase = quoted(HandDocuments.of(
                TUESDAY,
                "In/IN/O/2/case",
                "a/DT/O/2/det",
                "release/NN/O/3/obl",
                "issued/VBN/O/-1/root",
                "on/IN/O/5/case",
                "Monday/NNP/DATE/3/obl",
                ",/,/O/3/punct",
                "the/DT/O/8/det",
                "ministry/NN/O/9/nsubj",
                "denounced/VBD/O/3/parataxis",
                "the/DT/O/11/det",
                "plan/NN/O/9/obj",
                "././O/3/punct"));
        assertEquals(List.of(), phrase.quotes());
    }

    /** "Ana Ruiz did not say she had lied": a report denied is no report (the guidelines' negated reports). */
    @Test
    void negatedCueReportsNothing() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/4/nsubj",
                "did/VBD/O/4/aux",
                "not/RB/O/4/advmod",
                "say/VB/O/-1/root",
                "she/PRP/O/7/nsubj",
                "had/VBD/O/7/aux",
                "lied/VBN/O/4/ccomp",
                "././O/4/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "According to security camera footage, the van turned": what a recording shows is nobody's speech. */
    @Test
    void accordingToARecordingIsNoQuoteButARecordingAndAMediumIs() {
        Document footage = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/4/case",
                "to/TO/O/0/fixed",
                "security/NN/O/4/compound",
                "camera/NN/O/4/compound",
                "footage/NN/O/8/obl",
                ",/,/O/8/punct",
                "the/DT/O/7/det",
                "van/NN/O/8/nsubj",
                "turned/VBD/O/-1/root",
                "././O/8/punct"));
        assertEquals(List.of(), footage.quotes());
        Document withMedium = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/2/case",
                "to/TO/O/0/fixed",
                "videos/NNS/O/8/obl",
                "and/CC/O/4/cc",
                "Reuters/NNP/ORGANIZATION/2/conj",
                ",/,/O/8/punct",
                "the/DT/O/7/det",
                "van/NN/O/8/nsubj",
                "turned/VBD/O/-1/root",
                "././O/8/punct"));
        assertEquals("Reuters", speaker(withMedium, quote(withMedium, "the van turned")));
    }

    /** "She expressed a wish to "build a fairer city"": expressing is saying, so the fragment is hers. */
    @Test
    void expressingAttributesAQuotedFragment() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "expressed/VBD/O/-1/root",
                "a/DT/O/4/det",
                "wish/NN/O/2/obj",
                "to/TO/O/7/mark",
                "“/``/O/7/punct",
                "build/VB/O/4/acl",
                "a/DT/O/10/det",
                "fairer/JJR/O/10/amod",
                "city/NN/O/7/obj",
                "”/''/O/7/punct",
                "././O/2/punct"));
        Quote quote = quote(done, "build a fairer city");
        assertEquals(QuoteKind.PARTIAL, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "It was announced by the ministry that ...": the agent spoke; "Ana was told that ..." names no speaker. */
    @Test
    void passiveCueIsAttributedToItsAgentNeverToItsSubject() {
        Document agent = quoted(HandDocuments.of(
                TUESDAY,
                "It/PRP/O/2/nsubj:pass",
                "was/VBD/O/2/aux:pass",
                "announced/VBN/O/-1/root",
                "by/IN/O/5/case",
                "the/DT/O/5/det",
                "ministry/NN/O/2/obl",
                "that/IN/O/8/mark",
                "taxes/NNS/O/8/nsubj",
                "fall/VBP/O/2/ccomp",
                "././O/2/punct"));
        assertEquals("the ministry", speaker(agent, quote(agent, "taxes fall")));
        Document addressee = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/3/nsubj:pass",
                "was/VBD/O/3/aux:pass",
                "told/VBN/O/-1/root",
                "that/IN/O/6/mark",
                "taxes/NNS/O/6/nsubj",
                "fall/VBP/O/3/ccomp",
                "././O/3/punct"));
        assertEquals(
                List.of(),
                addressee.quotes().stream()
                        .filter(q -> speaker(addressee, q).contains("Ruiz"))
                        .toList());
    }

    /** "The Red Cross's spokeswoman said ...": the organisation speaks through her, though a possessor rarely does. */
    @Test
    void spokespersonSpeaksForTheOrganisation() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "Red/NNP/ORGANIZATION/2/compound",
                "Cross/NNP/ORGANIZATION/4/nmod:poss",
                "'s/POS/O/2/case",
                "spokeswoman/NN/O/5/nsubj",
                "said/VBD/O/-1/root",
                "aid/NN/O/7/nsubj",
                "arrived/VBD/O/5/ccomp",
                "././O/5/punct"));
        assertEquals("Red Cross", speaker(done, quote(done, "aid arrived")));
    }

    /** "Bo Kim met Ana Ruiz. She said ...", "she" resolved to Ruiz by the actors stage: named by Ruiz's mention. */
    @Test
    void pronounResolvedByTheActorsStageIsNamedByThatActorsMention() {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "Bo/NNP/PERSON/1/compound Kim/NNP/PERSON/2/nsubj met/VBD/O/-1/root Ana/NNP/PERSON/4/compound"
                        + " Ruiz/NNP/PERSON/2/obj ././O/2/punct",
                "She/PRP/O/1/nsubj said/VBD/O/-1/root taxes/NNS/O/3/nsubj fall/VBP/O/1/ccomp ././O/1/punct"));
        List<Mention> resolved = resolvedByText(
                parsed, Map.of("Bo Kim", "person:bo-kim", "Ana Ruiz", "person:ana-ruiz", "She", "person:ana-ruiz"));
        Document done = stage.apply(parsed.withActors(List.of(), resolved));
        Quote quote = quote(done, "taxes fall");
        assertEquals("person:ana-ruiz", quote.speakerId());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /**
     * "Bo Kim met Ana Ruiz. The head of the inquiry spoke. She said ...": where the actors stage ran and left "she"
     * unresolved (a nearer unnamed person), the latest name before is no speaker either.
     */
    @Test
    void regressionPronounTheActorsStageLeftUnresolvedGetsNoNameBefore() {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "Bo/NNP/PERSON/1/compound Kim/NNP/PERSON/2/nsubj met/VBD/O/-1/root Ana/NNP/PERSON/4/compound"
                        + " Ruiz/NNP/PERSON/2/obj ././O/2/punct",
                "She/PRP/O/1/nsubj said/VBD/O/-1/root taxes/NNS/O/3/nsubj fall/VBP/O/1/ccomp ././O/1/punct"));
        List<Mention> resolved =
                resolvedByText(parsed, Map.of("Bo Kim", "person:bo-kim", "Ana Ruiz", "person:ana-ruiz"));
        List<Actor> actors = List.of(
                new Actor("person:bo-kim", "Bo Kim", ActorKind.PERSON, "", "", "", List.of(), List.of()),
                new Actor("person:ana-ruiz", "Ana Ruiz", ActorKind.PERSON, "", "", "", List.of(), List.of()));
        Document done = stage.apply(parsed.withActors(actors, resolved));
        assertEquals("", quote(done, "taxes fall").speakerId());
    }

    /**
     * "the dams, which engineers said were safe, held": the relative pronoun is the report's moved subject, and the
     * report ends with the relative clause even when the parser hangs the main verb under the cue.
     */
    @Test
    void reportInsideARelativeClauseIsTheRestOfTheClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "dams/NNS/O/-1/root",
                ",/,/O/1/punct",
                "which/WDT/O/5/obj",
                "engineers/NNS/O/5/nsubj",
                "said/VBD/O/1/acl:relcl",
                "were/VBD/O/7/cop",
                "safe/JJ/O/5/obl",
                ",/,/O/9/punct",
                "held/VBD/O/7/conj",
                "././O/1/punct"));
        Quote quote = quote(done, "were safe");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("engineers", speaker(done, quote));
        Document nested = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "said/VBD/O/-1/root",
                "she/PRP/O/5/nsubj",
                "may/MD/O/5/aux",
                "act/VB/O/2/ccomp",
                ",/,/O/5/punct",
                "which/WDT/O/9/obj",
                "she/PRP/O/9/nsubj",
                "said/VBD/O/5/acl:relcl",
                "was/VBD/O/11/cop",
                "wise/JJ/O/9/obl",
                "././O/2/punct"));
        assertEquals(
                List.of("she may act , which she said was wise"),
                nested.quotes().stream().map(Quote::text).toList());
    }

    /** "Ana Ruiz spoke. They said ...": a plural pronoun the actors stage left open is no single person. */
    @Test
    void unresolvedPluralPronounIsNotTheLatestPerson() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj spoke/VBD/O/-1/root ././O/2/punct",
                "They/PRP/O/1/nsubj said/VBD/O/-1/root taxes/NNS/O/3/nsubj fall/VBP/O/1/ccomp ././O/1/punct"));
        assertEquals("", speaker(done, quote(done, "taxes fall")));
    }

    /** "The agency said exports continued" after "the Saudi Press Agency reported": the latest agency. */
    @Test
    void institutionNounSubjectResolvesToTheLatestOrganisationNamedSo() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Saudi/NNP/ORGANIZATION/2/compound Press/NNP/ORGANIZATION/2/compound Agency/NNP/ORGANIZATION/3/nsubj"
                        + " reported/VBD/O/-1/root fires/NNS/O/3/obj ././O/3/punct",
                "The/DT/O/1/det agency/NN/O/2/nsubj said/VBD/O/-1/root exports/NNS/O/4/nsubj continued/VBD/O/2/ccomp"
                        + " ././O/2/punct"));
        assertEquals("Saudi Press Agency", speaker(done, quote(done, "exports continued")));
    }

    /** "Raab urged the embassy to reconsider": the addressee and the infinitive are the reported content. */
    @Test
    void directiveCueReportsItsAddresseeAndInfinitive() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Raab/NNP/PERSON/1/nsubj",
                "urged/VBD/O/-1/root",
                "the/DT/O/3/det",
                "embassy/NN/O/1/obj",
                "to/TO/O/5/mark",
                "reconsider/VB/O/1/xcomp",
                ",/,/O/8/punct",
                "officials/NNS/O/5/nmod",
                "said/VBD/O/7/acl",
                "././O/1/punct"));
        // What follows a comma is the reporter's addition, not the reported content.
        Quote quote = quote(done, "the embassy to reconsider");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Raab", speaker(done, quote));
        // "calling a halt to rescue work": "call" directs only with "on" or "for" before the infinitive.
        Document halt = quoted(HandDocuments.of(
                TUESDAY,
                "Raab/NNP/PERSON/1/nsubj",
                "called/VBD/O/-1/root",
                "a/DT/O/3/det",
                "halt/NN/O/1/obj",
                "to/TO/O/5/mark",
                "rescue/VB/O/1/xcomp",
                "work/NN/O/5/obj"));
        assertEquals(List.of(), halt.quotes());
        // "urged restraint" names no content: a noun phrase alone is not a quote.
        Document bare = quoted(HandDocuments.of(
                TUESDAY, "Raab/NNP/PERSON/1/nsubj", "urged/VBD/O/-1/root", "restraint/NN/O/1/obj", "././O/1/punct"));
        assertEquals(List.of(), bare.quotes());
    }

    /** "Chris Christie, who denounced the claims as a “national embarrassment”": the relative pronoun's noun. */
    @Test
    void relativePronounSubjectStandsForTheNounItsClauseHangsOn() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Chris/NNP/PERSON/1/compound",
                "Christie/NNP/PERSON/-1/root",
                ",/,/O/1/punct",
                "who/WP/O/4/nsubj",
                "denounced/VBD/O/1/acl:relcl",
                "the/DT/O/6/det",
                "claims/NNS/O/4/obj",
                "as/IN/O/11/case",
                "a/DT/O/11/det",
                "“/``/O/11/punct",
                "national/JJ/O/11/amod",
                "embarrassment/NN/O/4/obl",
                "”/''/O/11/punct"));
        Quote quote = quote(done, "national embarrassment");
        assertEquals(QuoteKind.PARTIAL, quote.kind());
        assertEquals("Chris Christie", speaker(done, quote));
    }

    /** "They released a statement which said, “Hagia Sophia must stay.”": a name inside the quote never speaks. */
    @Test
    void regressionNameInsideTheRelativeClauseIsNotTheSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "They/PRP/O/1/nsubj",
                "released/VBD/O/-1/root",
                "a/DT/O/3/det",
                "statement/NN/O/1/obj",
                "which/WDT/O/5/nsubj",
                "said/VBD/O/3/acl:relcl",
                ",/,/O/5/punct",
                "“/``/O/10/punct",
                "Hagia/NNP/PERSON/9/compound",
                "Sophia/NNP/PERSON/10/nsubj",
                "stays/VBZ/O/5/ccomp",
                "././O/10/punct",
                "”/''/O/10/punct"));
        Quote quote = quote(done, "Hagia Sophia stays .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("a statement", speaker(done, quote));
    }

    /** "the prosecutor general of Tehran, Ali Mehr, said": the parser hangs the apposition on "Tehran". */
    @Test
    void regressionPersonInAnAppositionAfterAPrepositionalPhraseIsTheSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "the/DT/O/2/det",
                "prosecutor/NN/O/2/compound",
                "general/NN/O/10/nsubj",
                "of/IN/O/4/case",
                "Tehran/NNP/LOCATION/2/nmod",
                ",/,/O/2/punct",
                "Ali/NNP/PERSON/7/compound",
                "Mehr/NNP/PERSON/4/appos",
                ",/,/O/2/punct",
                "later/RB/O/10/advmod",
                "said/VBD/O/-1/root",
                "prices/NNS/O/12/nsubj",
                "rose/VBD/O/10/ccomp"));
        assertEquals("Ali Mehr", speaker(done, quote(done, "prices rose")));
    }

    /** "Okafor maintained the bridge is safe", parsed with "bridge" as the cue's object: still reported speech. */
    @Test
    void clauseTheParserHungAsTheCuesObjectIsStillReported() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Okafor/NNP/PERSON/3/nsubj has/VBZ/O/3/aux repeatedly/RB/O/3/advmod maintained/VBN/O/-1/root"
                        + " the/DT/O/5/det bridge/NN/O/3/obj is/VBZ/O/7/cop safe/JJ/O/3/dep ././O/3/punct",
                "Okafor/NNP/PERSON/1/nsubj announced/VBD/O/-1/root the/DT/O/4/det new/JJ/O/4/amod"
                        + " bridge/NN/O/1/obj on/IN/O/6/case Friday/NNP/O/1/obl ././O/1/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote reported = quote(done, "the bridge is safe");
        assertEquals(QuoteKind.INDIRECT, reported.kind());
        assertEquals("Okafor", speaker(done, reported));
        assertEquals("maintain", reported.cue());
    }

    /** "..., adding Peru would join": a participle after a quotation keeps the sentence's subject as speaker. */
    @Test
    void participleAfterAQuotationIsNoInvertedAttribution() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Okafor/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "talks/NNS/O/5/nsubj",
                "must/MD/O/5/aux",
                "continue/VB/O/1/ccomp",
                "“/``/O/7/punct",
                "quickly/RB/O/5/advmod",
                "”/''/O/7/punct",
                ",/,/O/1/punct",
                "adding/VBG/O/1/advcl",
                "Peru/NNP/LOCATION/10/obj",
                "would/MD/O/13/aux",
                "join/VB/O/10/dep",
                "././O/1/punct"));
        Quote added = quote(done, "Peru would join");
        assertEquals(QuoteKind.INDIRECT, added.kind());
        assertEquals("Okafor", speaker(done, added));
    }

    /** "“We rebuild” wrote Berg", with "wrote" parsed as an adjective of the name: the name after the verb. */
    @Test
    void regressionInvertedAttributionWithABrokenParseTakesTheNameAfterTheVerb() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/2/punct",
                "We/PRP/O/2/nsubj",
                "rebuild/VBP/O/-1/root",
                "”/''/O/2/punct",
                "wrote/VBN/O/6/amod",
                "Mayor/NNP/O/6/compound",
                "Berg/NNP/PERSON/2/obj",
                "././O/2/punct"));
        assertEquals("Berg", speaker(done, quote(done, "We rebuild")));
    }

    /** "wrote Ruiz on Facebook" tagged as one miscellaneous name: Ruiz is the person named earlier. */
    @Test
    void regressionSurnameInsideAMisTaggedNameIsThePersonNamedEarlier() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj resigned/VBD/O/-1/root ././O/2/punct",
                "“/``/O/2/punct We/PRP/O/2/nsubj rebuild/VBP/O/-1/root ,/,/O/2/punct ”/''/O/2/punct"
                        + " wrote/VBD/O/2/parataxis Ruiz/NNP/MISC/5/obj on/IN/MISC/8/case Facebook/NNP/MISC/5/obl"
                        + " ././O/2/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "We rebuild")));
    }

    /** "Another former Lee adviser, Ana Ruiz, ... encouraged": the name in apposition, not the one qualifying. */
    @Test
    void nameInAppositionWinsOverANameQualifyingTheSubjectNoun() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Another/DT/O/3/det",
                "former/JJ/O/3/amod",
                "Lee/NNP/PERSON/3/compound",
                "adviser/NN/O/9/nsubj",
                ",/,/O/3/punct",
                "Ana/NNP/PERSON/6/compound",
                "Ruiz/NNP/PERSON/3/appos",
                ",/,/O/3/punct",
                "also/RB/O/9/advmod",
                "spoke/VBD/O/-1/root",
                "and/CC/O/11/cc",
                "encouraged/VBD/O/9/conj",
                "voters/NNS/O/11/obj",
                "to/TO/O/14/mark",
                "stay/VB/O/11/xcomp",
                "././O/9/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "voters to stay")));
    }

    /** "the term “...”", "the slogan, “...”", "dubbed “...”", "named it “...”": words mentioned, nobody quoted. */
    @Test
    void wordsMentionedAsWordsOrNamesAreScareQuotesEvenNearACue() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Okafor/NNP/PERSON/1/nsubj said/VBD/O/-1/root the/DT/O/3/det term/NN/O/7/nsubj"
                        + " “/``/O/5/punct recession/NN/O/3/appos ”/''/O/5/punct misleads/VBZ/O/1/ccomp"
                        + " ././O/1/punct",
                "Ruiz/NNP/PERSON/1/nsubj named/VBD/O/-1/root it/PRP/O/1/obj “/``/O/5/punct"
                        + " Harbour/NNP/O/5/compound Light/NNP/O/1/xcomp ”/''/O/5/punct ././O/1/punct",
                "They/PRP/O/1/nsubj joined/VBD/O/-1/root a/DT/O/3/det group/NN/O/1/obj called/VBN/O/3/acl"
                        + " “/``/O/7/punct Open/JJ/O/7/amod Doors/NNS/O/4/xcomp ”/''/O/7/punct ././O/1/punct"));
        for (String words : List.of("recession", "Harbour Light", "Open Doors")) {
            Quote quote = quote(done, words);
            assertEquals(QuoteKind.SCARE, quote.kind(), words);
            assertNull(quote.speakerSpan(), words);
        }
    }

    /** "The statement also said ..." speaks for whoever issued the statement where the article first named it. */
    @Test
    void documentAsSubjectSpeaksForItsIssuer() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Berg/NNP/PERSON/6/nsubj ,/,/O/6/punct in/IN/O/4/case a/DT/O/4/det statement/NN/O/6/obl ,/,/O/6/punct"
                        + " announced/VBD/O/-1/root talks/NNS/O/8/nsubj failed/VBD/O/6/ccomp ././O/6/punct",
                "The/DT/O/1/det statement/NN/O/3/nsubj also/RB/O/3/advmod said/VBD/O/-1/root prices/NNS/O/5/nsubj"
                        + " rose/VBD/O/3/ccomp ././O/3/punct"));
        assertEquals("Berg", speaker(done, quote(done, "prices rose")));
    }

    /** "X published an article ... The report claimed ...": a newspaper's article is "the report" after it. */
    @Test
    void reportAfterAPublishedArticleSpeaksForThePublisher() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/2/det Daily/NNP/ORGANIZATION/2/compound Ledger/NNP/ORGANIZATION/3/nsubj"
                        + " published/VBD/O/-1/root an/DT/O/5/det article/NN/O/3/obj about/IN/O/8/case"
                        + " the/DT/O/8/det mayor/NN/O/5/nmod ././O/3/punct",
                "The/DT/O/1/det report/NN/O/2/nsubj claimed/VBD/O/-1/root the/DT/O/4/det mayor/NN/O/5/nsubj"
                        + " lied/VBD/O/2/ccomp ././O/2/punct"));
        assertEquals("Daily Ledger", speaker(done, quote(done, "the mayor lied")));
    }

    /** Regression: "The New York Post published an article": a name ending in "Post" issues, though a post is a document. */
    @Test
    void newspaperNamedPostIssuesItsArticle() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/3/det New/NNP/ORGANIZATION/3/compound York/NNP/ORGANIZATION/3/compound"
                        + " Post/NNP/ORGANIZATION/4/nsubj published/VBD/O/-1/root an/DT/O/6/det article/NN/O/4/obj"
                        + " ././O/4/punct",
                "The/DT/O/1/det report/NN/O/2/nsubj claimed/VBD/O/-1/root the/DT/O/4/det mayor/NN/O/5/nsubj"
                        + " lied/VBD/O/2/ccomp ././O/2/punct"));
        assertEquals("New York Post", speaker(done, quote(done, "the mayor lied")));
    }

    /** "X released the book ... The book alleges ...": a book speaks for the author who put it out. */
    @Test
    void bookSpeaksForTheAuthorWhoReleasedIt() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj released/VBD/O/-1/root the/DT/O/4/det"
                        + " book/NN/O/2/obj Hard/NNP/MISC/6/compound Times/NNP/MISC/4/appos ././O/2/punct",
                "The/DT/O/1/det book/NN/O/2/nsubj alleges/VBZ/O/-1/root the/DT/O/4/det mayor/NN/O/5/nsubj"
                        + " lied/VBD/O/2/ccomp ././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "the mayor lied")));
    }

    /** "Ruiz read an article ... The report said ...": who reads or shares a piece did not put it out. */
    @Test
    void readerOfAnArticleIsNotItsIssuer() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj read/VBD/O/-1/root an/DT/O/4/det"
                        + " article/NN/O/2/obj about/IN/O/7/case the/DT/O/7/det mayor/NN/O/4/nmod ././O/2/punct",
                "The/DT/O/1/det report/NN/O/2/nsubj claimed/VBD/O/-1/root the/DT/O/4/det mayor/NN/O/5/nsubj"
                        + " lied/VBD/O/2/ccomp ././O/2/punct"));
        Quote quote = quote(done, "the mayor lied");
        assertNotEquals("Ana Ruiz", speaker(done, quote));
        assertNotEquals("Ruiz", speaker(done, quote));
    }

    /** Regression: "when I was reading another article was: ..." made "reading" a cue that quotes the article. */
    @Test
    void readingAnArticleQuotesNothing() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "I/PRP/O/2/nsubj was/VBD/O/2/aux reading/VBG/O/-1/root another/DT/O/4/det article/NN/O/2/obj",
                "about/IN/O/7/case the/DT/O/7/det vote/NN/O/4/nmod ././O/2/punct"));
        assertTrue(done.quotes().isEmpty());
    }

    /** "slammed Ruiz for a Daily Ledger story alleging the mayor lied": the story's clause is the paper's. */
    @Test
    void storyWithAParticipleReportSpeaksForItsPaper() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Berg/NNP/PERSON/1/nsubj slammed/VBD/O/-1/root Ruiz/NNP/PERSON/1/obj for/IN/O/7/case a/DT/O/7/det",
                "Daily/NNP/ORGANIZATION/6/compound Ledger/NNP/ORGANIZATION/7/compound story/NN/O/1/obl",
                "alleging/VBG/O/7/acl the/DT/O/10/det mayor/NN/O/11/nsubj lied/VBD/O/8/ccomp ././O/1/punct"));
        assertEquals("Daily Ledger", speaker(done, quote(done, "the mayor lied")));
    }

    /** "The court's summary concluded": the court's, and "the court" is the one the article names most. */
    @Test
    void documentWithAPossessorSpeaksForIt() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/2/det Harbour/NNP/ORGANIZATION/2/compound Court/NNP/ORGANIZATION/3/nsubj"
                        + " heard/VBD/O/-1/root cases/NNS/O/3/obj ././O/3/punct",
                "The/DT/O/2/det Harbour/NNP/ORGANIZATION/2/compound Court/NNP/ORGANIZATION/3/nsubj"
                        + " met/VBD/O/-1/root ././O/3/punct",
                "Only/RB/O/3/advmod the/DT/O/3/det High/NNP/ORGANIZATION/3/compound Court/NNP/ORGANIZATION/4/nsubj"
                        + " ranks/VBZ/O/-1/root higher/RBR/O/4/advmod ././O/4/punct",
                "The/DT/O/1/det court/NN/O/3/nmod:poss 's/POS/O/1/case summary/NN/O/4/nsubj"
                        + " concluded/VBD/O/-1/root fees/NNS/O/6/nsubj rose/VBD/O/4/ccomp ././O/4/punct"));
        assertEquals("Harbour Court", speaker(done, quote(done, "fees rose")));
    }

    /** "The paper quoted Ana Ruiz as saying “...”": the person quoted speaks, not the paper. */
    @Test
    void quotedAsSayingAttributesToThePersonQuoted() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Herald/NNP/ORGANIZATION/2/nsubj",
                "quoted/VBD/O/-1/root",
                "Ana/NNP/PERSON/4/compound",
                "Ruiz/NNP/PERSON/2/obj",
                "as/IN/O/6/mark",
                "saying/VBG/O/2/advcl",
                "“/``/O/9/punct",
                "costs/NNS/O/9/nsubj",
                "rose/VBD/O/6/ccomp",
                "”/''/O/9/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "costs rose")));
    }

    /** "According to a post by Ana Ruiz, ...": the person in the source phrase, not the platform named first. */
    @Test
    void accordingToPrefersThePersonInTheSourcePhrase() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/4/case",
                "to/TO/O/0/fixed",
                "a/DT/O/4/det",
                "Facebook/NNP/ORGANIZATION/4/compound",
                "post/NN/O/10/obl",
                "by/IN/O/7/case",
                "Ana/NNP/PERSON/7/compound",
                "Ruiz/NNP/PERSON/4/nmod",
                ",/,/O/10/punct",
                "prices/NNS/O/10/nsubj",
                "rose/VBD/O/-1/root",
                "././O/10/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "prices rose")));
    }

    /** "reported the ferry was delayed": the parser took the clause's subject for the cue's object. */
    @Test
    void clauseSplitIntoObjectAndFinitePredicateIsOneReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "reported/VBD/O/-1/root",
                "the/DT/O/3/det",
                "ferry/NN/O/1/obj",
                "was/VBD/O/5/aux:pass",
                "delayed/VBN/O/1/xcomp",
                "././O/1/punct"));
        Quote quote = quote(done, "the ferry was delayed");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Tanaka", speaker(done, quote));
        assertEquals("report", quote.cue());
        // "told the crew to wait": an infinitive has no tense of its own, so the object stays the addressee.
        Document order = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "told/VBD/O/-1/root",
                "the/DT/O/3/det",
                "crew/NN/O/1/obj",
                "to/TO/O/5/mark",
                "wait/VB/O/1/xcomp",
                "././O/1/punct"));
        assertEquals(List.of(), order.quotes());
    }

    /** "told the crew they were late": a finite piece with its own subject starts the report; the object is heard. */
    @Test
    void objectBeforeAPieceWithItsOwnSubjectIsTheAddressee() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "told/VBD/O/-1/root",
                "the/DT/O/3/det",
                "crew/NN/O/1/obj",
                "they/PRP/O/6/nsubj",
                "were/VBD/O/6/cop",
                "late/JJ/O/1/dep",
                "././O/1/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertEquals("Tanaka", speaker(done, quote(done, "they were late")));
    }

    /** "Tanaka announced the schools would close" parsed with "Tanaka announced the schools" as the subject. */
    @Test
    void cueParsedAsTheSubjectOfTheReportedVerbStillReports() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "announced/VBD/O/5/csubj",
                "the/DT/O/3/det",
                "schools/NNS/O/1/obj",
                "would/MD/O/5/aux",
                "close/VB/O/-1/root",
                "././O/5/punct"));
        Quote quote = quote(done, "the schools would close");
        assertEquals("Tanaka", speaker(done, quote));
        assertEquals("announce", quote.cue());
        Document addressed = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "told/VBD/O/7/csubj",
                "the/DT/O/3/det",
                "council/NN/O/1/iobj",
                "an/DT/O/5/det",
                "audit/NN/O/1/obj",
                "had/VBD/O/7/aux",
                "found/VBN/O/-1/root",
                "errors/NNS/O/7/obj",
                "././O/7/punct"));
        assertEquals("Tanaka", speaker(addressed, quote(addressed, "an audit had found errors")));
    }

    /** "confirmed on Monday the port had reopened": the report follows an adverbial of the cue. */
    @Test
    void reportAfterAnAdverbialOfTheCue() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "confirmed/VBD/O/-1/root",
                "on/IN/O/3/case",
                "Monday/NNP/O/1/obl",
                "the/DT/O/5/det",
                "port/NN/O/7/nsubj",
                "had/VBD/O/7/aux",
                "reopened/VBN/O/1/parataxis",
                "././O/1/punct"));
        assertEquals("Tanaka", speaker(done, quote(done, "the port had reopened")));
        // After a semicolon the writer speaks again, whatever the parser hung the clause on.
        Document separate = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "confirmed/VBD/O/-1/root",
                "on/IN/O/3/case",
                "Monday/NNP/O/1/obl",
                ";/:/O/1/punct",
                "the/DT/O/6/det",
                "port/NN/O/8/nsubj",
                "had/VBD/O/8/aux",
                "reopened/VBN/O/1/parataxis",
                "././O/1/punct"));
        assertEquals(List.of(), separate.quotes());
    }

    /** "attacked the towers, which were unsafe": a relative clause describes the object, it reports nothing. */
    @Test
    void relativeClauseAfterTheObjectIsNoReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "attacked/VBD/O/-1/root",
                "the/DT/O/3/det",
                "towers/NNS/O/1/obj",
                ",/,/O/1/punct",
                "which/WDT/O/7/nsubj",
                "were/VBD/O/7/cop",
                "unsafe/JJ/O/1/dep",
                "././O/1/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "said the dam was full, but said the canal dried": two reports of one speaker, each ending at its own end. */
    @Test
    void secondCueHungInsideTheFirstReportEndsItAndSharesItsSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "dam/NN/O/5/nsubj",
                "was/VBD/O/5/cop",
                "full/JJ/O/1/ccomp",
                ",/,/O/5/punct",
                "but/CC/O/8/cc",
                "said/VBD/O/5/conj",
                "the/DT/O/10/det",
                "canal/NN/O/11/nsubj",
                "dried/VBD/O/8/ccomp",
                "././O/1/punct"));
        assertEquals(2, done.quotes().size(), done.quotes().toString());
        assertEquals("Tanaka", speaker(done, quote(done, "the dam was full")));
        assertEquals("Tanaka", speaker(done, quote(done, "the canal dried")));
        // A coordinated verb that reports nothing ("attacked a guard") stays in the report.
        Document acts = quoted(HandDocuments.of(
                TUESDAY,
                "Witnesses/NNS/O/1/nsubj",
                "said/VBD/O/-1/root",
                "a/DT/O/3/det",
                "man/NN/O/4/nsubj",
                "approached/VBD/O/1/ccomp",
                "and/CC/O/6/cc",
                "attacked/VBD/O/4/conj",
                "a/DT/O/8/det",
                "guard/NN/O/6/obj",
                "././O/1/punct"));
        assertEquals(
                QuoteKind.INDIRECT,
                quote(acts, "a man approached and attacked a guard").kind());
    }

    /** "informed police she had a permit, but “that she left”": one reporting act, one partial quote. */
    @Test
    void reportContinuedByAQuotedFragmentIsOnePartialQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj",
                "informed/VBD/O/-1/root",
                "police/NNS/O/1/obj",
                "she/PRP/O/4/nsubj",
                "had/VBD/O/1/dep",
                "a/DT/O/6/det",
                "permit/NN/O/4/obj",
                ",/,/O/1/punct",
                "but/CC/O/1/dep",
                "“/``/O/12/punct",
                "that/IN/O/12/mark",
                "she/PRP/O/12/nsubj",
                "left/VBD/O/8/dep",
                "”/''/O/12/punct",
                "././O/1/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertEquals(QuoteKind.PARTIAL, quote(done, "that she left").kind());
    }

    /** ""Nobody will stop us," she declared.": a quotative verb attributes the quotation it trails. */
    @Test
    void quotativeVerbAfterTheQuotationAttributesItButReportsNothingWithoutMarks() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Okafor/NNP/PERSON/1/nsubj declared/VBD/O/-1/root an/DT/O/3/det emergency/NN/O/1/obj ././O/1/punct",
                "“/``/O/3/punct Nobody/NN/O/3/nsubj will/MD/O/3/aux stop/VB/O/8/ccomp us/PRP/O/3/obj ,/,/O/3/punct"
                        + " ”/''/O/3/punct she/PRP/O/8/nsubj declared/VBD/O/-1/root ././O/8/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote quote = done.quotes().get(0);
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Okafor", speaker(done, quote));
        assertEquals("declare", quote.cue());
    }

    /** A quotation two paragraphs after the last one is no longer that speaker's turn. */
    @Test
    void quoteAfterAParagraphOfNarrationDoesNotContinueTheEarlierSpeaker() {
        List<String> attributed = List.of("Ruiz/NNP/PERSON/1/nsubj said/VBD/O/-1/root ,/,/O/1/punct “/``/O/5/punct"
                + " Prices/NNS/O/5/nsubj fell/VBD/O/1/ccomp ././O/5/punct ”/''/O/5/punct");
        List<String> narration =
                List.of("The/DT/O/1/det port/NN/O/2/nsubj closed/VBD/O/-1/root on/IN/O/4/case Monday/NNP/O/2/obl"
                        + " ././O/2/punct");
        List<String> unattributed = List.of(
                "“/``/O/3/punct Ships/NNS/O/3/nsubj must/MD/O/3/aux wait/VB/O/-1/root ././O/3/punct ”/''/O/3/punct");
        Document adjacent = quoted(HandDocuments.paragraphs(TUESDAY, List.of(attributed, unattributed)));
        Document apart = quoted(HandDocuments.paragraphs(TUESDAY, List.of(attributed, narration, unattributed)));
        assertEquals("Ruiz", speaker(adjacent, quote(adjacent, "Ships must wait .")));
        assertEquals("", speaker(apart, quote(apart, "Ships must wait .")));
    }

    /** "Okafor criticised the plan on Twitter. "It will fail."": the cue of the sentence before attributes it. */
    @Test
    void quotationOpeningTheSentenceAfterACueBelongsToThatCuesSubject() {
        List<String> cue = List.of("Okafor/NNP/PERSON/1/nsubj criticised/VBD/O/-1/root the/DT/O/3/det plan/NN/O/1/obj"
                + " on/IN/O/5/case Twitter/NNP/ORGANIZATION/1/obl ././O/1/punct");
        String quotation =
                "“/``/O/3/punct It/PRP/O/3/nsubj will/MD/O/3/aux fail/VB/O/-1/root ././O/3/punct ”/''/O/3/punct";
        Document sameParagraph = quoted(HandDocuments.sentences(TUESDAY, cue.get(0), quotation));
        Document nextParagraph = quoted(HandDocuments.paragraphs(TUESDAY, List.of(cue, List.of(quotation))));
        Quote quote = quote(sameParagraph, "It will fail .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Okafor", speaker(sameParagraph, quote));
        assertEquals("criticise", quote.cue());
        assertEquals("", speaker(nextParagraph, quote(nextParagraph, "It will fail .")));
    }

    /** Words in marks that say "I" or "my" are the words of the person the reporter's sentence is about. */
    @Test
    void firstPersonQuotationWithoutACueBelongsToThePersonTheSentenceIsAbout() {
        Document inSentence = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj saw/VBD/O/-1/root the/DT/O/3/det role/NN/O/1/obj as/IN/O/7/case"
                        + " a/DT/O/7/det “/``/O/7/punct chance/NN/O/1/obl to/TO/O/9/mark face/VB/O/7/acl"
                        + " my/PRP$/O/11/nmod:poss fears/NNS/O/9/obj ”/''/O/7/punct ././O/1/punct"));
        Quote partial = quote(inSentence, "chance to face my fears");
        assertEquals(QuoteKind.PARTIAL, partial.kind());
        assertEquals("Ruiz", speaker(inSentence, partial));

        String firstPerson =
                "“/``/O/2/punct I/PRP/O/2/nsubj wanted/VBD/O/-1/root more/JJR/O/2/obj ././O/2/punct ”/''/O/2/punct";
        Document afterPerson = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj left/VBD/O/-1/root the/DT/O/3/det show/NN/O/1/obj ././O/1/punct",
                firstPerson));
        Document afterThing = quoted(HandDocuments.sentences(
                TUESDAY, "The/DT/O/1/det storm/NN/O/2/nsubj hit/VBD/O/-1/root ././O/2/punct", firstPerson));
        assertEquals("Ruiz", speaker(afterPerson, quote(afterPerson, "I wanted more .")));
        assertEquals("", speaker(afterThing, quote(afterThing, "I wanted more .")));
    }

    /** ""Costs rise," wrote Acme Books editor Ana Ruiz": the person after the title wrote it, not her employer. */
    @Test
    void invertedAttributionTakesThePersonAfterATitleNamingAnOrganisation() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/2/punct Costs/NNS/O/2/nsubj rise/VBP/O/5/ccomp ,/,/O/2/punct ”/''/O/2/punct"
                        + " wrote/VBD/O/-1/root Acme/NNP/ORGANIZATION/7/compound Books/NNP/ORGANIZATION/5/obj"
                        + " editor/NN/O/10/compound Ana/NNP/PERSON/10/compound Ruiz/NNP/PERSON/7/appos"
                        + " ././O/5/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "Costs rise")));
    }

    /** The parser may make the opening mark of a quoted sentence its root; the mark is no sentence of the reporter. */
    @Test
    void regressionOpeningMarkParsedAsTheRootLeavesTheSpeakerToTheSentenceBefore() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj left/VBD/O/-1/root the/DT/O/3/det show/NN/O/1/obj ././O/1/punct",
                "“/``/O/-1/root I/PRP/O/2/nsubj wanted/VBD/O/0/dep more/JJR/O/2/obj ././O/2/punct ”/''/O/2/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "I wanted more .")));
    }

    /** "The defeat led Ruiz to admit "...": the one made to speak is the object, not the cause in subject place. */
    @Test
    void infinitiveCueAfterAnObjectIsThatPersonsSpeechButNotAThingsCompletion() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det defeat/NN/O/2/nsubj led/VBD/O/-1/root Ruiz/NNP/PERSON/2/obj to/TO/O/5/mark"
                        + " admit/VB/O/2/xcomp “/``/O/8/punct we/PRP/O/8/nsubj lost/VBD/O/5/ccomp ”/''/O/8/punct"
                        + " ././O/2/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "we lost")));

        Document thing = quoted(HandDocuments.of(
                TUESDAY,
                "Okafor/NNP/PERSON/1/nsubj criticised/VBD/O/-1/root the/DT/O/3/det refusal/NN/O/1/obj to/TO/O/5/mark"
                        + " debate/VB/O/1/xcomp ,/,/O/7/punct accusing/VBG/O/5/advcl them/PRP/O/7/obj"
                        + " of/IN/O/11/mark “/``/O/11/punct hiding/VBG/O/7/advcl ”/''/O/11/punct ././O/1/punct"));
        assertEquals("Okafor", speaker(thing, quote(thing, "hiding")));
    }

    /** "The actress recalled" after "Actress Ana Ruiz": the person given that title; "an actress" is someone else. */
    @Test
    void definiteNounSubjectResolvesToThePersonGivenItAsATitle() {
        String introduced = "Actress/NN/O/2/compound Ana/NNP/PERSON/2/compound Ruiz/NNP/PERSON/3/nsubj"
                + " arrived/VBD/O/-1/root ././O/3/punct";
        Document definite = quoted(HandDocuments.sentences(
                TUESDAY,
                introduced,
                "The/DT/O/1/det actress/NN/O/2/nsubj recalled/VBD/O/-1/root “/``/O/5/punct chaos/NN/O/2/obj"
                        + " ”/''/O/5/punct ././O/2/punct"));
        Document indefinite = quoted(HandDocuments.sentences(
                TUESDAY,
                introduced,
                "An/DT/O/1/det actress/NN/O/2/nsubj recalled/VBD/O/-1/root “/``/O/5/punct chaos/NN/O/2/obj"
                        + " ”/''/O/5/punct ././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(definite, quote(definite, "chaos")));
        assertEquals("An actress", speaker(indefinite, quote(indefinite, "chaos")));
    }

    /** "The mill closed last year, the regional council announced.": the subject hung as an apposition. */
    @Test
    void trailingAttributionWhoseSubjectTheParserHungOnThePhraseBefore() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "mill/NN/O/2/nsubj",
                "closed/VBD/O/-1/root",
                "last/JJ/O/4/amod",
                "year/NN/O/2/obl:tmod",
                ",/,/O/4/punct",
                "the/DT/O/8/det",
                "regional/JJ/O/8/amod",
                "council/NN/O/4/appos",
                "announced/VBD/O/2/dep",
                "././O/2/punct"));
        Quote quote = quote(done, "The mill closed last year");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("the regional council", speaker(done, quote));
    }

    /** "..., as the council announced.": a subordinated cue is the reporter's aside, not an attribution. */
    @Test
    void subordinatedTrailingCueAttributesNothing() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "mill/NN/O/2/nsubj",
                "closed/VBD/O/-1/root",
                ",/,/O/2/punct",
                "as/IN/O/7/mark",
                "the/DT/O/6/det",
                "council/NN/O/7/nsubj",
                "announced/VBD/O/2/advcl",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "After a hearing in Lyon, Judge Ana Ruiz ruled the ban was lawful": the name hung on "Lyon". */
    @Test
    void cueAfterAnAdverbialTakesTheNamePhraseTheParserHungOnIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "After/IN/O/2/case",
                "a/DT/O/2/det",
                "hearing/NN/O/9/obl",
                "in/IN/O/4/case",
                "Lyon/NNP/CITY/2/nmod",
                ",/,/O/4/punct",
                "Judge/NNP/TITLE/8/compound",
                "Ana/NNP/PERSON/8/compound",
                "Ruiz/NNP/PERSON/4/appos",
                "ruled/VBD/O/-1/root",
                "the/DT/O/11/det",
                "ban/NN/O/13/nsubj",
                "was/VBD/O/13/cop",
                "lawful/JJ/O/9/ccomp",
                "././O/9/punct"));
        Quote quote = quote(done, "the ban was lawful");
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "Radio Sur reported a crane [collapsed] VBN at the port": a participle with an active subject is a past tense. */
    @Test
    void reportedClauseWhosePastTenseWasTaggedAsAParticiple() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Radio/NNP/ORGANIZATION/1/compound",
                "Sur/NNP/ORGANIZATION/2/nsubj",
                "reported/VBD/O/-1/root",
                "a/DT/O/4/det",
                "crane/NN/O/5/nsubj",
                "collapsed/VBN/O/2/dep",
                "at/IN/O/8/case",
                "the/DT/O/8/det",
                "port/NN/O/5/obl",
                "././O/2/punct"));
        Quote quote = quote(done, "a crane collapsed at the port");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Radio Sur", speaker(done, quote));
    }

    /** "Radio Sur reported a crane damaged in the storm": a participle without a subject of its own reports nothing. */
    @Test
    void participleModifyingTheObjectIsNoReportedClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Radio/NNP/ORGANIZATION/1/compound",
                "Sur/NNP/ORGANIZATION/2/nsubj",
                "reported/VBD/O/-1/root",
                "a/DT/O/4/det",
                "crane/NN/O/2/obj",
                "damaged/VBN/O/4/acl",
                "in/IN/O/8/case",
                "the/DT/O/8/det",
                "storm/NN/O/5/obl",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "In a bulletin the agency reported the river had risen": the cue parsed as a modifier of the adverbial. */
    @Test
    void cueParsedAsAModifierOfTheReportedPredicatesAdverbial() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "In/IN/O/2/case",
                "a/DT/O/2/det",
                "bulletin/NN/O/9/obl",
                "the/DT/O/4/det",
                "agency/NN/O/5/nsubj",
                "reported/VBD/O/2/acl",
                "the/DT/O/7/det",
                "river/NN/O/5/obj",
                "had/VBD/O/9/aux",
                "risen/VBN/O/-1/root",
                "././O/9/punct"));
        Quote quote = quote(done, "the river had risen");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("the agency", speaker(done, quote));
    }

    /** "The board issued a notice and stated the audit had ended": the piece hung on the first verb. */
    @Test
    void secondCoordinatedCueReportsThePieceHungOnTheFirstVerb() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "board/NN/O/2/nsubj",
                "issued/VBD/O/-1/root",
                "a/DT/O/4/det",
                "notice/NN/O/2/obj",
                "and/CC/O/6/cc",
                "stated/VBD/O/2/conj",
                "the/DT/O/8/det",
                "audit/NN/O/6/obj",
                "had/VBD/O/10/aux",
                "ended/VBN/O/2/dep",
                "././O/2/punct"));
        Quote quote = quote(done, "the audit had ended");
        assertEquals("The board", speaker(done, quote));
    }

    /** "The ministry indicated talks would resume": "indicate" reports a clause like "state". */
    @Test
    void indicateIsACueForAClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "ministry/NN/O/2/nsubj",
                "indicated/VBD/O/-1/root",
                "talks/NNS/O/5/nsubj",
                "would/MD/O/5/aux",
                "resume/VB/O/2/ccomp",
                "././O/2/punct"));
        Quote quote = quote(done, "talks would resume");
        assertEquals("The ministry", speaker(done, quote));
    }

    /** "Ruiz said a pro-EU (“European Union”) rally drew crowds": a gloss in parentheses is nobody's words. */
    @Test
    void quotedGlossInParenthesesIsAScareQuoteNotAPartialOfTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "said/VBD/O/-1/root",
                "a/DT/O/11/det",
                "pro-EU/JJ/O/11/amod",
                "(/-LRB-/O/8/punct",
                "“/``/O/8/punct",
                "European/NNP/O/8/compound",
                "Union/NNP/O/11/appos",
                "”/''/O/8/punct",
                ")/-RRB-/O/8/punct",
                "rally/NN/O/12/nsubj",
                "drew/VBD/O/2/ccomp",
                "crowds/NNS/O/12/obj",
                "././O/2/punct"));
        assertEquals(QuoteKind.SCARE, quote(done, "European Union").kind());
    }

    /** "The utility estimated by noon, there would be power again": an expletive subject after the adverbial. */
    @Test
    void estimateReportsAClauseWithAnExpletiveSubjectAfterItsAdverbial() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "utility/NN/O/2/nsubj",
                "estimated/VBD/O/-1/root",
                "by/IN/O/4/case",
                "noon/NN/O/2/obl",
                ",/,/O/2/punct",
                "there/EX/O/9/expl",
                "would/MD/O/9/aux",
                "be/VB/O/9/cop",
                "power/NN/O/2/parataxis",
                "again/RB/O/9/advmod",
                "././O/2/punct"));
        Quote quote = quote(done, "there would be power again");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("The utility", speaker(done, quote));
    }

    /** "Ana Ruiz said the pier would close, with fishermen insisting it was sound": two reports, two speakers. */
    @Test
    void reportEndsBeforeAnotherSpeakersReportAttachedByWith() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/4/det",
                "pier/NN/O/6/nsubj",
                "would/MD/O/6/aux",
                "close/VB/O/2/ccomp",
                ",/,/O/6/punct",
                "with/IN/O/10/mark",
                "fishermen/NNS/O/10/nsubj",
                "insisting/VBG/O/6/advcl",
                "it/PRP/O/13/nsubj",
                "was/VBD/O/13/cop",
                "sound/JJ/O/10/ccomp",
                "././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "the pier would close")));
        assertEquals("fishermen", speaker(done, quote(done, "it was sound")));
    }

    /** "According to a May 5, 2020 company filing, ...": the parser made "According" the root; the words still frame. */
    @Test
    void accordingToOpeningASentenceWithABrokenParseReportsTheRestOfTheSentence() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/-1/root",
                "to/TO/O/0/fixed",
                "a/DT/O/0/dep",
                "May/NNP/O/10/obl:tmod",
                "5/CD/O/3/nummod",
                ",/,/O/10/punct",
                "2020/CD/O/8/nummod",
                "Acme/NNP/ORGANIZATION/8/compound",
                "filing/NN/O/10/obl:tmod",
                ",/,/O/10/punct",
                "sales/NNS/O/11/nsubj",
                "fell/VBD/O/2/dep",
                ";/:/O/11/punct",
                "shares/NNS/O/14/nsubj",
                "rose/VBD/O/11/parataxis",
                "././O/0/punct"));
        Quote quote = quote(done, "sales fell");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Acme", speaker(done, quote));
        assertEquals("according to", quote.cue());
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /** "... and fell in May according to Acme's figures.": a phrase closing the sentence vouches for what precedes. */
    @Test
    void accordingToClosingASentenceWithABrokenParseReportsWhatPrecedesIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Prices/NNS/O/1/nsubj",
                "fell/VBD/O/-1/root",
                "in/IN/O/3/case",
                "May/NNP/O/1/obl",
                "according/VBG/O/9/mark",
                "to/TO/O/4/fixed",
                "Acme/NNP/ORGANIZATION/9/nsubj",
                "'s/VBZ/O/9/cop",
                "latest/JJS/O/9/amod",
                "figures/NNS/O/1/advcl",
                "././O/1/punct"));
        Quote quote = quote(done, "Prices fell in May");
        assertEquals("Acme", speaker(done, quote));
    }

    /** "Per the ministry, ..." names a source; "per cent" and "per request of" do not. */
    @Test
    void perANamedSourceReportsTheRestOfTheSentenceButPerCentAndPerRequestDoNot() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Per/IN/O/2/case",
                "the/DT/O/2/det",
                "ministry/NNP/ORGANIZATION/6/obl",
                ",/,/O/6/punct",
                "schools/NNS/O/6/nsubj",
                "will/MD/O/6/aux",
                "reopen/VB/O/-1/root",
                "././O/6/punct"));
        Quote quote = quote(done, "schools will reopen");
        assertEquals("ministry", speaker(done, quote));
        assertEquals("per", quote.cue());
        Document percent = quoted(HandDocuments.of(
                TUESDAY,
                "Prices/NNS/O/1/nsubj",
                "rose/VBD/O/-1/root",
                "five/CD/O/4/nummod",
                "per/IN/O/4/case",
                "cent/NN/O/1/obl",
                "././O/1/punct"));
        assertEquals(List.of(), percent.quotes());
        Document request = quoted(HandDocuments.of(
                TUESDAY,
                "Per/IN/O/1/case",
                "request/NN/O/6/obl",
                "of/IN/O/3/case",
                "Ruiz/NNP/PERSON/1/nmod",
                ",/,/O/6/punct",
                "talks/NNS/O/6/nsubj",
                "ended/VBD/O/-1/root",
                "././O/6/punct"));
        assertEquals(List.of(), request.quotes());
    }

    /** ""...," reads the mayor's statement, "..."": a document's "read" quotes the words for its issuer. */
    @Test
    void readingDocumentAttributesTheQuoteToItsIssuerButReadingAReportIsNoCue() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/4/punct",
                "Parks/NNS/O/4/nsubj",
                "will/MD/O/4/aux",
                "stay/VB/O/4/cop",
                "open/JJ/O/-1/root",
                ",/,/O/4/punct",
                "”/''/O/4/punct",
                "reads/VBZ/O/4/parataxis",
                "Mayor/NNP/O/9/compound",
                "Ruiz/NNP/PERSON/11/nmod:poss",
                "'s/POS/O/9/case",
                "statement/NN/O/7/obj",
                "././O/4/punct"));
        Quote quote = quote(done, "Parks will stay open");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Ruiz", speaker(done, quote));
        assertEquals("read", quote.cue());
        Document book = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "read/VBD/O/-1/root",
                "a/DT/O/3/det",
                "poem/NN/O/1/obj",
                "called/VBN/O/3/acl",
                "“/``/O/6/punct",
                "Rivers/NNS/O/4/xcomp",
                "”/''/O/6/punct",
                "././O/1/punct"));
        assertEquals(QuoteKind.SCARE, quote(book, "Rivers").kind());
    }

    /** "Ruiz said aides told her the vote was delayed": one report, Ruiz's, as the guidelines count nested quotes. */
    @Test
    void reportInsideAReportIsPartOfTheOuterSpeakersQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "aides/NNS/O/3/nsubj",
                "told/VBD/O/1/ccomp",
                "her/PRP/O/3/iobj",
                "the/DT/O/6/det",
                "vote/NN/O/8/nsubj:pass",
                "was/VBD/O/8/aux:pass",
                "delayed/VBN/O/3/ccomp",
                "././O/1/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote quote = quote(done, "aides told her the vote was delayed");
        assertEquals("Ruiz", speaker(done, quote));
    }

    /** "Health and Social Care Minister Ana Ruiz said": the parser joined the ministry and the minister as subjects. */
    @Test
    void titledPersonJoinedToAMinistrysNameIsTheSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Health/NNP/ORGANIZATION/6/nsubj",
                "and/CC/ORGANIZATION/5/cc",
                "Care/NNP/ORGANIZATION/3/compound",
                "Minister/NNP/O/5/compound",
                "Ana/NNP/PERSON/5/compound",
                "Ruiz/NNP/PERSON/0/conj",
                "said/VBD/O/-1/root",
                "clinics/NNS/O/8/nsubj",
                "reopened/VBD/O/6/ccomp",
                "././O/6/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "clinics reopened")));
    }

    /** "pressed for member states to cut tariffs": the parser made the "for" clause an adverbial of the cue. */
    @Test
    void directiveForClauseParsedAsAnAdverbialIsReportedButAnActionsPurposeIsNot() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "called/VBD/O/-1/root",
                "for/IN/O/6/mark",
                "member/NN/O/4/compound",
                "states/NNS/O/6/nsubj",
                "to/TO/O/6/mark",
                "cut/VB/O/1/advcl",
                "tariffs/NNS/O/6/obj",
                "././O/1/punct"));
        Quote quote = quote(done, "member states to cut tariffs");
        assertEquals("Ruiz", speaker(done, quote));
        Document purpose = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "called/VBD/O/-1/root",
                "for/IN/O/5/mark",
                "swift/JJ/O/4/amod",
                "action/NN/O/5/nsubj",
                "to/TO/O/6/mark",
                "end/VB/O/1/advcl",
                "the/DT/O/8/det",
                "strike/NN/O/6/obj",
                "././O/1/punct"));
        assertEquals(List.of(), purpose.quotes());
    }

    /** "Ruiz sued to stop the firm from selling the land, arguing that ...": the participle shares Ruiz's subject. */
    @Test
    void freeParticipleHungOnAVerbWithoutSubjectSpeaksForTheSentencesSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "sued/VBD/O/-1/root",
                "to/TO/O/3/mark",
                "stop/VB/O/1/xcomp",
                "the/DT/O/5/det",
                "firm/NN/O/3/obj",
                "from/IN/O/7/case",
                "selling/VBG/O/3/obl",
                "land/NN/O/7/obj",
                ",/,/O/7/punct",
                "arguing/VBG/O/7/dep",
                "that/IN/O/14/mark",
                "sale/NN/O/14/nsubj",
                "was/VBD/O/14/cop",
                "illegal/JJ/O/10/ccomp",
                "././O/1/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "sale was illegal")));
    }

    /** "Most of the wells, the survey said, are dry": the cue inside the clause, parsed with two subjects. */
    @Test
    void cueInsideTheClauseItReportsGivesTheWholeClauseToTheNearerSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Most/JJS/O/7/nsubj",
                "of/IN/O/3/case",
                "the/DT/O/3/det",
                "wells/NNS/O/0/nmod",
                ",/,/O/7/punct",
                "the/DT/O/6/det",
                "survey/NN/O/7/nsubj",
                "said/VBD/O/-1/root",
                ",/,/O/7/punct",
                "are/VBP/O/7/dep",
                "dry/JJ/O/9/xcomp",
                "././O/7/punct"));
        Quote quote = quote(done, "Most of the wells , the survey said , are dry");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("the survey", speaker(done, quote));
    }

    /** "A county judge ruled ... Judge Ana Ruiz wrote ...": the lead's indefinite title is the person named next. */
    @Test
    void indefiniteTitleInTheLeadIsThePersonTheNextSentenceGivesThatTitle() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "A/DT/O/2/det county/NN/O/2/compound judge/NN/O/3/nsubj ruled/VBD/O/-1/root the/DT/O/5/det"
                        + " ban/NN/O/7/nsubj was/VBD/O/7/cop void/JJ/O/3/ccomp ././O/3/punct",
                "Judge/NNP/O/2/compound Ana/NNP/PERSON/2/compound Ruiz/NNP/PERSON/3/nsubj wrote/VBD/O/-1/root"
                        + " the/DT/O/5/det law/NN/O/6/nsubj failed/VBD/O/3/ccomp ././O/3/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "the ban was void")));
        Document untitled = quoted(HandDocuments.sentences(
                TUESDAY,
                "A/DT/O/2/det county/NN/O/2/compound judge/NN/O/3/nsubj ruled/VBD/O/-1/root the/DT/O/5/det"
                        + " ban/NN/O/7/nsubj was/VBD/O/7/cop void/JJ/O/3/ccomp ././O/3/punct",
                "Lawyer/NNP/O/2/compound Ana/NNP/PERSON/2/compound Ruiz/NNP/PERSON/3/nsubj wrote/VBD/O/-1/root"
                        + " the/DT/O/5/det law/NN/O/6/nsubj failed/VBD/O/3/ccomp ././O/3/punct"));
        assertEquals("A county judge", speaker(untitled, quote(untitled, "the ban was void")));
    }

    /** "The NATO statement said ...": a name compounded before a document is its issuer; "the press" is nobody. */
    @Test
    void nameCompoundedBeforeADocumentIsItsIssuer() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "NATO/NNP/ORGANIZATION/2/compound",
                "statement/NN/O/3/nsubj",
                "said/VBD/O/-1/root",
                "talks/NNS/O/5/nsubj",
                "failed/VBD/O/3/ccomp",
                "././O/3/punct"));
        assertEquals("NATO", speaker(done, quote(done, "talks failed")));
        Document press = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "press/NN/O/2/compound",
                "release/NN/O/3/nsubj",
                "said/VBD/O/-1/root",
                "talks/NNS/O/5/nsubj",
                "failed/VBD/O/3/ccomp",
                "././O/3/punct"));
        assertEquals("The press release", speaker(press, quote(press, "talks failed")));
    }

    /**
     * "The league's copyright notice claimed ...", "the agency's website said ...": a channel speaks for its owner, not
     * for a name compounded before it; a channel nobody owns, or owned by a common noun, speaks as itself.
     */
    @Test
    void possessedChannelSpeaksForItsOwner() {
        Document notice = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "League/NNP/ORGANIZATION/4/nmod:poss",
                "'s/POS/O/1/case",
                "FIFA/NNP/ORGANIZATION/4/compound",
                "notice/NN/O/5/nsubj",
                "claimed/VBD/O/-1/root",
                "clubs/NNS/O/7/nsubj",
                "cheated/VBD/O/5/ccomp",
                "././O/5/punct"));
        assertEquals("League", speaker(notice, quote(notice, "clubs cheated")));
        Document website = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Red/NNP/ORGANIZATION/2/compound",
                "Cross/NNP/ORGANIZATION/4/nmod:poss",
                "'s/POS/O/2/case",
                "website/NN/O/5/nsubj",
                "said/VBD/O/-1/root",
                "camps/NNS/O/7/nsubj",
                "opened/VBD/O/5/ccomp",
                "././O/5/punct"));
        assertEquals("Red Cross", speaker(website, quote(website, "camps opened")));
        Document unowned = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det",
                "notice/NN/O/2/nsubj",
                "said/VBD/O/-1/root",
                "roads/NNS/O/4/nsubj",
                "closed/VBD/O/2/ccomp",
                "././O/2/punct"));
        assertEquals("A notice", speaker(unowned, quote(unowned, "roads closed")));
        Document common = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/2/det Green/NNP/ORGANIZATION/2/compound Party/NNP/ORGANIZATION/3/nsubj"
                        + " won/VBD/O/-1/root ././O/3/punct",
                "The/DT/O/1/det party/NN/O/3/nmod:poss 's/POS/O/1/case website/NN/O/4/nsubj said/VBD/O/-1/root"
                        + " roads/NNS/O/6/nsubj closed/VBD/O/4/ccomp ././O/4/punct"));
        assertEquals("The party 's website", speaker(common, quote(common, "roads closed")));
    }

    /**
     * "A tweet sent from Ana Ruiz's account repeated the promise, saying "..."": a document that came through a
     * channel speaks for the channel's owner, whether the parse hangs the channel on a participle modifying the
     * document or, taking the participle for the sentence's verb, on that verb; "a post on the Acme Council's page"
     * the same through a phrase on the document.
     */
    @Test
    void documentSentThroughAChannelSpeaksForTheChannelsOwner() {
        Document participle = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det",
                "tweet/NN/O/9/nsubj",
                "sent/VBN/O/1/acl",
                "from/IN/O/8/case",
                "Ana/NNP/PERSON/5/compound",
                "Ruiz/NNP/PERSON/8/nmod:poss",
                "'s/POS/O/5/case",
                "Twitter/NNP/MISC/8/compound",
                "account/NN/O/2/obl",
                "repeated/VBD/O/-1/root",
                "the/DT/O/11/det",
                "promise/NN/O/9/obj",
                ",/,/O/13/punct",
                "saying/VBG/O/9/advcl",
                "“/``/O/16/punct",
                "taxes/NNS/O/16/nsubj",
                "fall/VBP/O/13/ccomp",
                "”/''/O/16/punct"));
        assertEquals("Ana Ruiz", speaker(participle, quote(participle, "taxes fall")));
        Document misparsed = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det",
                "tweet/NN/O/2/nsubj",
                "sent/VBN/O/-1/root",
                "from/IN/O/7/case",
                "Ana/NNP/PERSON/5/compound",
                "Ruiz/NNP/PERSON/7/nmod:poss",
                "'s/POS/O/5/case",
                "account/NN/O/2/obl",
                "repeated/VBD/O/2/dep",
                "the/DT/O/10/det",
                "promise/NN/O/8/obj",
                ",/,/O/12/punct",
                "saying/VBG/O/8/advcl",
                "“/``/O/15/punct",
                "taxes/NNS/O/15/nsubj",
                "fall/VBP/O/12/ccomp",
                "”/''/O/15/punct"));
        assertEquals("Ana Ruiz", speaker(misparsed, quote(misparsed, "taxes fall")));
        Document post = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det",
                "post/NN/O/8/nsubj",
                "on/IN/O/7/case",
                "the/DT/O/5/det",
                "Acme/NNP/ORGANIZATION/5/compound",
                "Council/NNP/ORGANIZATION/7/nmod:poss",
                "'s/POS/O/5/case",
                "page/NN/O/1/nmod",
                "said/VBD/O/-1/root",
                "roads/NNS/O/10/nsubj",
                "closed/VBD/O/8/ccomp",
                "././O/8/punct"));
        assertEquals("Acme Council", speaker(post, quote(post, "roads closed")));
    }

    /**
     * "A tweet sent from Ana Ruiz's account during the debate repeated her commitment, saying "..."", parsed with
     * "sent" as the sentence's verb and "saying" hung on "commitment" under "debate": a participle after a comma on a
     * common noun shares the subject of the sentence's main verb, here the tweet, which speaks for the account's
     * owner. Without the comma ("the commitment saying ...") the participle stays the noun's and names nobody.
     */
    @Test
    void freeParticipleOnACommonNounSharesTheMainVerbsSubject() {
        Document free = quoted(freeParticipleOnANoun(",/,/O/13/punct"));
        assertEquals("Ana Ruiz", speaker(free, quote(free, "taxes fall")));
        Document bound = quoted(freeParticipleOnANoun("and/CC/O/13/cc"));
        assertEquals("", speaker(bound, quote(bound, "taxes fall")));
    }

    /**
     * "The hashtag went viral on the site, suggesting users were angry": a participle hung on a common noun shares
     * the main verb's subject only when that subject is a name, a pronoun or a document; "Ana Ruiz went on the radio,
     * ..." does, a hashtag reports nothing.
     */
    @Test
    void freeParticipleOnANounWithAThingForSubjectReportsNothing() {
        Document named = quoted(participleAfterASubject("Ana/NNP/PERSON/1/compound", "Ruiz/NNP/PERSON/2/nsubj"));
        assertEquals("Ana Ruiz", speaker(named, quote(named, "users were angry")));
        Document thing = quoted(participleAfterASubject("The/DT/O/1/det", "hashtag/NN/O/2/nsubj"));
        assertTrue(
                thing.quotes().stream().noneMatch(q -> q.text().contains("users")),
                thing.quotes().toString());
    }

    private static Document participleAfterASubject(String first, String second) {
        return HandDocuments.of(
                TUESDAY,
                first,
                second,
                "went/VBD/O/-1/root",
                "on/IN/O/5/case",
                "the/DT/O/5/det",
                "radio/NN/O/2/obl",
                "for/IN/O/8/case",
                "an/DT/O/8/det",
                "hour/NN/O/5/nmod",
                ",/,/O/10/punct",
                "suggesting/VBG/O/8/acl",
                "users/NNS/O/12/nsubj",
                "were/VBD/O/10/ccomp",
                "angry/JJ/O/12/xcomp");
    }

    private static Document freeParticipleOnANoun(String beforeParticiple) {
        return HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det",
                "tweet/NN/O/2/nsubj",
                "sent/VBN/O/-1/root",
                "from/IN/O/7/case",
                "Ana/NNP/PERSON/5/compound",
                "Ruiz/NNP/PERSON/7/nmod:poss",
                "'s/POS/O/5/case",
                "account/NN/O/2/obl",
                "during/IN/O/10/case",
                "the/DT/O/10/det",
                "debate/NN/O/2/obl",
                "repeated/VBN/O/13/amod",
                "the/DT/O/13/det",
                "commitment/NN/O/10/dep",
                beforeParticiple,
                "saying/VBG/O/13/acl",
                "“/``/O/18/punct",
                "taxes/NNS/O/18/nsubj",
                "fall/VBP/O/15/ccomp",
                "”/''/O/18/punct");
    }

    /**
     * A channel named without an owner, or owned by a common noun ("the party's account", which the article's wording
     * may resolve to the wrong party), gives the document no issuer: it speaks as itself.
     */
    @Test
    void documentThroughAChannelNoNameOwnsSpeaksAsItself() {
        Document unowned = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det",
                "tweet/NN/O/6/nsubj",
                "sent/VBN/O/1/acl",
                "from/IN/O/5/case",
                "the/DT/O/5/det",
                "account/NN/O/2/obl",
                "said/VBD/O/-1/root",
                "taxes/NNS/O/8/nsubj",
                "fall/VBP/O/6/ccomp",
                "././O/6/punct"));
        assertEquals("A tweet", speaker(unowned, quote(unowned, "taxes fall")));
        Document common = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/1/det",
                "tweet/NN/O/8/nsubj",
                "sent/VBN/O/1/acl",
                "from/IN/O/7/case",
                "the/DT/O/5/det",
                "party/NN/O/7/nmod:poss",
                "'s/POS/O/5/case",
                "account/NN/O/2/obl",
                "said/VBD/O/-1/root",
                "taxes/NNS/O/10/nsubj",
                "fall/VBP/O/8/ccomp",
                "././O/8/punct"));
        assertEquals("A tweet", speaker(common, quote(common, "taxes fall")));
    }

    /** "announced its decision and announced the date": a second conjunct of the cue opens no reported clause. */
    @Test
    void cueCoordinatedAfterItsObjectIsNoReportedClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "council/NN/O/2/nsubj",
                "announced/VBD/O/-1/root",
                "its/PRP$/O/4/nmod:poss",
                "decision/NN/O/2/obj",
                "and/CC/O/6/cc",
                "announced/VBD/O/2/conj",
                "the/DT/O/8/det",
                "date/NN/O/6/obj",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /** "Judge Ruiz issued a ruling against Kim finding that ...": the ruling's finding is its issuer's, not Kim's. */
    @Test
    void findingOfARulingBelongsToWhoIssuedIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Judge/NNP/O/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "issued/VBD/O/-1/root",
                "a/DT/O/4/det",
                "ruling/NN/O/2/obj",
                "against/IN/O/6/case",
                "Kim/NNP/PERSON/4/nmod",
                "finding/VBG/O/4/acl",
                "that/IN/O/12/mark",
                "the/DT/O/10/det",
                "fee/NN/O/12/nsubj",
                "was/VBD/O/12/cop",
                "illegal/JJ/O/7/ccomp",
                "././O/2/punct"));
        Quote quote = quote(done, "the fee was illegal");
        assertEquals("Ruiz", speaker(done, quote));
        assertEquals("find", quote.cue());
    }

    /** "The agency called the drought the worst": the small clause after "call" is reported; a name is naming. */
    @Test
    void smallClauseAfterCallIsReportedButANameGivenIsNot() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "agency/NN/O/2/nsubj",
                "called/VBD/O/-1/root",
                "the/DT/O/4/det",
                "drought/NN/O/2/obj",
                "the/DT/O/6/det",
                "worst/JJS/O/4/dep",
                "././O/2/punct"));
        Quote quote = quote(done, "the drought the worst");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("The agency", speaker(done, quote));
        Document naming = quoted(HandDocuments.of(
                TUESDAY,
                "Locals/NNS/O/1/nsubj",
                "called/VBD/O/-1/root",
                "the/DT/O/3/det",
                "town/NN/O/1/obj",
                "Springfield/NNP/LOCATION/3/dep",
                "././O/1/punct"));
        assertEquals(List.of(), naming.quotes());
    }

    /** ""Who would do that?" wrote Berg, the painter, in a letter. "It was a joke."": one quote, Berg's. */
    @Test
    void invertedAttributionAfterAQuestionOpensItsOwnSentenceAndTheNextPartGoesOn() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "“/``/O/3/punct Who/WP/O/3/nsubj would/MD/O/3/aux do/VB/O/-1/root that/DT/O/3/obj ?/./O/3/punct"
                        + " ”/''/O/3/punct",
                "wrote/VBD/O/-1/root Berg/NNP/PERSON/0/obj ,/,/O/1/punct the/DT/O/4/det painter/NN/O/1/appos"
                        + " ,/,/O/1/punct in/IN/O/8/case a/DT/O/8/det letter/NN/O/0/obl ././O/0/punct",
                "“/``/O/4/punct It/PRP/O/4/nsubj was/VBD/O/4/cop a/DT/O/4/det joke/NN/O/-1/root ././O/4/punct"
                        + " ”/''/O/4/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote whole = done.quotes().get(0);
        assertEquals(QuoteKind.DIRECT, whole.kind());
        assertEquals("Berg", speaker(done, whole));
        assertEquals("joke .", whole.text().substring(whole.text().length() - 6));
    }

    /** ""Rates will rise" said chief analyst Ana Ruiz", the title's modifier tagged as the verb: still her quote. */
    @Test
    void regressionInvertedCueBeforeATitleWithAMisTaggedModifier() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "“/``/O/3/punct",
                "Rates/NNS/O/3/nsubj",
                "will/MD/O/3/aux",
                "rise/VB/O/6/ccomp",
                "”/''/O/3/punct",
                "said/VBD/O/6/aux",
                "chief/VB/O/-1/root",
                "analyst/NN/O/9/compound",
                "Ana/NNP/PERSON/9/compound",
                "Ruiz/NNP/PERSON/6/obj",
                "././O/6/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "Rates will rise")));
    }

    /** "Ruiz said, "I lost," further adding, "We will return."": the participle goes on in Ruiz's voice. */
    @Test
    void participleRightAfterAQuoteContinuesItsSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                ",/,/O/1/punct",
                "“/``/O/5/punct",
                "I/PRP/O/5/nsubj",
                "lost/VBD/O/1/ccomp",
                ",/,/O/5/punct",
                "”/''/O/5/punct",
                "further/RB/O/9/advmod",
                "adding/VBG/O/5/dep",
                ",/,/O/9/punct",
                "“/``/O/14/punct",
                "We/PRP/O/14/nsubj",
                "will/MD/O/14/aux",
                "return/VB/O/9/ccomp",
                "././O/14/punct",
                "”/''/O/14/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "I lost")));
        assertEquals("Ruiz", speaker(done, quote(done, "We will return .")));
    }

    /** "According to officials on Monday, the bridge was closed": the day is no part of the source. */
    @Test
    void dayAfterADescribedSourceIsNotPartOfIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/2/case",
                "to/IN/O/0/fixed",
                "officials/NNS/O/9/obl",
                "on/IN/O/4/case",
                "Monday/NNP/O/2/nmod",
                ",/,/O/9/punct",
                "the/DT/O/7/det",
                "bridge/NN/O/9/nsubj:pass",
                "was/VBD/O/9/aux:pass",
                "closed/VBN/O/-1/root",
                "././O/9/punct"));
        assertEquals("officials", speaker(done, quote(done, "the bridge was closed")));
    }

    /**
     * "One study in the Journal of Taxa from March noted ...": a month hung on the source noun says when the study
     * appeared, not which study it is, as a day does after a described source; the tagger leaves the month untagged.
     */
    @Test
    void regressionMonthAfterADescribedSourceIsNotPartOfIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "One/CD/O/1/nummod",
                "study/NN/O/9/nsubj",
                "in/IN/O/4/case",
                "the/DT/O/4/det",
                "Journal/NNP/ORGANIZATION/1/nmod",
                "of/IN/ORGANIZATION/6/case",
                "Taxa/NNP/ORGANIZATION/4/nmod",
                "from/IN/O/8/case",
                "March/NNP/O/1/nmod",
                "noted/VBD/O/-1/root",
                "officials/NNS/O/11/nsubj",
                "seized/VBD/O/9/ccomp",
                "skins/NNS/O/11/obj",
                "././O/9/punct"));
        assertEquals("One study in the Journal of Taxa", speaker(done, quote(done, "officials seized skins")));
    }

    /** "Acme, which sells soap, and Zenith Paper said ..." parsed with Acme as the root: the first named speaks. */
    @Test
    void regressionFirstOfTwoJointSpeakersLostAsTheRoot() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/-1/root",
                ",/,/O/0/punct",
                "which/WDT/O/3/nsubj",
                "sells/VBZ/O/0/acl:relcl",
                "soap/NN/O/3/obj",
                ",/,/O/3/punct",
                "and/CC/O/9/cc",
                "Zenith/NNP/ORGANIZATION/8/compound",
                "Paper/NNP/ORGANIZATION/9/nsubj",
                "said/VBD/O/0/dep",
                "they/PRP/O/12/nsubj",
                "were/VBD/O/12/cop",
                "ready/JJ/O/9/ccomp",
                "././O/9/punct"));
        assertEquals("Acme", speaker(done, quote(done, "they were ready")));
    }

    /** "Acme said it would close, according to the newspaper": the paper relays Acme's word; Acme speaks. */
    @Test
    void sourcePhraseAfterAReportRelaysItsSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/nsubj",
                "said/VBD/O/-1/root",
                "it/PRP/O/4/nsubj",
                "would/MD/O/4/aux",
                "close/VB/O/1/ccomp",
                ",/,/O/1/punct",
                "according/VBG/O/9/case",
                "to/IN/O/6/fixed",
                "the/DT/O/9/det",
                "newspaper/NN/O/1/obl",
                "././O/1/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertEquals("Acme", speaker(done, quote(done, "it would close")));
    }

    /** "The bridge, engineers said, was closed": the cue set off as an aside of the clause it reports. */
    @Test
    void cueSetOffByCommasInsideTheClauseItReports() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "bridge/NN/O/7/nsubj:pass",
                ",/,/O/4/punct",
                "engineers/NNS/O/4/nsubj",
                "said/VBD/O/7/parataxis",
                ",/,/O/4/punct",
                "was/VBD/O/7/aux:pass",
                "closed/VBN/O/-1/root",
                "././O/7/punct"));
        Quote quote = quote(done, "The bridge , engineers said , was closed");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("engineers", speaker(done, quote));
    }

    /** "Rents had, the agency says, doubled": the aside hangs on the auxiliary, the predicate on the cue. */
    @Test
    void regressionAsideBetweenAuxiliaryAndPredicate() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Rents/NNS/O/1/nsubj",
                "had/VBD/O/-1/root",
                ",/,/O/5/punct",
                "the/DT/O/4/det",
                "agency/NN/O/5/nsubj",
                "says/VBZ/O/1/parataxis",
                ",/,/O/5/punct",
                "doubled/VBD/O/5/dep",
                "././O/1/punct"));
        assertEquals("the agency", speaker(done, quote(done, "Rents had , the agency says , doubled")));
    }

    /** "Officials said ...; its roof, they reported, had collapsed": "they" speaks as the officials did. */
    @Test
    void theyInAnAsideIsTheSpeakerBeforeItInTheSentence() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Officials/NNS/O/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "school/NN/O/5/nsubj:pass",
                "was/VBD/O/5/aux:pass",
                "shut/VBN/O/1/ccomp",
                ";/:/O/1/punct",
                "its/PRP$/O/8/nmod:poss",
                "roof/NN/O/14/nsubj",
                ",/,/O/11/punct",
                "they/PRP/O/11/nsubj",
                "reported/VBD/O/14/parataxis",
                ",/,/O/11/punct",
                "had/VBD/O/14/aux",
                "collapsed/VBN/O/1/parataxis",
                "././O/1/punct"));
        assertEquals("Officials", speaker(done, quote(done, "its roof , they reported , had collapsed")));
    }

    /**
     * "The bridge, according to the agency, is unsafe": a source between the subject and its predicate vouches for
     * the whole clause; the parse hangs it on the predicate, which would leave only the subject before it.
     */
    @Test
    void accordingToBetweenSubjectAndPredicateReportsTheWholeClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "bridge/NN/O/10/nsubj",
                ",/,/O/10/punct",
                "according/VBG/O/6/case",
                "to/TO/O/3/fixed",
                "Highway/NNP/ORGANIZATION/6/compound",
                "Agency/NNP/ORGANIZATION/10/obl",
                "engineers/NNS/O/6/dep",
                ",/,/O/10/punct",
                "is/VBZ/O/10/cop",
                "unsafe/JJ/O/-1/root",
                "for/IN/O/12/case",
                "trucks/NNS/O/10/obl",
                "././O/10/punct"));
        Quote quote = quote(done, "The bridge , according to Highway Agency engineers , is unsafe for trucks");
        assertEquals("Highway Agency", speaker(done, quote));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /**
     * "Guests left when the lights failed, according to the Harbour Hotel.": a source that ends its sentence after a
     * comma vouches for the whole sentence, not only the adverbial clause the parse hangs it on; without the comma, or
     * with words after the source, the parse's clause stays.
     */
    @Test
    void trailingAccordingToReportsTheClauseAroundAnAdverbialClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Guests/NNS/O/1/nsubj",
                "left/VBD/O/-1/root",
                "when/WRB/O/5/mark",
                "the/DT/O/4/det",
                "lights/NNS/O/5/nsubj",
                "failed/VBD/O/1/advcl",
                ",/,/O/5/punct",
                "according/VBG/O/10/case",
                "to/TO/O/7/fixed",
                "Harbour/NNP/ORGANIZATION/10/compound",
                "Hotel/NNP/ORGANIZATION/5/obl",
                "././O/1/punct"));
        Quote quote = quote(done, "Guests left when the lights failed");
        assertEquals("Harbour Hotel", speaker(done, quote));
        Document later = quoted(HandDocuments.of(
                TUESDAY,
                "Guests/NNS/O/1/nsubj",
                "left/VBD/O/-1/root",
                "when/WRB/O/5/mark",
                "the/DT/O/4/det",
                "lights/NNS/O/5/nsubj",
                "failed/VBD/O/1/advcl",
                ",/,/O/5/punct",
                "according/VBG/O/10/case",
                "to/TO/O/7/fixed",
                "Harbour/NNP/ORGANIZATION/10/compound",
                "Hotel/NNP/ORGANIZATION/5/obl",
                "at/IN/O/12/case",
                "night/NN/O/5/obl",
                "././O/1/punct"));
        assertEquals(
                List.of("the lights failed"),
                later.quotes().stream().map(Quote::text).toList());
    }

    /** "... small and, according to X, prosperous": after a coordinator the source vouches for the conjunct. */
    @Test
    void accordingToAfterACoordinatorReportsTheConjunctAfterIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "town/NN/O/3/nsubj",
                "is/VBZ/O/3/cop",
                "small/JJ/O/-1/root",
                "and/CC/O/3/cc",
                ",/,/O/3/punct",
                "according/VBG/O/8/case",
                "to/TO/O/6/fixed",
                "Acme/NNP/ORGANIZATION/3/obl",
                ",/,/O/3/punct",
                "prosperous/JJ/O/3/dep",
                "././O/3/punct"));
        Quote quote = quote(done, "prosperous");
        assertEquals("Acme", speaker(done, quote));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /** "Nurses, who make up 40% of staff, according to X, earn less": the source vouches for the relative clause. */
    @Test
    void accordingToClosingARelativeClauseReportsThatClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Nurses/NNS/O/14/nsubj",
                ",/,/O/0/punct",
                "who/WP/O/3/nsubj",
                "make/VBP/O/0/acl:relcl",
                "up/RP/O/3/compound:prt",
                "40/CD/O/6/nummod",
                "%/NN/O/3/obj",
                "of/IN/O/8/case",
                "staff/NN/O/6/nmod",
                ",/,/O/6/punct",
                "according/VBG/O/12/case",
                "to/TO/O/10/fixed",
                "Unison/NNP/ORGANIZATION/6/nmod",
                ",/,/O/6/punct",
                "earn/VBP/O/-1/root",
                "less/RBR/O/14/advmod",
                "././O/14/punct"));
        Quote quote = quote(done, "who make up 40 % of staff");
        assertEquals("Unison", speaker(done, quote));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /**
     * "Gunmen attacked the guard, then, according to X, fled": after a clause of its own, a source set off by commas
     * vouches for the whole sentence when the words after it only go on with that clause (the rest of its predicate,
     * or an adjunct); an adverb of the cue after a comma starts the cue's own second predicate, so "attacked" reports
     * nothing.
     */
    @Test
    void accordingToSetOffAfterAClauseReportsTheWholeSentenceWhenTheRestGoesOn() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Gunmen/NNS/O/1/nsubj",
                "attacked/VBD/O/-1/root",
                "the/DT/O/3/det",
                "guard/NN/O/1/obj",
                ",/,/O/1/punct",
                "then/RB/O/1/advmod",
                ",/,/O/1/punct",
                "according/VBG/O/9/case",
                "to/IN/O/7/fixed",
                "Acme/NNP/ORGANIZATION/1/obl",
                ",/,/O/1/punct",
                "fled/VBD/O/1/dep",
                "././O/1/punct"));
        Quote quote = quote(done, "Gunmen attacked the guard , then , according to Acme , fled");
        assertEquals("Acme", speaker(done, quote));
        assertEquals(1, done.quotes().size(), done.quotes().toString());

        Document adjunct = quoted(HandDocuments.of(
                TUESDAY,
                "Ten/CD/O/1/nummod",
                "people/NNS/O/2/nsubj",
                "died/VBD/O/-1/root",
                ",/,/O/2/punct",
                "according/VBG/O/6/case",
                "to/IN/O/4/fixed",
                "Acme/NNP/ORGANIZATION/2/obl",
                ",/,/O/2/punct",
                "in/IN/O/10/case",
                "the/DT/O/10/det",
                "blaze/NN/O/2/obl",
                "././O/2/punct"));
        assertEquals("Acme", speaker(adjunct, quote(adjunct, "Ten people died , according to Acme , in the blaze")));
    }

    /** "Ten people died, according to X, and the roads closed": a clause of its own after the source keeps the parse. */
    @Test
    void accordingToSetOffBeforeAClauseOfItsOwnKeepsTheParsedClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ten/CD/O/1/nummod",
                "people/NNS/O/2/nsubj",
                "died/VBD/O/-1/root",
                ",/,/O/2/punct",
                "according/VBG/O/6/case",
                "to/IN/O/4/fixed",
                "Acme/NNP/ORGANIZATION/2/obl",
                ",/,/O/2/punct",
                "and/CC/O/11/cc",
                "the/DT/O/10/det",
                "roads/NNS/O/11/nsubj",
                "closed/VBD/O/2/conj",
                "././O/2/punct"));
        assertEquals(
                List.of("Ten people died"),
                done.quotes().stream().map(Quote::text).toList());
    }

    /**
     * "Rescuers, working in the cold, according to X recovered ten survivors": with the closing comma left out, the
     * source ends at the finite verb after its noun and vouches for the whole clause, though the parse makes the verb
     * a modifier of the source.
     */
    @Test
    void accordingToWithoutItsClosingCommaBeforeThePredicateReportsTheWholeClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Rescuers/NNS/O/-1/root",
                ",/,/O/0/punct",
                "working/VBG/O/0/acl",
                "in/IN/O/5/case",
                "the/DT/O/5/det",
                "cold/NN/O/2/obl",
                ",/,/O/0/punct",
                "according/VBG/O/9/case",
                "to/IN/O/7/fixed",
                "Acme/NNP/ORGANIZATION/0/nmod",
                "recovered/VBD/O/9/acl",
                "ten/CD/O/12/nummod",
                "survivors/NNS/O/10/obj",
                "././O/0/punct"));
        Quote quote = quote(done, "Rescuers , working in the cold , according to Acme recovered ten survivors");
        assertEquals("Acme", speaker(done, quote));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /**
     * "The government declared they were ending the search": "declare" reports a finite clause of its own; its noun
     * phrase and small-clause objects are acts ("declared a state of emergency", "declared the election void").
     */
    @Test
    void declareReportsOnlyAFiniteClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "government/NN/O/2/nsubj",
                "declared/VBD/O/-1/root",
                "they/PRP/O/6/nsubj",
                "were/VBD/O/6/aux",
                "officially/RB/O/6/advmod",
                "ending/VBG/O/2/ccomp",
                "the/DT/O/8/det",
                "search/NN/O/6/obj",
                "././O/2/punct"));
        assertEquals(
                "declare", quote(done, "they were officially ending the search").cue());
        Document emergency = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "governor/NN/O/2/nsubj",
                "declared/VBD/O/-1/root",
                "a/DT/O/4/det",
                "state/NN/O/2/obj",
                "of/IN/O/6/case",
                "emergency/NN/O/4/nmod",
                "././O/2/punct"));
        assertEquals(List.of(), emergency.quotes());
        Document voided = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "court/NN/O/2/nsubj",
                "declared/VBD/O/-1/root",
                "the/DT/O/4/det",
                "election/NN/O/2/obj",
                "void/JJ/O/2/xcomp",
                "././O/2/punct"));
        assertEquals(List.of(), voided.quotes());
    }

    /**
     * "Acme News reported, citing Zenith University data, there were ...": a medium citing a named source in a
     * participle after its cue relays that source, who speaks; "citing two officials" names nobody and "citing
     * Zenith's refusal" gives a reason, so the medium stays the speaker.
     */
    @Test
    void aMediumCitingANamedSourceRelaysThatSource() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/compound",
                "News/NNP/ORGANIZATION/2/nsubj",
                "reported/VBD/O/-1/root",
                ",/,/O/2/punct",
                "citing/VBG/O/2/dep",
                "Zenith/NNP/ORGANIZATION/6/compound",
                "University/NNP/ORGANIZATION/7/compound",
                "data/NNS/O/4/obj",
                ",/,/O/2/punct",
                "there/EX/O/10/expl",
                "were/VBD/O/2/parataxis",
                "ten/CD/O/12/nummod",
                "deaths/NNS/O/10/nsubj",
                "././O/2/punct"));
        assertEquals("Zenith University", speaker(done, quote(done, "there were ten deaths")));
        Document unnamed = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/nsubj",
                "reported/VBD/O/-1/root",
                ",/,/O/1/punct",
                "citing/VBG/O/1/dep",
                "two/CD/O/5/nummod",
                "officials/NNS/O/3/obj",
                ",/,/O/1/punct",
                "that/IN/O/10/mark",
                "the/DT/O/9/det",
                "talks/NNS/O/10/nsubj",
                "failed/VBD/O/1/ccomp",
                "././O/1/punct"));
        assertEquals("Acme", speaker(unnamed, quote(unnamed, "the talks failed")));
        // "citing Zenith's refusal" gives a reason, not a source.
        Document reason = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/nsubj",
                "said/VBD/O/-1/root",
                "the/DT/O/3/det",
                "plan/NN/O/4/nsubj",
                "failed/VBD/O/1/ccomp",
                ",/,/O/1/punct",
                "citing/VBG/O/1/dep",
                "Zenith/NNP/ORGANIZATION/9/nmod:poss",
                "'s/POS/O/7/case",
                "refusal/NN/O/6/obj",
                "././O/1/punct"));
        assertEquals("Acme", speaker(reason, quote(reason, "the plan failed")));
    }

    /**
     * "Acme reported that prices rose; that wages fell; and that rents were high": further clauses opened by "that"
     * after a report opened by "that" are more of the same report, though the parser hangs them on the cue as
     * clauses of their own; without "that" a past clause after a semicolon is the narration's.
     */
    @Test
    void furtherThatClausesGoOnWithTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/nsubj",
                "reported/VBD/O/-1/root",
                "that/IN/O/4/mark",
                "prices/NNS/O/4/nsubj",
                "rose/VBD/O/1/ccomp",
                ";/:/O/1/punct",
                "that/DT/O/7/det",
                "wages/NNS/O/8/nsubj",
                "fell/VBD/O/1/parataxis",
                ";/:/O/8/punct",
                "and/CC/O/15/cc",
                "that/IN/O/15/mark",
                "rents/NNS/O/15/nsubj",
                "were/VBD/O/15/cop",
                "very/RB/O/15/advmod",
                "high/JJ/O/8/conj",
                "././O/1/punct"));
        assertEquals(
                List.of("prices rose ; that wages fell ; and that rents were very high"),
                done.quotes().stream().map(Quote::text).toList());
        Document narrated = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/nsubj",
                "reported/VBD/O/-1/root",
                "that/IN/O/4/mark",
                "prices/NNS/O/4/nsubj",
                "rose/VBD/O/1/ccomp",
                ";/:/O/1/punct",
                "wages/NNS/O/7/nsubj",
                "fell/VBD/O/1/parataxis",
                "././O/1/punct"));
        assertEquals(
                List.of("prices rose"),
                narrated.quotes().stream().map(Quote::text).toList());
    }

    /**
     * "Kim said ... while Ruiz wrote ... He said ...": "he" goes on in the voice of the person who reported last, though
     * the actors stage gave it the subject of the main clause; after a body's report it keeps the actors stage's.
     */
    @Test
    void pronounAfterAReportGoesOnInTheVoiceOfItsSpeaker() {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "Bo/NNP/PERSON/1/compound Kim/NNP/PERSON/2/nsubj said/VBD/O/-1/root prices/NNS/O/4/nsubj"
                        + " rose/VBD/O/2/ccomp while/IN/O/8/mark Tom/NNP/PERSON/7/compound Ruiz/NNP/PERSON/8/nsubj"
                        + " wrote/VBD/O/2/advcl rents/NNS/O/10/nsubj fell/VBD/O/8/ccomp ././O/2/punct",
                "He/PRP/O/1/nsubj said/VBD/O/-1/root taxes/NNS/O/3/nsubj fall/VBP/O/1/ccomp ././O/1/punct"));
        Document done = stage.apply(parsed.withActors(List.of(), resolvedTo(parsed, "person:bo-kim")));
        assertEquals("person:tom-ruiz", quote(done, "taxes fall").speakerId());
        Document body = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "Bo/NNP/PERSON/1/compound Kim/NNP/PERSON/2/nsubj spoke/VBD/O/-1/root ././O/2/punct",
                "The/DT/O/1/det Ministry/NNP/ORGANIZATION/2/nsubj said/VBD/O/-1/root rents/NNS/O/4/nsubj"
                        + " fell/VBD/O/2/ccomp ././O/2/punct",
                "He/PRP/O/1/nsubj said/VBD/O/-1/root taxes/NNS/O/3/nsubj fall/VBP/O/1/ccomp ././O/1/punct"));
        Document afterBody = stage.apply(body.withActors(List.of(), resolvedTo(body, "person:bo-kim")));
        assertEquals("person:bo-kim", quote(afterBody, "taxes fall").speakerId());
    }

    /** The mentions of a hand-built document with actors as the actors stage gives them, "He" resolved to one. */
    /** "She was pushing ministers to “rethink their budget”": the fragment is the words of the speaker before. */
    @Test
    void lowerCaseFragmentInWhatTheLastSpeakerDoesIsHerPartialQuote() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Okafor/NNP/PERSON/1/nsubj said/VBD/O/-1/root prices/NNS/O/3/nsubj rose/VBD/O/1/ccomp ././O/1/punct",
                "She/PRP/O/2/nsubj was/VBD/O/2/aux pushing/VBG/O/-1/root ministers/NNS/O/2/obj to/TO/O/6/mark"
                        + " “/``/O/6/punct rethink/VB/O/2/xcomp their/PRP$/O/8/nmod:poss budget/NN/O/6/obj"
                        + " ”/''/O/6/punct ././O/2/punct"));
        Quote fragment = quote(done, "rethink their budget");
        assertEquals(QuoteKind.PARTIAL, fragment.kind());
        assertEquals("Okafor", speaker(done, fragment));
    }

    /**
     * Regression: "the Prime Minister apologised for “having an idiot as minister”" lost its speaker once the actors
     * stage resolved "the Prime Minister" to a person, since only a person's name was taken as the fragment's speaker.
     */
    @Test
    void lowerCaseFragmentInWhatAResolvedDescriptionDoesIsThatPersonsPartialQuote() {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Lopez/NNP/PERSON/2/nsubj spoke/VBD/O/-1/root ././O/2/punct",
                "The/DT/O/2/det Prime/NNP/O/2/compound Minister/NNP/O/3/nsubj apologised/VBD/O/-1/root for/IN/O/6/mark"
                        + " “/``/O/6/punct having/VBG/O/3/advcl delays/NNS/O/6/obj ”/''/O/6/punct ././O/3/punct"));
        Mention title =
                new Mention(parsed.tokens().get(6).span(), "Minister", MentionType.DESCRIPTION, "person:ana-lopez", "");
        List<Mention> resolved = new java.util.ArrayList<>();
        for (Mention m : parsed.mentions()) {
            resolved.add(m.text().equals("Ana Lopez") ? m.withActor("person:ana-lopez", "") : m);
        }
        resolved.add(title);
        resolved.sort((a, b) -> a.span().compareTo(b.span()));
        Actor lopez = new Actor(
                "person:ana-lopez", "Ana Lopez", ActorKind.PERSON, "", "prime minister", "GOV", List.of(), List.of());
        Document done = stage.apply(parsed.withActors(List.of(lopez), resolved));
        Quote fragment = quote(done, "having delays");
        assertEquals(QuoteKind.PARTIAL, fragment.kind());
        assertEquals("person:ana-lopez", fragment.speakerId());
    }

    /** "Tanaka wants the bridge to end the valley's “backwater” image": the wish is the wanter's, not the bridge's. */
    @Test
    void lowerCaseFragmentInAPersonsWishIsTheirPartialQuote() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Tanaka/NNP/PERSON/1/nsubj wants/VBZ/O/-1/root the/DT/O/3/det bridge/NN/O/1/obj to/TO/O/5/mark"
                        + " end/VB/O/1/xcomp the/DT/O/7/det valley/NN/O/12/nmod:poss 's/POS/O/7/case"
                        + " “/``/O/10/punct backwater/NN/O/12/compound ”/''/O/10/punct image/NN/O/5/obj"
                        + " ././O/1/punct"));
        Quote fragment = quote(done, "backwater");
        assertEquals(QuoteKind.PARTIAL, fragment.kind());
        assertEquals("Tanaka", speaker(done, fragment));
    }

    /**
     * A title ("wants the club to read “War and Peace”"), a word named as a word ("dislikes the “bulldozer”
     * nickname"), another name of a thing ("a long dive, or “plunge”"), a description of the person ("is a
     * “rising” star") and a fragment in what a place does stay scare
     * quotes.
     */
    @Test
    void titlesNicknamesDescriptionsAndPlacesKeepTheirScareQuotes() {
        List<String> sentences = List.of(
                "Tanaka/NNP/PERSON/1/nsubj wants/VBZ/O/-1/root the/DT/O/3/det club/NN/O/1/obj to/TO/O/5/mark"
                        + " read/VB/O/1/xcomp “/``/O/7/punct War/NNP/O/5/obj and/CC/O/9/cc Peace/NNP/O/7/conj"
                        + " ”/''/O/7/punct ././O/1/punct",
                "Tanaka/NNP/PERSON/1/nsubj dislikes/VBZ/O/-1/root the/DT/O/6/det “/``/O/4/punct"
                        + " bulldozer/NN/O/6/compound ”/''/O/4/punct nickname/NN/O/1/obj ././O/1/punct",
                "Tanaka/NNP/PERSON/6/nsubj is/VBZ/O/6/cop a/DT/O/6/det “/``/O/4/punct rising/JJ/O/6/amod"
                        + " ”/''/O/4/punct star/NN/O/-1/root ././O/6/punct",
                "Tanaka/NNP/PERSON/1/nsubj made/VBD/O/-1/root a/DT/O/4/det long/JJ/O/4/amod dive/NN/O/1/obj"
                        + " ,/,/O/4/punct or/CC/O/8/cc “/``/O/8/punct plunge/NN/O/4/conj ”/''/O/8/punct ././O/1/punct",
                "Osaka/NNP/LOCATION/1/nsubj wants/VBZ/O/-1/root the/DT/O/3/det bridge/NN/O/1/obj to/TO/O/5/mark"
                        + " end/VB/O/1/xcomp its/PRP$/O/10/nmod:poss “/``/O/8/punct backwater/NN/O/10/compound"
                        + " ”/''/O/8/punct image/NN/O/5/obj ././O/1/punct");
        for (String sentence : sentences) {
            Document done = quoted(HandDocuments.sentences(TUESDAY, sentence));
            assertEquals(1, done.quotes().size(), done.quotes().toString());
            assertEquals(QuoteKind.SCARE, done.quotes().get(0).kind(), sentence);
            assertNull(done.quotes().get(0).speakerSpan(), sentence);
        }
    }

    /** The document's mentions, each whose text is a key resolved to that actor id. */
    private static List<Mention> resolvedByText(Document parsed, Map<String, String> ids) {
        return parsed.mentions().stream()
                .map(m -> ids.containsKey(m.text()) ? m.withActor(ids.get(m.text()), "") : m)
                .toList();
    }

    private static List<Mention> resolvedTo(Document parsed, String he) {
        return resolvedByText(parsed, Map.of("Bo Kim", "person:bo-kim", "Tom Ruiz", "person:tom-ruiz", "He", he));
    }

    /**
     * "Acme said it wants buyers and, by May, plans to sell": a present-tense conjunct the parser hangs on the past
     * cue is the speaker's, part of the report; a past one ("and left the room") is the narration's.
     */
    @Test
    void presentTenseClauseHungOnAPastCueGoesOnWithTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/nsubj",
                "said/VBD/O/-1/root",
                "it/PRP/O/3/nsubj",
                "wants/VBZ/O/1/ccomp",
                "buyers/NNS/O/3/obj",
                "and/CC/O/10/cc",
                ",/,/O/10/punct",
                "by/IN/O/8/case",
                "May/NNP/O/10/obl",
                ",/,/O/10/punct",
                "plans/VBZ/O/1/conj",
                "to/TO/O/12/mark",
                "sell/VB/O/10/xcomp",
                "././O/1/punct"));
        assertEquals("Acme", speaker(done, quote(done, "it wants buyers and , by May , plans to sell")));
        Document past = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "said/VBD/O/-1/root",
                "prices/NNS/O/3/nsubj",
                "rose/VBD/O/1/ccomp",
                "and/CC/O/5/cc",
                "left/VBD/O/1/conj",
                "the/DT/O/7/det",
                "room/NN/O/5/obj",
                "././O/1/punct"));
        assertEquals("Ruiz", speaker(past, quote(past, "prices rose")));
    }

    /** "X filed a suit ... The petition says ...": a document speaks for whoever filed it under another name. */
    @Test
    void documentSpeaksForWhoFiledItUnderAnotherName() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/3/det Harbour/NNP/ORGANIZATION/3/compound Nurses/NNP/ORGANIZATION/3/compound"
                        + " Union/NNP/ORGANIZATION/4/nsubj filed/VBD/O/-1/root a/DT/O/6/det suit/NN/O/4/obj"
                        + " ././O/4/punct",
                "The/DT/O/1/det petition/NN/O/2/nsubj says/VBZ/O/-1/root staff/NN/O/5/nsubj were/VBD/O/5/cop"
                        + " underpaid/JJ/O/2/ccomp ././O/2/punct"));
        assertEquals("Harbour Nurses Union", speaker(done, quote(done, "staff were underpaid")));
    }

    /**
     * "Ruiz declared a drought ... The declaration says ...": the main act that issues a kind of document names its
     * issuer; an act in a clause of its own ("after the agency declared a flood") is background.
     */
    @Test
    void documentSpeaksForWhoseMainActIssuedIt() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Mayor/NNP/O/2/compound Ana/NNP/PERSON/2/compound Ruiz/NNP/PERSON/3/nsubj declared/VBD/O/-1/root"
                        + " a/DT/O/5/det drought/NN/O/3/obj ././O/3/punct",
                "It/PRP/O/1/nsubj came/VBD/O/-1/root after/IN/O/5/mark the/DT/O/4/det agency/NN/O/5/nsubj"
                        + " declared/VBD/O/1/advcl a/DT/O/7/det flood/NN/O/5/obj ././O/1/punct",
                "The/DT/O/1/det declaration/NN/O/2/nsubj says/VBZ/O/-1/root farms/NNS/O/5/nsubj may/MD/O/5/aux"
                        + " draw/VB/O/2/ccomp water/NN/O/5/obj ././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "farms may draw water")));
    }

    /**
     * "The Courier reported ... The regional newspaper stated ...": a definite noun for a body is the organisation
     * that was the subject just before; one named only as an object is not.
     */
    @Test
    void bodyDescribedByANounIsTheOrganisationThatSpokeBefore() {
        String stated = "The/DT/O/2/det regional/JJ/O/2/amod newspaper/NN/O/3/nsubj stated/VBD/O/-1/root"
                + " repairs/NNS/O/6/nsubj would/MD/O/6/aux take/VB/O/3/ccomp weeks/NNS/O/6/obj ././O/3/punct";
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/2/det Harbour/NNP/ORGANIZATION/2/compound Courier/NNP/ORGANIZATION/3/nsubj"
                        + " reported/VBD/O/-1/root the/DT/O/5/det bridge/NN/O/6/nsubj closed/VBD/O/3/ccomp"
                        + " ././O/3/punct",
                stated));
        assertEquals("Harbour Courier", speaker(done, quote(done, "repairs would take weeks")));
        Document praised = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj praised/VBD/O/-1/root the/DT/O/4/det Harbour/NNP/ORGANIZATION/4/compound"
                        + " Courier/NNP/ORGANIZATION/1/obj ././O/1/punct",
                stated));
        assertEquals("The regional newspaper", speaker(praised, quote(praised, "repairs would take weeks")));
    }

    /** "Ruiz bought Nordic maker Acme ... The Nordic partner said": the adjective picks the body it described. */
    @Test
    void bodyDescribedByAnAdjectiveTheArticleGaveItBefore() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj bought/VBD/O/-1/root Nordic/JJ/O/3/amod maker/NN/O/4/compound"
                        + " Acme/NNP/ORGANIZATION/1/obj ././O/1/punct",
                "Zenith/NNP/ORGANIZATION/1/nsubj agreed/VBD/O/-1/root ././O/1/punct",
                "The/DT/O/2/det Nordic/JJ/O/2/amod partner/NN/O/3/nsubj said/VBD/O/-1/root talks/NNS/O/5/nsubj"
                        + " failed/VBD/O/3/ccomp ././O/3/punct"));
        assertEquals("Acme", speaker(done, quote(done, "talks failed")));
    }

    /**
     * "a driver identified only as "Kovac"", "arrested three students for "insulting the flag"": a name someone goes
     * by and the name of a charge are mentioned, not said, though a cue governs the sentence; an accuser's words are
     * the accuser's, and so is a name that someone the sentence names gives.
     */
    @Test
    void nameGoneByAndChargeInMarksAreScareQuotes() {
        Document identified = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det ministry/NN/O/2/nsubj announced/VBD/O/-1/root the/DT/O/4/det arrest/NN/O/2/obj"
                        + " of/IN/O/7/case a/DT/O/7/det driver/NN/O/4/nmod identified/VBN/O/7/acl only/RB/O/12/advmod"
                        + " as/IN/O/12/case “/``/O/12/punct Kovac/NNP/PERSON/8/obl ”/''/O/12/punct ././O/2/punct"));
        Quote name = quote(identified, "Kovac");
        assertEquals(QuoteKind.SCARE, name.kind());
        assertNull(name.speakerSpan());
        Document arrested = quoted(HandDocuments.of(
                TUESDAY,
                "Police/NNS/O/1/nsubj said/VBD/O/-1/root they/PRP/O/3/nsubj arrested/VBD/O/1/ccomp"
                        + " three/CD/O/5/nummod students/NNS/O/3/obj for/IN/O/8/mark “/``/O/8/punct"
                        + " insulting/VBG/O/3/advcl the/DT/O/10/det flag/NN/O/8/obj ”/''/O/8/punct ././O/1/punct"));
        Quote charge = quote(arrested, "insulting the flag");
        assertEquals(QuoteKind.SCARE, charge.kind());
        assertNull(charge.speakerSpan());
        Document accused = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj accused/VBD/O/-1/root Kim/NNP/PERSON/1/obj of/IN/O/5/mark"
                        + " “/``/O/5/punct lying/VBG/O/1/advcl to/IN/O/8/case the/DT/O/8/det court/NN/O/5/obl"
                        + " ”/''/O/5/punct ././O/1/punct"));
        assertEquals(QuoteKind.PARTIAL, quote(accused, "lying to the court").kind());
        Document referred = quoted(HandDocuments.of(
                TUESDAY,
                "Officials/NNS/O/1/nsubj referred/VBD/O/-1/root to/IN/O/3/case him/PRP/O/1/obl as/IN/O/7/case"
                        + " “/``/O/7/punct a/DT/O/7/det visitor/NN/O/1/obl ”/''/O/7/punct ././O/1/punct"));
        assertEquals(QuoteKind.PARTIAL, quote(referred, "a visitor").kind());
    }

    /**
     * "The Harbour Gas and Power Company (HG&P) cut power. HG&P said it expected storms.": the short name speaks for
     * the organisation the article defined it for, though the actors stage kept it an actor of its own; a short name
     * defined for nobody keeps its actor.
     */
    @Test
    void shortNameInParenthesesSpeaksForTheFullName() {
        Document parsed = mentions.apply(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/5/det Harbour/NNP/ORGANIZATION/5/compound Gas/NNP/ORGANIZATION/5/compound"
                        + " and/CC/ORGANIZATION/5/cc Power/NNP/ORGANIZATION/5/compound"
                        + " Company/NNP/ORGANIZATION/9/nsubj (/-LRB-/O/7/punct HG&P/NNP/ORGANIZATION/5/appos"
                        + " )/-RRB-/O/7/punct cut/VBD/O/-1/root power/NN/O/9/obj ././O/9/punct",
                "HG&P/NNP/ORGANIZATION/1/nsubj said/VBD/O/-1/root it/PRP/O/3/nsubj expected/VBD/O/1/ccomp"
                        + " storms/NNS/O/3/obj ././O/1/punct",
                "Acme/NNP/ORGANIZATION/1/nsubj said/VBD/O/-1/root rain/NN/O/3/nsubj fell/VBD/O/1/ccomp"
                        + " ././O/1/punct"));
        List<Mention> resolved = resolvedByText(
                parsed,
                Map.of(
                        "Harbour Gas and Power Company",
                        "org:harbour-gas-and-power-company",
                        "HG&P",
                        "org:hg-p",
                        "Acme",
                        "org:acme"));
        Document done = stage.apply(parsed.withActors(List.of(), resolved));
        Quote quote = quote(done, "it expected storms");
        assertEquals("org:harbour-gas-and-power-company", quote.speakerId());
        assertEquals("HG&P", speaker(done, quote));
        assertEquals("org:acme", quote(done, "rain fell").speakerId());
    }

    /**
     * "The board reaffirmed that fares stay low", "Engineers recommended drivers avoid the bridge", "The authors
     * proposed that ice melted first": verbs of asserting, advising and proposing report the clause after them; with a
     * noun phrase alone ("proposed a budget") they report nothing.
     */
    @Test
    void verbsOfReaffirmingRecommendingAndProposingReportTheirClause() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/1/det board/NN/O/2/nsubj reaffirmed/VBD/O/-1/root that/IN/O/6/mark fares/NNS/O/6/nsubj"
                        + " stay/VBP/O/2/ccomp low/JJ/O/5/xcomp ././O/2/punct",
                "Engineers/NNS/O/1/nsubj recommended/VBD/O/-1/root drivers/NNS/O/3/nsubj avoid/VB/O/1/ccomp"
                        + " the/DT/O/5/det bridge/NN/O/3/obj ././O/1/punct",
                "The/DT/O/1/det authors/NNS/O/2/nsubj proposed/VBD/O/-1/root that/IN/O/5/mark ice/NN/O/5/nsubj"
                        + " melted/VBD/O/2/ccomp first/RB/O/5/advmod ././O/2/punct",
                "The/DT/O/1/det council/NN/O/2/nsubj proposed/VBD/O/-1/root a/DT/O/4/det budget/NN/O/2/obj"
                        + " ././O/2/punct"));
        assertEquals("The board", speaker(done, quote(done, "fares stay low")));
        assertEquals("reaffirm", quote(done, "fares stay low").cue());
        assertEquals("Engineers", speaker(done, quote(done, "drivers avoid the bridge")));
        assertEquals("The authors", speaker(done, quote(done, "ice melted first")));
        assertEquals(3, done.quotes().size(), done.quotes().toString());
    }

    /** "The Herald reported nurses, after a vote, stated ...": the nurses are who stated it, not the paper. */
    @Test
    void aLooseCueAfterTheReportsObjectIsThatObjectsReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Herald/NNP/ORGANIZATION/2/nsubj",
                "reported/VBD/O/-1/root",
                "nurses/NNS/O/2/obj",
                ",/,/O/2/punct",
                "after/IN/O/7/case",
                "a/DT/O/7/det",
                "vote/NN/O/2/obl",
                ",/,/O/2/punct",
                "stated/VBD/O/2/dep",
                "pay/NN/O/12/nsubj",
                "was/VBD/O/12/cop",
                "low/JJ/O/9/ccomp",
                "././O/2/punct"));
        assertEquals("nurses", speaker(done, quote(done, "pay was low")));
    }

    /** "The Herald reported that pay was low and stated staff left": with no object before the cue, the outlet stays. */
    @Test
    void aLooseCueWithNoObjectBeforeItKeepsTheReportsSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Herald/NNP/ORGANIZATION/2/nsubj",
                "reported/VBD/O/-1/root",
                "that/IN/O/6/mark",
                "pay/NN/O/6/nsubj",
                "was/VBD/O/6/cop",
                "low/JJ/O/2/ccomp",
                "and/CC/O/8/cc",
                "stated/VBD/O/2/dep",
                "staff/NNS/O/10/nsubj",
                "left/VBD/O/8/ccomp",
                "././O/2/punct"));
        assertEquals("Herald", speaker(done, quote(done, "staff left")));
    }

    /** "A Reuters correspondent said ...": the journalist reports, the agency is only whom they work for. */
    @Test
    void aJournalistOfAnOutletIsTheSpeakerNotTheOutlet() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/2/det",
                "Reuters/NNP/ORGANIZATION/2/compound",
                "correspondent/NN/O/3/nsubj",
                "said/VBD/O/-1/root",
                "roads/NNS/O/6/nsubj",
                "were/VBD/O/6/cop",
                "closed/JJ/O/3/ccomp",
                "././O/3/punct"));
        assertEquals("A Reuters correspondent", speaker(done, quote(done, "roads were closed")));
    }

    /** "A Reuters spokeswoman said ...": a spokesperson speaks for the body, which stays the speaker. */
    @Test
    void aSpokespersonOfAnOutletStillSpeaksForIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "A/DT/O/2/det",
                "Reuters/NNP/ORGANIZATION/2/compound",
                "spokeswoman/NN/O/3/nsubj",
                "said/VBD/O/-1/root",
                "roads/NNS/O/6/nsubj",
                "were/VBD/O/6/cop",
                "closed/JJ/O/3/ccomp",
                "././O/3/punct"));
        assertEquals("Reuters", speaker(done, quote(done, "roads were closed")));
    }

    /** "The Courier reported its informant said the driver fled": one report, the informant's; the paper relays it. */
    @Test
    void aMediumReportingItsSourceGivesWayToTheSource() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Courier/NNP/ORGANIZATION/2/nsubj",
                "reported/VBD/O/-1/root",
                "its/PRP$/O/4/nmod:poss",
                "informant/NN/O/5/nsubj",
                "said/VBD/O/2/ccomp",
                "the/DT/O/7/det",
                "driver/NN/O/8/nsubj",
                "fled/VBD/O/5/ccomp",
                "././O/2/punct"));
        assertEquals("its informant", speaker(done, quote(done, "the driver fled")));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /** "The Courier reported the mayor, who said she was tired, resigned": a report inside is no relayed source. */
    @Test
    void aMediumsReportWithAReportInsideItsSubjectStays() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "Courier/NNP/ORGANIZATION/2/nsubj",
                "reported/VBD/O/-1/root",
                "the/DT/O/4/det",
                "mayor/NN/O/11/nsubj",
                ",/,/O/4/punct",
                "who/WP/O/7/nsubj",
                "said/VBD/O/4/acl:relcl",
                "she/PRP/O/10/nsubj",
                "was/VBD/O/10/cop",
                "tired/JJ/O/7/ccomp",
                "resigned/VBD/O/2/ccomp",
                "././O/2/punct"));
        assertEquals("Courier", speaker(done, quote(done, "the mayor , who said she was tired resigned")));
    }

    /** "The utility told customers to boil water", "Rangers warned hikers on the ridge to turn back": instructions. */
    @Test
    void tellingOrWarningSomeoneToActIsAnInstruction() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/1/det utility/NN/O/2/nsubj told/VBD/O/-1/root customers/NNS/O/2/obj to/TO/O/5/mark"
                        + " boil/VB/O/2/xcomp water/NN/O/5/obj ././O/2/punct",
                "Rangers/NNS/O/1/nsubj warned/VBD/O/-1/root hikers/NNS/O/1/obj on/IN/O/5/case the/DT/O/5/det"
                        + " ridge/NN/O/2/nmod to/TO/O/7/mark turn/VB/O/1/advcl back/RB/O/7/advmod ././O/1/punct"));
        assertEquals("The utility", speaker(done, quote(done, "customers to boil water")));
        assertEquals("tell", quote(done, "customers to boil water").cue());
        assertEquals("Rangers", speaker(done, quote(done, "hikers on the ridge to turn back")));
    }

    /** "The coach told the story to make a point": without someone addressed, the infinitive is a purpose. */
    @Test
    void tellingAThingForAPurposeIsNoInstruction() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "coach/NN/O/2/nsubj",
                "told/VBD/O/-1/root",
                "the/DT/O/4/det",
                "story/NN/O/2/obj",
                "to/TO/O/6/mark",
                "make/VB/O/2/advcl",
                "a/DT/O/8/det",
                "point/NN/O/6/obj",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes());
    }

    /**
     * "Rangers said they thought a bear carrying a cub had crossed the road": the parser takes the bear for the
     * object of "thought" and hangs "had crossed" on "said"; the reported clause still runs to its end.
     */
    @Test
    void aClauseWhosePredicateHangsLooselyOnTheCueRunsThroughIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Rangers/NNS/O/1/nsubj",
                "said/VBD/O/-1/root",
                "they/PRP/O/3/nsubj",
                "thought/VBD/O/1/ccomp",
                "a/DT/O/5/det",
                "bear/NN/O/3/obj",
                "carrying/VBG/O/5/acl",
                "a/DT/O/8/det",
                "cub/NN/O/6/obj",
                "had/VBD/O/10/aux",
                "crossed/VBN/O/1/dep",
                "the/DT/O/12/det",
                "road/NN/O/10/obj",
                "././O/1/punct"));
        assertEquals("Rangers", speaker(done, quote(done, "they thought a bear carrying a cub had crossed the road")));
    }

    /**
     * "By noon, the plan to close the road had been dropped, according to the council": the parser hangs the
     * predicate on "close"; the council vouches for the whole clause.
     */
    @Test
    void accordingToOnALoosePredicateVouchesForItsWholeClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "By/IN/O/1/case",
                "noon/NN/O/6/obl",
                ",/,/O/6/punct",
                "the/DT/O/4/det",
                "plan/NN/O/6/nsubj",
                "to/TO/O/6/mark",
                "close/VB/O/-1/root",
                "the/DT/O/8/det",
                "road/NN/O/6/obj",
                "had/VBD/O/11/aux",
                "been/VBN/O/11/aux:pass",
                "dropped/VBN/O/6/dep",
                ",/,/O/6/punct",
                "according/VBG/O/16/case",
                "to/IN/O/13/fixed",
                "the/DT/O/16/det",
                "council/NN/O/11/obl",
                "././O/6/punct"));
        Quote quote = quote(done, "By noon , the plan to close the road had been dropped");
        assertEquals("according to", quote.cue());
        assertEquals("the council", speaker(done, quote));
    }

    /**
     * "Lind told Reuters the rise in prices showed demand had peaked": after an addressee, the object is no addressee
     * but where the reported clause begins, though the parser makes "showed" an auxiliary of "peaked".
     */
    @Test
    void anObjectAfterTheAddresseeBeginsTheReportedClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Lind/NNP/PERSON/1/nsubj",
                "told/VBD/O/-1/root",
                "Reuters/NNP/ORGANIZATION/1/iobj",
                "the/DT/O/4/det",
                "rise/NN/O/1/obj",
                "in/IN/O/6/case",
                "prices/NNS/O/4/nmod",
                "showed/VBD/O/10/aux",
                "demand/NN/O/10/nsubj",
                "had/VBD/O/10/aux",
                "peaked/VBN/O/1/dep",
                "././O/1/punct"));
        assertEquals("Lind", speaker(done, quote(done, "the rise in prices showed demand had peaked")));
    }

    /**
     * "Analysts projected the party won", "The mayor mentioned the bridge will reopen" report a clause; "mentioned a
     * state of emergency" reports nothing.
     */
    @Test
    void verbsOfProjectingAndMentioningReportTheirClause() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Analysts/NNS/O/1/nsubj projected/VBD/O/-1/root the/DT/O/3/det party/NN/O/4/nsubj"
                        + " won/VBD/O/1/ccomp ././O/1/punct",
                "The/DT/O/1/det mayor/NN/O/2/nsubj mentioned/VBD/O/-1/root the/DT/O/4/det bridge/NN/O/6/nsubj"
                        + " will/MD/O/6/aux reopen/VB/O/2/ccomp ././O/2/punct",
                "The/DT/O/1/det governor/NN/O/2/nsubj mentioned/VBD/O/-1/root a/DT/O/4/det state/NN/O/2/obj"
                        + " of/IN/O/7/case emergency/NN/O/4/nmod ././O/2/punct"));
        assertEquals("Analysts", speaker(done, quote(done, "the party won")));
        assertEquals("The mayor", speaker(done, quote(done, "the bridge will reopen")));
        assertEquals(2, done.quotes().size(), done.quotes().toString());
    }

    /**
     * "The dam was unsafe, engineers have said, and should have closed": the parser hangs the aside on the clause's
     * predicate as a complement; the report is the whole clause around it.
     */
    @Test
    void anAsideHungOnTheClauseItInterruptsReportsThatClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "dam/NN/O/3/nsubj",
                "was/VBD/O/3/cop",
                "unsafe/JJ/O/-1/root",
                ",/,/O/7/punct",
                "engineers/NNS/O/7/nsubj",
                "have/VBP/O/7/aux",
                "said/VBN/O/3/ccomp",
                ",/,/O/7/punct",
                "and/CC/O/12/cc",
                "should/MD/O/12/aux",
                "have/VB/O/12/aux",
                "closed/VBN/O/3/conj",
                "././O/3/punct"));
        Quote quote = quote(done, "The dam was unsafe , engineers have said , and should have closed");
        assertEquals("engineers", speaker(done, quote));
    }

    /** "The dam was unsafe, engineers have said.": without the clause going on, the aside is a trailing attribution. */
    @Test
    void anAsideThatEndsTheSentenceIsNoInterruption() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "dam/NN/O/3/nsubj",
                "was/VBD/O/3/cop",
                "unsafe/JJ/O/-1/root",
                ",/,/O/7/punct",
                "engineers/NNS/O/7/nsubj",
                "have/VBP/O/7/aux",
                "said/VBN/O/3/ccomp",
                "././O/3/punct"));
        assertEquals(
                List.of(),
                done.quotes().stream().filter(q -> q.text().contains("said")).toList());
    }

    /**
     * "Ana Ruiz, the owner, was found injured, police reported Sunday": the parser roots the sentence in the name and
     * hangs the clause on the trailing cue as a parataxis before it; the clause is the report, not the attribution.
     */
    @Test
    void aClauseHungOnTheTrailingCueBeforeItIsTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/-1/root",
                ",/,/O/7/punct",
                "the/DT/O/4/det",
                "owner/NN/O/7/nsubj:pass",
                ",/,/O/7/punct",
                "was/VBD/O/7/aux:pass",
                "found/VBN/O/11/parataxis",
                "injured/JJ/O/7/xcomp",
                ",/,/O/11/punct",
                "police/NN/O/11/nsubj",
                "reported/VBD/O/1/dep",
                "Sunday/NNP/DATE/11/obl:tmod",
                "././O/1/punct"));
        Quote quote = quote(done, "Ana Ruiz , the owner , was found injured");
        assertEquals("police", speaker(done, quote));
    }

    /**
     * "The plan, says the study, would cut emissions": an inverted aside inside the clause; the parser roots the
     * sentence in the cue and takes the speaker for its object. The clause around the aside is the report, the noun
     * phrase after the cue its speaker, not the clause's subject.
     */
    @Test
    void anInvertedAsideInsideTheClauseReportsTheClauseAroundIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "plan/NN/O/3/nsubj",
                ",/,/O/3/punct",
                "says/VBZ/O/-1/root",
                "the/DT/O/5/det",
                "study/NN/O/3/obj",
                ",/,/O/3/punct",
                "would/MD/O/8/aux",
                "cut/VB/O/3/dep",
                "emissions/NNS/O/8/obj",
                "by/IN/O/11/case",
                "half/NN/O/8/obl",
                "././O/3/punct"));
        Quote quote = quote(done, "The plan , says the study , would cut emissions by half");
        assertEquals("the study", speaker(done, quote));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /** "Because the water is warm, says the report, it rises": a clause of its own after the inverted aside. */
    @Test
    void anInvertedAsideAfterASubordinateClauseReportsTheWholeSentence() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Because/IN/O/4/mark",
                "the/DT/O/2/det",
                "water/NN/O/4/nsubj",
                "is/VBZ/O/4/cop",
                "warm/JJ/O/6/advcl",
                ",/,/O/6/punct",
                "says/VBZ/O/-1/root",
                "the/DT/O/8/det",
                "report/NN/O/6/obj",
                ",/,/O/6/punct",
                "it/PRP/O/11/nsubj",
                "rises/VBZ/O/6/parataxis",
                "above/IN/O/14/case",
                "cold/JJ/O/14/amod",
                "water/NN/O/11/obl",
                "././O/6/punct"));
        Quote quote = quote(done, "Because the water is warm , says the report , it rises above cold water");
        assertEquals("the report", speaker(done, quote));
    }

    /** "The crowd cheered, said a prayer, and left": a coordinated predicate is no inverted aside. */
    @Test
    void aCoordinatedPredicateAfterACommaIsNoInvertedAside() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "crowd/NN/O/2/nsubj",
                "cheered/VBD/O/-1/root",
                ",/,/O/4/punct",
                "said/VBD/O/2/parataxis",
                "a/DT/O/6/det",
                "prayer/NN/O/4/obj",
                ",/,/O/9/punct",
                "and/CC/O/9/cc",
                "left/VBD/O/2/conj",
                "././O/2/punct"));
        assertEquals(List.of(), done.quotes(), done.quotes().toString());
    }

    /** "The rules, told reporters, ...": an addressee after the cue is no inverted speaker. */
    @Test
    void anAddresseeAfterASetOffCueIsNoInvertedSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "minister/NN/O/3/nsubj",
                ",/,/O/3/punct",
                "told/VBD/O/-1/root",
                "the/DT/O/5/det",
                "reporters/NNS/O/3/obj",
                ",/,/O/3/punct",
                "costs/NNS/O/8/nsubj",
                "would/MD/O/8/aux",
                "fall/VB/O/3/parataxis",
                "././O/3/punct"));
        assertTrue(
                done.quotes().stream().noneMatch(q -> "the reporters".equals(speaker(done, q))),
                done.quotes().toString());
    }

    /**
     * "..., says the report, it rises, creating what engineers call a "river"": a participle set off after the report
     * that holds a report of others with a subject of their own is the reporter's addition, so the report ends
     * before it and the marked words stay the others' partial quote.
     */
    @Test
    void aSetOffParticipleHoldingAnotherReportEndsTheReport() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "water/NN/O/3/nsubj",
                ",/,/O/3/punct",
                "says/VBZ/O/-1/root",
                "the/DT/O/5/det",
                "report/NN/O/3/obj",
                ",/,/O/3/punct",
                "rises/VBZ/O/3/dep",
                ",/,/O/7/punct",
                "creating/VBG/O/7/dep",
                "what/WP/O/13/obj",
                "the/DT/O/12/det",
                "engineers/NNS/O/13/nsubj",
                "call/VBP/O/9/ccomp",
                "a/DT/O/17/det",
                "``/``/O/17/punct",
                "channel/JJ/O/17/amod",
                "river/NN/O/13/obj",
                "''/''/O/17/punct",
                "././O/3/punct"));
        Quote quote = quote(done, "The water , says the report , rises");
        assertEquals("the report", speaker(done, quote));
    }

    /**
     * "A judge agreed the book had held secrets": "agree" reports a finite clause of its own as a view held; its
     * infinitive is a plan or a decision ("Lam agreed to add two members"), which the guidelines do not annotate.
     */
    @Test
    void agreeReportsOnlyAFiniteClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "agreed/VBD/O/-1/root",
                "the/DT/O/4/det",
                "book/NN/O/6/nsubj",
                "had/VBD/O/6/aux",
                "held/VBN/O/2/ccomp",
                "secrets/NNS/O/6/obj",
                "././O/2/punct"));
        Quote quote = quote(done, "the book had held secrets");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("agree", quote.cue());
        assertEquals("Ana Ruiz", speaker(done, quote));
        Document plan = quoted(HandDocuments.of(
                TUESDAY,
                "Lam/NNP/PERSON/1/nsubj",
                "agreed/VBD/O/-1/root",
                "to/TO/O/3/mark",
                "add/VB/O/1/xcomp",
                "two/CD/O/5/nummod",
                "members/NNS/O/3/obj",
                "././O/1/punct"));
        assertEquals(List.of(), plan.quotes());
    }

    /**
     * "Pierce countered that technology is amoral": "counter" reports a finite clause; its noun-phrase object is what
     * is answered ("Biden countered claims about his health"), not what is said.
     */
    @Test
    void counterReportsOnlyAFiniteClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "countered/VBD/O/-1/root",
                "that/IN/O/6/mark",
                "technology/NN/O/6/nsubj",
                "is/VBZ/O/6/cop",
                "amoral/JJ/O/2/ccomp",
                "././O/2/punct"));
        Quote quote = quote(done, "technology is amoral");
        assertEquals("counter", quote.cue());
        assertEquals("Ana Ruiz", speaker(done, quote));
        Document answered = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "countered/VBD/O/-1/root",
                "claims/NNS/O/2/obj",
                "about/IN/O/6/case",
                "her/PRP$/O/6/nmod:poss",
                "health/NN/O/3/nmod",
                "././O/2/punct"));
        assertEquals(List.of(), answered.quotes());
    }

    /**
     * "The researchers speculated the spikes deter predators": "speculate" reports a finite clause; "speculated about
     * the cause" names a topic, not what was said.
     */
    @Test
    void speculateReportsOnlyAFiniteClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "speculated/VBD/O/-1/root",
                "the/DT/O/4/det",
                "spikes/NNS/O/5/nsubj",
                "deter/VBP/O/2/ccomp",
                "predators/NNS/O/5/obj",
                "././O/2/punct"));
        Quote quote = quote(done, "the spikes deter predators");
        assertEquals("speculate", quote.cue());
        assertEquals("Ana Ruiz", speaker(done, quote));
        Document topic = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "speculated/VBD/O/-1/root",
                "about/IN/O/5/case",
                "the/DT/O/5/det",
                "cause/NN/O/2/obl",
                "././O/2/punct"));
        assertEquals(List.of(), topic.quotes());
    }

    /**
     * "The researchers speculated the virus was transferred from animals": the parser takes the clause's subject for
     * the object of a clause-only cue and hangs its predicate on the cue; the clause is rebuilt. A predicate with a
     * subject of its own after the object is a second clause ("declared a state of emergency, the city closed").
     */
    @Test
    void aClauseOnlyCueRebuildsOnlyAnObjectTakenForItsClausesSubject() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "speculated/VBD/O/-1/root",
                "the/DT/O/4/det",
                "virus/NN/O/2/obj",
                "was/VBD/O/6/aux:pass",
                "transferred/VBN/O/2/dep",
                "from/IN/O/8/case",
                "animals/NNS/O/6/obl",
                "././O/2/punct"));
        Quote quote = quote(done, "the virus was transferred from animals");
        assertEquals("speculate", quote.cue());
        assertEquals("Ana Ruiz", speaker(done, quote));
        Document second = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound",
                "Ruiz/NNP/PERSON/2/nsubj",
                "declared/VBD/O/-1/root",
                "an/DT/O/4/det",
                "emergency/NN/O/2/obj",
                ",/,/O/2/punct",
                "the/DT/O/7/det",
                "city/NN/O/8/nsubj",
                "closed/VBD/O/2/parataxis",
                "././O/2/punct"));
        assertEquals(List.of(), second.quotes());
    }

    /**
     * "The researchers suggested the algae, like warming temperatures, might render ...": the parser takes the
     * subject for the cue's object and hangs the predicate elsewhere; a set-off aside inside the subject does not
     * stop the reading from the words.
     */
    @Test
    void anUnattachedClauseWhoseSubjectHoldsASetOffAside() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det engineers/NNS/O/2/nsubj reported/VBD/O/-1/root the/DT/O/4/det dam/NN/O/2/obj"
                        + " ,/,/O/2/punct like/IN/O/8/case the/DT/O/8/det bridge/NN/O/2/obl ,/,/O/2/punct"
                        + " might/MD/O/11/aux fail/VB/O/2/conj ././O/2/punct"));
        Quote quote = quote(done, "the dam , like the bridge , might fail");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("The engineers", speaker(done, quote));
    }

    /**
     * "Officials announced the closure, which angered parents, on Monday": an aside followed by no verb; and a list of
     * predicates is no aside.
     */
    @Test
    void anAsideAfterTheCuesObjectWithNoVerbAfterItIsNoClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Officials/NNS/O/1/nsubj announced/VBD/O/-1/root the/DT/O/3/det closure/NN/O/1/obj ,/,/O/3/punct"
                        + " which/WDT/O/6/nsubj angered/VBD/O/3/acl:relcl parents/NNS/O/6/obj ,/,/O/3/punct"
                        + " on/IN/O/10/case Monday/NNP/O/1/obl ././O/1/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
        // "maintains their daily routine, have breakfast then go to office, have lunch there": a list of predicates.
        Document listed = quoted(HandDocuments.of(
                TUESDAY,
                "Workers/NNS/O/1/nsubj maintain/VBP/O/-1/root their/PRP$/O/3/nmod:poss routine/NN/O/1/obj"
                        + " ,/,/O/5/punct have/VBP/O/1/conj breakfast/NN/O/5/obj ,/,/O/8/punct have/VBP/O/1/conj"
                        + " lunch/NN/O/8/obj there/RB/O/8/advmod and/CC/O/12/cc go/VBP/O/1/conj home/RB/O/12/advmod"
                        + " ././O/1/punct"));
        assertTrue(listed.quotes().isEmpty(), listed.quotes().toString());
    }

    /** "José Ortiz said fixing the plant, which was damaged, may take a year": a gerund opens the subject. */
    @Test
    void anUnattachedClauseWhoseSubjectIsAGerund() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ana/NNP/PERSON/1/compound Ruiz/NNP/PERSON/2/nsubj said/VBD/O/-1/root fixing/VBG/O/2/dep"
                        + " the/DT/O/5/det road/NN/O/3/obj ,/,/O/5/punct which/WDT/O/8/nsubj"
                        + " flooded/VBD/O/5/acl:relcl ,/,/O/5/punct may/MD/O/11/aux take/VB/O/2/dep a/DT/O/13/det"
                        + " year/NN/O/11/obl:tmod ././O/2/punct"));
        Quote quote = quote(done, "fixing the road , which flooded , may take a year");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "Police reported finding the car near the river": a gerund and its object with no verb after them. */
    @Test
    void aGerundObjectWithoutAVerbAfterItIsNoClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Police/NNS/O/1/nsubj reported/VBD/O/-1/root finding/VBG/O/1/dep the/DT/O/4/det car/NN/O/2/obj"
                        + " near/IN/O/7/case the/DT/O/7/det river/NN/O/2/obl ././O/1/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }

    /**
     * "Tuilaepa, who told the press his nephew needed a dose", "Hughes told Kamloops This Week that CERB payments,
     * a program ..., presented ...": a verb of telling reads its clause past the addressee when the parse hung it
     * elsewhere.
     */
    @Test
    void aVerbOfTellingReadsItsUnattachedClausePastTheAddressee() {
        Document addressee = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det mayor/NN/O/2/nsubj told/VBD/O/-1/root the/DT/O/4/det press/NN/O/2/iobj"
                        + " her/PRP$/O/6/nmod:poss deputy/NN/O/2/obj needed/VBD/O/1/dep rest/NN/O/7/obj"
                        + " ././O/2/punct"));
        Quote quote = quote(addressee, "her deputy needed rest");
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("The mayor", speaker(addressee, quote));
        Document that = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det mayor/NN/O/2/nsubj told/VBD/O/-1/root Radio/NNP/ORGANIZATION/4/compound"
                        + " Ten/NNP/ORGANIZATION/2/obj that/WDT/O/13/dep the/DT/O/7/det bridge/NN/O/13/nsubj:pass"
                        + " ,/,/O/10/punct a/DT/O/10/det landmark/NN/O/7/appos ,/,/O/10/punct was/VBD/O/13/aux:pass"
                        + " closed/VBN/O/4/ccomp ././O/2/punct"));
        Quote reported = quote(that, "the bridge , a landmark , was closed");
        assertEquals("The mayor", speaker(that, reported));
    }

    /** "The mayor told the crowd stories that moved them": the addressee and a thing told, no clause. */
    @Test
    void aVerbOfTellingWithAThingToldReportsNoClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det mayor/NN/O/2/nsubj told/VBD/O/-1/root the/DT/O/4/det crowd/NN/O/2/iobj"
                        + " stories/NNS/O/2/obj that/WDT/O/7/nsubj moved/VBD/O/5/acl:relcl them/PRP/O/7/obj"
                        + " ././O/2/punct"));
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }

    /**
     * "In a situational report of NDRRMC, the tremor damaged 143 buildings", "..., by BTP's report": a source's
     * account framing a clause vouches for it as "according to" does.
     */
    @Test
    void aSourcesAccountFramingAClauseVouchesForIt() {
        Document opening = quoted(HandDocuments.of(
                TUESDAY,
                "In/IN/O/2/case the/DT/O/2/det assessment/NN/O/9/obl of/IN/O/5/case"
                        + " Acme/NNP/ORGANIZATION/5/compound Council/NNP/ORGANIZATION/2/nmod ,/,/O/9/punct"
                        + " the/DT/O/8/det storm/NN/O/9/nsubj damaged/VBD/O/-1/root 40/CD/O/11/nummod"
                        + " homes/NNS/O/9/obj ././O/9/punct"));
        Quote framed = quote(opening, "the storm damaged 40 homes");
        assertEquals(QuoteKind.INDIRECT, framed.kind());
        assertEquals("Acme Council", speaker(opening, framed));
        Document closing = quoted(HandDocuments.of(
                TUESDAY,
                "Crews/NNS/O/3/nsubj were/VBD/O/3/cop already/RB/O/3/advmod there/RB/O/-1/root ,/,/O/3/punct"
                        + " by/IN/O/8/case Acme/NNP/ORGANIZATION/8/nmod:poss 's/POS/O/6/case account/NN/O/3/obl"
                        + " ././O/3/punct"));
        assertEquals("Acme", speaker(closing, quote(closing, "Crews were already there")));
    }

    /** "In an analysis of the data, prices rose" names no source; "In the report of X, the mayor said ..." is hers. */
    @Test
    void anAccountNamingNoSourceOrFramingAReportIsNoFrame() {
        Document nameless = quoted(HandDocuments.of(
                TUESDAY,
                "In/IN/O/2/case an/DT/O/2/det analysis/NN/O/8/obl of/IN/O/5/case the/DT/O/5/det data/NNS/O/2/nmod"
                        + " ,/,/O/8/punct prices/NNS/O/8/nsubj rose/VBD/O/-1/root ././O/8/punct"));
        assertTrue(nameless.quotes().isEmpty(), nameless.quotes().toString());
        Document reported = quoted(HandDocuments.of(
                TUESDAY,
                "In/IN/O/2/case the/DT/O/2/det report/NN/O/9/obl of/IN/O/5/case"
                        + " Acme/NNP/ORGANIZATION/5/compound Council/NNP/ORGANIZATION/2/nmod ,/,/O/9/punct"
                        + " the/DT/O/8/det mayor/NN/O/9/nsubj said/VBD/O/-1/root prices/NNS/O/11/nsubj"
                        + " rose/VBD/O/9/ccomp ././O/9/punct"));
        assertEquals(1, reported.quotes().size(), reported.quotes().toString());
        assertEquals("the mayor", speaker(reported, quote(reported, "prices rose")));
    }

    /** "“A[,]” said Ana Ruiz, who runs the farm. “B.”": the speaker's relative clause is no second attribution. */
    @Test
    void splitQuoteWhoseSpeakerHasARelativeClauseIsOneQuote() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "“/``/O/3/punct It/PRP/O/3/nsubj is/VBZ/O/3/cop possible/JJ/O/6/ccomp ,/,/O/3/punct ”/''/O/3/punct"
                        + " said/VBD/O/-1/root Ana/NNP/PERSON/8/compound Ruiz/NNP/PERSON/6/nsubj ,/,/O/8/punct"
                        + " who/WP/O/11/nsubj runs/VBZ/O/8/acl:relcl the/DT/O/13/det farm/NN/O/11/obj ././O/6/punct",
                "“/``/O/3/punct We/PRP/O/3/nsubj would/MD/O/3/aux grow/VB/O/-1/root first/RB/O/3/advmod"
                        + " ././O/3/punct ”/''/O/3/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote whole = done.quotes().get(0);
        assertEquals("It is possible , ” said Ana Ruiz , who runs the farm . “ We would grow first .", whole.text());
        assertEquals(QuoteKind.DIRECT, whole.kind());
        assertEquals("Ana Ruiz", speaker(done, whole));
    }

    /** "“A,” said Ana Ruiz, and the crowd cheered. “B.”": a clause of its own between the parts ends the first. */
    @Test
    void splitQuoteIsNotJoinedAcrossAClauseOfItsOwn() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "“/``/O/3/punct It/PRP/O/3/nsubj is/VBZ/O/3/cop possible/JJ/O/6/ccomp ,/,/O/3/punct ”/''/O/3/punct"
                        + " said/VBD/O/-1/root Ana/NNP/PERSON/8/compound Ruiz/NNP/PERSON/6/nsubj ,/,/O/6/punct"
                        + " and/CC/O/13/cc the/DT/O/12/det crowd/NN/O/13/nsubj cheered/VBD/O/6/conj ././O/6/punct",
                "“/``/O/3/punct We/PRP/O/3/nsubj would/MD/O/3/aux grow/VB/O/-1/root first/RB/O/3/advmod"
                        + " ././O/3/punct ”/''/O/3/punct"));
        assertEquals(2, done.quotes().size(), done.quotes().toString());
        assertTrue(
                done.quotes().stream().noneMatch(q -> q.text().contains("cheered")),
                done.quotes().toString());
    }

    /**
     * "“A,” said study co-author Ted Berg of the Zenith University Institute for Research in Polar and Marine
     * Sciences (IRPMS). “B.”": a long name counts as one word and a parenthesis not at all.
     */
    @Test
    void splitQuoteWhoseSpeakerHasALongAffiliationIsOneQuote() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "“/``/O/2/punct Water/NN/O/2/nsubj rises/VBZ/O/5/ccomp ,/,/O/2/punct ”/''/O/2/punct"
                        + " said/VBD/O/-1/root study/NN/O/7/compound co-author/NN/O/9/compound"
                        + " Ted/NNP/PERSON/9/compound Berg/NNP/PERSON/5/nsubj of/IN/O/14/case the/DT/O/14/det"
                        + " Zenith/NNP/ORGANIZATION/14/compound University/NNP/ORGANIZATION/14/compound"
                        + " Institute/NNP/ORGANIZATION/9/nmod for/IN/ORGANIZATION/16/case"
                        + " Research/NNP/ORGANIZATION/14/nmod in/IN/ORGANIZATION/21/case"
                        + " Polar/NNP/ORGANIZATION/21/amod and/CC/ORGANIZATION/20/cc"
                        + " Marine/NNP/ORGANIZATION/18/conj Sciences/NNPS/ORGANIZATION/16/nmod"
                        + " (/-LRB-/O/23/punct IRPMS/NNP/ORGANIZATION/14/appos )/-RRB-/O/23/punct ././O/5/punct",
                "“/``/O/4/punct The/DT/O/2/det shelf/NN/O/4/nsubj will/MD/O/4/aux break/VB/O/-1/root"
                        + " ././O/4/punct ”/''/O/4/punct"));
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote whole = done.quotes().get(0);
        assertEquals(QuoteKind.DIRECT, whole.kind());
        assertTrue(whole.text().endsWith("The shelf will break ."), whole.text());
        assertEquals("Ted Berg", speaker(done, whole));
    }

    /**
     * "The manager of Acme Tours and director of Wales Tourism Partnership, Ana Ruiz, said": the parser hangs the
     * name on the organisation, to which no person is an apposition; the name is the titled subject's.
     */
    @Test
    void personInAppositionToAnOrganisationInsideATitledSubjectIsTheSpeaker() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "manager/NN/O/14/nsubj",
                "of/IN/O/4/case",
                "Acme/NNP/ORGANIZATION/4/compound",
                "Tours/NNP/ORGANIZATION/1/nmod",
                "and/CC/O/6/cc",
                "director/NN/O/4/conj",
                "of/IN/O/10/case",
                "Wales/NNP/ORGANIZATION/10/compound",
                "Tourism/NNP/ORGANIZATION/10/compound",
                "Partnership/NNP/ORGANIZATION/6/nmod",
                ",/,/O/10/punct",
                "Ana/NNP/PERSON/13/compound",
                "Ruiz/NNP/PERSON/10/appos",
                "said/VBD/O/-1/root",
                "prices/NNS/O/16/nsubj",
                "rose/VBD/O/14/ccomp"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "prices rose")));
    }

    /** "The manager of the mayor, Ana Ruiz, said": a person may stand in apposition to a person; the rule stays out. */
    @Test
    void personInAppositionToAPersonNounInsideTheSubjectIsNotTakenForTheSubject() {
        Document document = mentions.apply(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "manager/NN/O/8/nsubj",
                "of/IN/O/4/case",
                "the/DT/O/4/det",
                "mayor/NN/O/1/nmod",
                ",/,/O/4/punct",
                "Ana/NNP/PERSON/7/compound",
                "Ruiz/NNP/PERSON/4/appos",
                "said/VBD/O/-1/root",
                "prices/NNS/O/10/nsubj",
                "rose/VBD/O/8/ccomp"));
        assertTrue(StrayAppositions.of(document, document.tokens().get(1)).isEmpty());
    }

    /** "spoke with his daughter Ana Ruiz. His daughter said ...": a possessed title is the person given it before. */
    @Test
    void possessedTitleIsThePersonTheArticleGaveIt() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Police/NNS/O/1/nsubj spoke/VBD/O/-1/root with/IN/O/4/case his/PRP$/O/4/nmod:poss"
                        + " daughter/NN/O/1/obl Ana/NNP/PERSON/6/compound Ruiz/NNP/PERSON/4/dep ././O/1/punct",
                "His/PRP$/O/1/nmod:poss daughter/NN/O/2/nsubj said/VBD/O/-1/root he/PRP/O/4/nsubj"
                        + " died/VBD/O/2/ccomp abroad/RB/O/4/advmod ././O/2/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "he died abroad")));
    }

    /** "His father says ... said his father, Bo Kurdi": with none before, the one given the title after. */
    @Test
    void possessedTitleWithNoHolderBeforeIsTheOneNamedAfter() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "His/PRP$/O/1/nmod:poss father/NN/O/2/nsubj says/VBZ/O/-1/root they/PRP/O/4/nsubj"
                        + " paid/VBD/O/2/ccomp smugglers/NNS/O/4/obj ././O/2/punct",
                "Later/RB/O/7/advmod his/PRP$/O/2/nmod:poss father/NN/O/7/nsubj ,/,/O/5/punct"
                        + " Bo/NNP/PERSON/5/compound Kurdi/NNP/PERSON/2/appos ,/,/O/5/punct spoke/VBD/O/-1/root"
                        + " ././O/7/punct"));
        assertEquals("Bo Kurdi", speaker(done, quote(done, "they paid smugglers")));
    }

    /** "A daughter said ...": an indefinite title is someone else, not the person given it before. */
    @Test
    void unpossessedTitleKeepsItsOwnWords() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Police/NNS/O/1/nsubj spoke/VBD/O/-1/root with/IN/O/4/case his/PRP$/O/4/nmod:poss"
                        + " daughter/NN/O/1/obl Ana/NNP/PERSON/6/compound Ruiz/NNP/PERSON/4/dep ././O/1/punct",
                "A/DT/O/1/det neighbour/NN/O/2/nsubj said/VBD/O/-1/root he/PRP/O/4/nsubj"
                        + " died/VBD/O/2/ccomp abroad/RB/O/4/advmod ././O/2/punct"));
        assertTrue(!speaker(done, quote(done, "he died abroad")).contains("Ruiz"));
    }

    private Document withPersonIds(Document document) {
        List<Mention> named = document.mentions().stream()
                .map(m -> m.type() == org.annals.core.MentionType.PERSON
                        ? m.withActor(
                                "person:"
                                        + m.text()
                                                .toLowerCase(java.util.Locale.ROOT)
                                                .replace(' ', '-'),
                                "")
                        : m)
                .toList();
        return document.withActors(List.of(), named);
    }

    private Document quotedWithIds(String... sentences) {
        return stage.apply(withPersonIds(mentions.apply(HandDocuments.sentences(TUESDAY, sentences))));
    }

    /** "Author Sally Wasef spoke ... Wasif said ...": a surname respelt by one letter is the person named before. */
    @Test
    void surnameRespeltByOneLetterIsThePersonNamedBefore() {
        Document done = quotedWithIds(
                "Author/NN/O/2/compound Sally/NNP/PERSON/2/compound Wasef/NNP/PERSON/3/nsubj spoke/VBD/O/-1/root"
                        + " ././O/3/punct",
                "Wasif/NNP/PERSON/1/nsubj said/VBD/O/-1/root it/PRP/O/3/nsubj rained/VBD/O/1/ccomp ././O/1/punct");
        assertEquals("person:sally-wasef", quote(done, "it rained").speakerId());
    }

    /** "Sally Wasef ... Basef said", "Ana Lee ... Dee said": another first letter or a short name is someone else. */
    @Test
    void respeltSurnameNeedsTheFirstLetterAndFiveLetters() {
        Document other = quotedWithIds(
                "Author/NN/O/2/compound Sally/NNP/PERSON/2/compound Wasef/NNP/PERSON/3/nsubj spoke/VBD/O/-1/root"
                        + " ././O/3/punct",
                "Basef/NNP/PERSON/1/nsubj said/VBD/O/-1/root it/PRP/O/3/nsubj rained/VBD/O/1/ccomp ././O/1/punct");
        assertEquals("person:basef", quote(other, "it rained").speakerId());
        Document shortName = quotedWithIds(
                "Author/NN/O/2/compound Ana/NNP/PERSON/2/compound Lee/NNP/PERSON/3/nsubj spoke/VBD/O/-1/root"
                        + " ././O/3/punct",
                "Dee/NNP/PERSON/1/nsubj said/VBD/O/-1/root it/PRP/O/3/nsubj rained/VBD/O/1/ccomp ././O/1/punct");
        assertEquals("person:dee", quote(shortName, "it rained").speakerId());
    }

    /**
     * "Several conservative groups claiming the election was stolen gathered ...", "issued a statement agreeing the
     * issue should be decided by Congress": a restrictive participle cue on a noun that can speak reports the clause
     * after it, up to the sentence's own predicate when the noun stands in the subject.
     */
    @Test
    void aParticipleCueOnASpeakingNounReportsItsClause() {
        Document subject = quoted(HandDocuments.of(
                TUESDAY,
                "Several/JJ/O/2/amod farm/NN/O/2/compound groups/NNS/O/7/nsubj:pass claiming/VBG/O/2/acl"
                        + " the/DT/O/5/det harvest/NN/O/3/obj was/VBD/O/7/aux:pass ruined/VBN/O/-1/root"
                        + " by/IN/O/10/case the/DT/O/10/det storm/NN/O/7/obl marched/VBD/O/7/dep"
                        + " on/IN/O/13/case Monday/NNP/DATE/11/obl ././O/7/punct"));
        Quote claim = quote(subject, "the harvest was ruined by the storm");
        assertEquals(QuoteKind.INDIRECT, claim.kind());
        assertEquals("Several farm groups", speaker(subject, claim));
        Document object = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/compound Council/NNP/ORGANIZATION/2/nsubj issued/VBD/O/-1/root"
                        + " a/DT/O/4/det statement/NN/O/2/obj agreeing/VBG/O/4/acl the/DT/O/7/det road/NN/O/5/obj"
                        + " should/MD/O/10/aux be/VB/O/10/aux:pass closed/VBN/O/2/dep by/IN/O/13/case"
                        + " the/DT/O/13/det city/NN/O/10/obl ././O/2/punct"));
        Quote agreed = quote(object, "the road should be closed by the city");
        assertEquals(QuoteKind.INDIRECT, agreed.kind());
        assertEquals("Acme Council", speaker(object, agreed));
    }

    /**
     * "evidence suggesting the virus was spread by bats": a noun that cannot speak reports nothing, and a participle
     * on the subject with no predicate after the clause is no report read from the words.
     */
    @Test
    void aParticipleOnANounThatCannotSpeakReportsNothing() {
        Document evidence = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det team/NN/O/2/nsubj found/VBD/O/-1/root evidence/NN/O/2/obj suggesting/VBG/O/3/acl"
                        + " the/DT/O/6/det virus/NN/O/4/obj was/VBD/O/8/aux:pass spread/VBN/O/2/dep by/IN/O/10/case"
                        + " bats/NNS/O/8/obl ././O/2/punct"));
        assertTrue(evidence.quotes().isEmpty(), evidence.quotes().toString());
        Document noPredicate = quoted(HandDocuments.of(
                TUESDAY,
                "Farm/NN/O/1/compound groups/NNS/O/5/nsubj:pass claiming/VBG/O/1/acl the/DT/O/4/det"
                        + " harvest/NN/O/2/obj was/VBD/O/5/aux:pass ruined/VBN/O/-1/root by/IN/O/8/case"
                        + " the/DT/O/8/det storm/NN/O/5/obl ././O/5/punct"));
        assertTrue(noPredicate.quotes().isEmpty(), noPredicate.quotes().toString());
    }

    /**
     * "The bridge will be inspected, Ana Ruiz said, to check whether it moved": the parser hangs the purpose after the
     * aside's second comma on the cue; the aside, set off on both sides, leaves it to the clause it interrupts.
     */
    @Test
    void regressionAnAsideLeavesAPurposeAfterItsSecondCommaToTheClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "bridge/NN/O/4/nsubj:pass",
                "will/MD/O/4/aux",
                "be/VB/O/4/aux:pass",
                "inspected/VBN/O/-1/root",
                ",/,/O/8/punct",
                "Ana/NNP/PERSON/7/compound",
                "Ruiz/NNP/PERSON/8/nsubj",
                "said/VBD/O/4/parataxis",
                ",/,/O/8/punct",
                "to/TO/O/11/mark",
                "check/VB/O/8/xcomp",
                "whether/IN/O/14/mark",
                "it/PRP/O/14/nsubj",
                "moved/VBD/O/11/advcl",
                "././O/4/punct"));
        Quote quote = quote(done, "The bridge will be inspected , Ana Ruiz said , to check whether it moved");
        assertEquals("Ana Ruiz", speaker(done, quote));
        assertEquals(QuoteKind.INDIRECT, quote.kind());
    }

    /** "The fire started, the agency described, in the kitchen of the hotel": a place after the aside, too. */
    @Test
    void regressionAnAsideLeavesAPlaceAfterItsSecondCommaToTheClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "fire/NN/O/2/nsubj",
                "started/VBD/O/-1/root",
                ",/,/O/6/punct",
                "the/DT/O/5/det",
                "agency/NN/O/6/nsubj",
                "described/VBD/O/2/parataxis",
                ",/,/O/6/punct",
                "in/IN/O/10/case",
                "the/DT/O/10/det",
                "kitchen/NN/O/6/obl",
                "of/IN/O/13/case",
                "the/DT/O/13/det",
                "hotel/NN/O/10/nmod",
                "././O/2/punct"));
        Quote quote = quote(done, "The fire started , the agency described , in the kitchen of the hotel");
        assertEquals("describe", quote.cue());
    }

    /** "The fire started, the agency said, adding ...": a participle after the aside is the speaker's act. */
    @Test
    void aParticipleAfterAnAsideIsNoRestOfTheClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "fire/NN/O/2/nsubj",
                "started/VBD/O/-1/root",
                ",/,/O/6/punct",
                "the/DT/O/5/det",
                "agency/NN/O/6/nsubj",
                "said/VBD/O/2/parataxis",
                ",/,/O/6/punct",
                "adding/VBG/O/6/advcl",
                "it/PRP/O/10/nsubj",
                "spread/VBD/O/8/ccomp",
                "././O/2/punct"));
        assertEquals(
                List.of(),
                done.quotes().stream()
                        .filter(q -> q.text().startsWith("The fire started , the agency said , adding"))
                        .toList());
    }

    /**
     * "Officials believe the driver to be drunk", "The critic considered her last novel to be her best work", "The team
     * deemed the bones from the cave to be old": an object with "to be" is a reported judgement, the object and the
     * infinitive its clause, with "consider" and "deem" as well as the cues.
     */
    @Test
    void aJudgementAsAnObjectWithToBeIsReported() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Officials/NNS/O/1/nsubj believe/VBP/O/-1/root the/DT/O/3/det driver/NN/O/1/obj to/TO/O/6/mark"
                        + " be/VB/O/6/cop drunk/JJ/O/1/xcomp ././O/1/punct",
                "The/DT/O/1/det critic/NN/O/2/nsubj considered/VBD/O/-1/root her/PRP$/O/5/nmod:poss"
                        + " last/JJ/O/5/amod novel/NN/O/2/obj to/TO/O/10/mark be/VB/O/10/cop her/PRP$/O/10/nmod:poss"
                        + " best/JJS/O/10/amod work/NN/O/2/xcomp ././O/2/punct",
                "The/DT/O/1/det team/NN/O/2/nsubj deemed/VBD/O/-1/root the/DT/O/4/det bones/NNS/O/2/obj"
                        + " from/IN/O/7/case the/DT/O/7/det cave/NN/O/2/obl to/TO/O/10/mark be/VB/O/10/cop"
                        + " old/JJ/O/2/advcl ././O/2/punct"));
        assertEquals("Officials", speaker(done, quote(done, "the driver to be drunk")));
        assertEquals("The critic", speaker(done, quote(done, "her last novel to be her best work")));
        assertEquals(
                "consider", quote(done, "her last novel to be her best work").cue());
        assertEquals("The team", speaker(done, quote(done, "the bones from the cave to be old")));
    }

    /** "The council considered the proposal", "The team deemed the money enough to pay the bills": no report. */
    @Test
    void anObjectWithoutToBeIsNoJudgement() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/1/det council/NN/O/2/nsubj considered/VBD/O/-1/root the/DT/O/4/det proposal/NN/O/2/obj"
                        + " ././O/2/punct",
                "The/DT/O/1/det team/NN/O/2/nsubj deemed/VBD/O/-1/root the/DT/O/4/det money/NN/O/2/obj"
                        + " enough/RB/O/2/advmod to/TO/O/7/mark pay/VB/O/2/xcomp the/DT/O/9/det bills/NNS/O/7/obj"
                        + " ././O/2/punct"));
        assertEquals(List.of(), done.quotes(), done.quotes().toString());
    }

    /**
     * "If the dam breaks, engineers warned, the town will flood": the parser makes the aside's cue the root and hangs
     * the clause's opening on it; the report is the clause around the aside, the aside included.
     */
    @Test
    void regressionAnOpeningHungOnAnAsideBelongsToTheClauseItInterrupts() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "If/IN/O/3/mark",
                "the/DT/O/2/det",
                "dam/NN/O/3/nsubj",
                "breaks/VBZ/O/6/advcl",
                ",/,/O/6/punct",
                "engineers/NNS/O/6/nsubj",
                "warned/VBD/O/-1/root",
                ",/,/O/6/punct",
                "the/DT/O/9/det",
                "town/NN/O/11/nsubj",
                "will/MD/O/11/aux",
                "flood/VB/O/6/parataxis",
                "././O/6/punct"));
        Quote quote = quote(done, "If the dam breaks , engineers warned , the town will flood");
        assertEquals("engineers", speaker(done, quote));
        assertEquals(
                1,
                done.quotes().stream().filter(q -> q.text().contains("flood")).count(),
                done.quotes().toString());
    }

    /** "If the dam breaks, engineers warned.": no predicate after the aside, no clause around it. */
    @Test
    void anOpeningWithoutAPredicateAfterTheAsideIsNoReportAroundIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "If/IN/O/3/mark",
                "the/DT/O/2/det",
                "dam/NN/O/3/nsubj",
                "breaks/VBZ/O/6/advcl",
                ",/,/O/6/punct",
                "engineers/NNS/O/6/nsubj",
                "warned/VBD/O/-1/root",
                "././O/6/punct"));
        assertEquals(
                List.of(),
                done.quotes().stream().filter(q -> q.text().contains("warned")).toList());
    }

    /**
     * "Orders will keep the plant busy, Ana Ruiz said, and the loan seems sound; experts called this dubious": the
     * clause after the semicolon, with a speaker of its own, is no rest of the clause the aside interrupts.
     */
    @Test
    void aClauseAfterASemicolonIsNoRestOfTheClauseAnAsideInterrupts() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Orders/NNS/O/1/nsubj",
                "keep/VBP/O/7/ccomp",
                "the/DT/O/3/det",
                "plant/NN/O/1/obj",
                "busy/JJ/O/1/xcomp",
                ",/,/O/7/punct",
                "Ruiz/NNP/PERSON/7/nsubj",
                "said/VBD/O/-1/root",
                ",/,/O/7/punct",
                "and/CC/O/12/cc",
                "the/DT/O/11/det",
                "loan/NN/O/12/nsubj",
                "seems/VBZ/O/7/parataxis",
                "sound/JJ/O/12/xcomp",
                ";/:/O/7/punct",
                "experts/NNS/O/16/nsubj",
                "called/VBD/O/7/parataxis",
                "this/DT/O/18/nsubj",
                "dubious/JJ/O/16/xcomp",
                "././O/7/punct"));
        assertEquals(
                List.of(),
                done.quotes().stream()
                        .filter(q -> q.text().startsWith("Orders") && q.text().contains("experts"))
                        .toList());
    }

    /**
     * "The winds were strong, Ana Ruiz said, adding it was hard": a clause before the aside that is the cue's own
     * complement, and a participle after it, are two reports, not one clause interrupted.
     */
    @Test
    void regressionAComplementBeforeTheCueAndAParticipleAfterItAreNoInterruptedClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "winds/NNS/O/3/nsubj",
                "were/VBD/O/3/cop",
                "strong/JJ/O/7/ccomp",
                ",/,/O/7/punct",
                "Ana/NNP/PERSON/6/compound",
                "Ruiz/NNP/PERSON/7/nsubj",
                "said/VBD/O/-1/root",
                ",/,/O/7/punct",
                "adding/VBG/O/12/mark",
                "it/PRP/O/12/nsubj",
                "was/VBD/O/12/cop",
                "hard/JJ/O/7/ccomp",
                "././O/7/punct"));
        assertEquals(
                List.of(),
                done.quotes().stream()
                        .filter(q -> q.text().contains("winds") && q.text().contains("hard"))
                        .toList());
    }

    /**
     * "Ruiz was treated in Lyon and according to Acme she recovered quickly": a source phrase after only a
     * coordinator opens the clause it vouches for; the coordinator is no quote.
     */
    @Test
    void regressionSourcePhraseAfterACoordinatorVouchesForTheClauseAfterIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/2/nsubj:pass",
                "was/VBD/O/2/aux:pass",
                "treated/VBN/O/-1/root",
                "in/IN/O/4/case",
                "Lyon/NNP/LOCATION/2/obl",
                "and/CC/O/10/cc",
                "according/VBG/O/8/case",
                "to/IN/O/6/fixed",
                "Acme/NNP/ORGANIZATION/10/obl",
                "she/PRP/O/10/nsubj",
                "recovered/VBD/O/2/conj",
                "quickly/RB/O/10/advmod",
                "././O/2/punct"));
        Quote quote = quote(done, "she recovered quickly");
        assertEquals("Acme", speaker(done, quote));
        assertEquals("according to", quote.cue());
        assertEquals(1, done.quotes().size(), done.quotes().toString());
    }

    /** "Ruiz recovered quickly according to Acme": words of the clause before the phrase are what it vouches for. */
    @Test
    void sourcePhraseAfterTheClauseStillVouchesForTheClauseBeforeIt() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj",
                "recovered/VBD/O/-1/root",
                "quickly/RB/O/1/advmod",
                "according/VBG/O/5/case",
                "to/IN/O/3/fixed",
                "Acme/NNP/ORGANIZATION/1/obl",
                "././O/1/punct"));
        assertEquals("Acme", speaker(done, quote(done, "Ruiz recovered quickly")));
    }

    /**
     * "Ten people were hurt in the crash, and one worker, according to Ana Ruiz.": a source phrase the parser hung on
     * a comma is read from the word order, as closing its sentence.
     */
    @Test
    void regressionSourcePhraseHungOnACommaIsReadFromTheWordOrder() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Ten/CD/O/1/nummod",
                "people/NNS/O/3/nsubj:pass",
                "were/VBD/O/3/aux:pass",
                "hurt/VBN/O/-1/root",
                "in/IN/O/6/case",
                "the/DT/O/6/det",
                "crash/NN/O/3/obl",
                ",/,/O/3/punct",
                "and/CC/O/3/dep",
                "one/CD/O/10/nummod",
                "worker/NN/O/8/dep",
                ",/,/O/10/punct",
                "according/VBG/O/15/case",
                "to/IN/O/12/fixed",
                "Ana/NNP/PERSON/15/compound",
                "Ruiz/NNP/PERSON/11/dep",
                "././O/15/punct"));
        Quote quote = quote(done, "Ten people were hurt in the crash , and one worker");
        assertEquals("Ana Ruiz", speaker(done, quote));
        assertEquals("according to", quote.cue());
    }

    /** "A 2019 report from the Acme Board found ... The report said ...": the earlier report names its issuer. */
    @Test
    void documentSpeaksForTheIssuerItsEarlierMentionNamesWithFrom() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "A/DT/O/2/det 2019/CD/O/2/nummod report/NN/O/7/nsubj from/IN/O/6/case the/DT/O/6/det"
                        + " Acme/NNP/ORGANIZATION/6/compound Board/NNP/ORGANIZATION/2/nmod found/VBD/O/-1/root"
                        + " flaws/NNS/O/7/obj ././O/7/punct",
                "The/DT/O/1/det report/NN/O/2/nsubj said/VBD/O/-1/root two/CD/O/4/nsubj:pass were/VBD/O/5/aux:pass"
                        + " hurt/VBN/O/2/ccomp ././O/2/punct"));
        assertEquals("Acme Board", speaker(done, quote(done, "two were hurt")));
    }

    /** "a report on the Acme Board ... The report said": a name after "on" is what the report is about. */
    @Test
    void documentAboutANameDoesNotSpeakForIt() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj wrote/VBD/O/-1/root a/DT/O/3/det report/NN/O/1/obj on/IN/O/7/case"
                        + " the/DT/O/7/det Acme/NNP/ORGANIZATION/7/compound Board/NNP/ORGANIZATION/3/nmod"
                        + " ././O/1/punct",
                "The/DT/O/1/det report/NN/O/2/nsubj said/VBD/O/-1/root two/CD/O/4/nsubj:pass were/VBD/O/5/aux:pass"
                        + " hurt/VBN/O/2/ccomp ././O/2/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "two were hurt")));
    }

    /**
     * "The agency told the paper it would stop; the paper also spoke to the navy, who told it this was unconfirmed":
     * a second report after a semicolon ends the first, and "who" after the comma stands for the navy.
     */
    @Test
    void regressionSecondReportAfterASemicolonIsNotPartOfTheFirst() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det",
                "Acme/NNP/ORGANIZATION/2/compound",
                "Agency/NNP/ORGANIZATION/3/nsubj",
                "told/VBD/O/-1/root",
                "the/DT/O/5/det",
                "paper/NN/O/3/obj",
                "it/PRP/O/8/nsubj",
                "would/MD/O/8/aux",
                "stop/VB/O/3/ccomp",
                ";/:/O/8/punct",
                "the/DT/O/11/det",
                "paper/NN/O/13/nsubj",
                "also/RB/O/13/advmod",
                "spoke/VBD/O/8/parataxis",
                "to/IN/O/16/case",
                "the/DT/O/16/det",
                "Navy/NNP/ORGANIZATION/13/obl",
                ",/,/O/13/punct",
                "who/WP/O/19/nsubj",
                "told/VBD/O/13/ccomp",
                "it/PRP/O/19/iobj",
                "this/DT/O/23/nsubj",
                "was/VBD/O/23/cop",
                "unconfirmed/JJ/O/19/ccomp",
                "././O/3/punct"));
        assertEquals("Acme Agency", speaker(done, quote(done, "it would stop")));
        assertEquals("Navy", speaker(done, quote(done, "this was unconfirmed")));
    }

    /** "The board said two were hurt; no crew were injured": a semicolon without a report of its own goes on. */
    @Test
    void reportGoesOnPastASemicolonWithoutAReportOfItsOwn() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "board/NN/O/2/nsubj",
                "said/VBD/O/-1/root",
                "two/CD/O/5/nsubj:pass",
                "were/VBD/O/5/aux:pass",
                "hurt/VBN/O/2/ccomp",
                ";/:/O/5/punct",
                "no/DT/O/8/det",
                "crew/NN/O/10/nsubj:pass",
                "were/VBD/O/10/aux:pass",
                "injured/VBN/O/5/parataxis",
                "././O/2/punct"));
        assertEquals(
                QuoteKind.INDIRECT,
                quote(done, "two were hurt ; no crew were injured").kind());
    }

    /**
     * "The committee says it found no trace despite Acme claiming a source saw it": the claim after "despite" is
     * another party's, parsed as a participle on the party's name.
     */
    @Test
    void regressionReportEndsBeforeAClaimAttachedByDespite() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det",
                "committee/NN/O/2/nsubj",
                "says/VBZ/O/-1/root",
                "it/PRP/O/4/nsubj",
                "found/VBD/O/2/ccomp",
                "no/DT/O/6/det",
                "trace/NN/O/4/obj",
                "despite/IN/O/8/case",
                "Acme/NNP/ORGANIZATION/4/obl",
                "claiming/VBG/O/8/acl",
                "a/DT/O/11/det",
                "source/NN/O/12/nsubj",
                "saw/VBD/O/9/ccomp",
                "it/PRP/O/12/obj",
                "././O/2/punct"));
        assertEquals(QuoteKind.INDIRECT, quote(done, "it found no trace").kind());
        assertTrue(
                done.quotes().stream().noneMatch(q -> q.text().contains("despite")),
                done.quotes().toString());
    }

    /** "spoke to the mayor, who said ...": and a relative clause parsed as one hangs "who" on the noun all the same. */
    @Test
    void whoAfterANounAndACommaStandsForTheNounWhereTheParseMissedTheRelativeClause() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Reporters/NNS/O/1/nsubj",
                "spoke/VBD/O/-1/root",
                "to/IN/O/4/case",
                "Ana/NNP/PERSON/4/compound",
                "Ruiz/NNP/PERSON/1/obl",
                ",/,/O/1/punct",
                "who/WP/O/7/nsubj",
                "said/VBD/O/1/ccomp",
                "rents/NNS/O/9/nsubj",
                "rose/VBD/O/7/ccomp",
                "././O/1/punct"));
        assertEquals("Ana Ruiz", speaker(done, quote(done, "rents rose")));
    }

    /**
     * "Ana Ruiz of Acme Lab said rents rose. Ruiz spoke later.": a person introduced with an affiliation that the
     * tagger took for one organisation name is the speaker when the article names the person by the surname.
     */
    @Test
    void regressionPersonOfAnOrganisationTaggedAsOneNameIsThePerson() {
        String first = "Ana/NNP/ORGANIZATION/1/compound Ruiz/NNP/ORGANIZATION/5/nsubj of/IN/ORGANIZATION/4/case"
                + " Acme/NNP/ORGANIZATION/4/compound Lab/NNP/ORGANIZATION/1/nmod said/VBD/O/-1/root"
                + " rents/NNS/O/7/nsubj rose/VBD/O/5/ccomp ././O/5/punct";
        Document named = quoted(HandDocuments.sentences(
                TUESDAY, first, "Ruiz/NNP/PERSON/1/nsubj spoke/VBD/O/-1/root later/RB/O/1/advmod ././O/1/punct"));
        assertEquals("Ana Ruiz", speaker(named, quote(named, "rents rose")));
        // Without the surname on its own, nothing says the name is a person's: "Bank of England" reads the same.
        Document unnamed = quoted(HandDocuments.sentences(TUESDAY, first));
        assertEquals("Ana Ruiz of Acme Lab", speaker(unnamed, quote(unnamed, "rents rose")));
    }

    /**
     * "the alleged "losers" and "suckers" comment", "Kim's "fake polls" tweet": quoted nouns between a determiner and
     * a noun of words name the remark by its words and are scare quotes, though a cue governs the sentence; a quoted
     * adjective before another noun is the speaker's word.
     */
    @Test
    void quotedNounsNamingTheRemarkAfterThemAreScareQuotes() {
        Document attacked = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj attacked/VBD/O/-1/root Kim/NNP/PERSON/1/obj for/IN/O/7/case the/DT/O/7/det"
                        + " alleged/VBN/O/7/amod “/``/O/7/punct cowards/NNS/O/1/obl ”/''/O/7/punct and/CC/O/13/cc"
                        + " “/``/O/11/punct thieves/NNS/O/13/compound ”/''/O/11/punct remark/NN/O/7/conj"
                        + " ././O/1/punct"));
        for (String named : List.of("cowards", "thieves")) {
            Quote quote = quote(attacked, named);
            assertEquals(QuoteKind.SCARE, quote.kind());
            assertNull(quote.speakerSpan());
        }
        Document described = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/1/det filings/NNS/O/2/nsubj use/VBP/O/-1/root the/DT/O/4/det description/NN/O/2/obj"
                        + " “/``/O/7/punct consulting/NN/O/7/compound fees/NNS/O/4/appos ”/''/O/7/punct"
                        + " ././O/2/punct"));
        assertEquals(QuoteKind.SCARE, quote(described, "consulting fees").kind());
        Document called = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj called/VBD/O/-1/root it/PRP/O/1/obj a/DT/O/7/det “/``/O/5/punct"
                        + " disgraceful/JJ/O/7/amod ”/''/O/5/punct decision/NN/O/1/xcomp ././O/1/punct"));
        assertNotEquals(QuoteKind.SCARE, quote(called, "disgraceful").kind());
    }

    /** "Trump lauded Cain as a "powerful voice of freedom."": praise and blame in these words are cues too. */
    @Test
    void laudAndHailAreCues() {
        Document lauded = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj lauded/VBD/O/-1/root Kim/NNP/PERSON/1/obj as/IN/O/7/case a/DT/O/7/det"
                        + " “/``/O/7/punct tireless/JJ/O/7/amod champion/NN/O/1/obl of/IN/O/9/case"
                        + " workers/NNS/O/7/nmod ././O/1/punct ”/''/O/1/punct"));
        Quote praise = quote(lauded, "tireless champion of workers .");
        assertEquals(QuoteKind.PARTIAL, praise.kind());
        assertEquals("Ruiz", speaker(lauded, praise));
        Document hailed = quoted(HandDocuments.of(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj hailed/VBD/O/-1/root the/DT/O/3/det deal/NN/O/1/obj as/IN/O/8/case"
                        + " the/DT/O/8/det “/``/O/8/punct dawn/NN/O/1/obl of/IN/O/11/case a/DT/O/11/det"
                        + " new/JJ/O/11/amod era/NN/O/8/nmod ”/''/O/8/punct ././O/1/punct"));
        assertEquals("Ruiz", speaker(hailed, quote(hailed, "dawn of a new era")));
    }

    /**
     * A quotation broken over two lines with no blank line between, closed after words on the second line, is one
     * quotation; a second line that opens its own marks continues the quote in the usual way, as a quotation of its
     * own.
     */
    @Test
    void quotationBrokenOverTwoLinesIsOneQuotation() {
        Document broken = quoted(HandDocuments.paragraphs(
                TUESDAY,
                List.of(
                        List.of("Ruiz/NNP/PERSON/1/nsubj wrote/VBD/O/-1/root :/:/O/1/punct “/``/O/6/punct"
                                + " The/DT/O/5/det plan/NN/O/6/nsubj failed/VBD/O/1/parataxis ././O/6/punct"),
                        List.of("It/PRP/O/1/nsubj cost/VBD/O/-1/root millions/NNS/O/1/obj ././O/1/punct"
                                + " ”/''/O/1/punct"))));
        Quote statement = quote(broken, "The plan failed .\nIt cost millions .");
        assertEquals(QuoteKind.DIRECT, statement.kind());
        assertEquals("Ruiz", speaker(broken, statement));
        Document continued = quoted(HandDocuments.paragraphs(
                TUESDAY,
                List.of(
                        List.of("Ruiz/NNP/PERSON/1/nsubj wrote/VBD/O/-1/root :/:/O/1/punct “/``/O/6/punct"
                                + " The/DT/O/5/det plan/NN/O/6/nsubj failed/VBD/O/1/parataxis ././O/6/punct"),
                        List.of("“/``/O/2/punct It/PRP/O/2/nsubj cost/VBD/O/-1/root millions/NNS/O/2/obj"
                                + " ././O/2/punct ”/''/O/2/punct"))));
        assertEquals(2, continued.quotes().size());
        quote(continued, "The plan failed .");
    }

    /**
     * "The Trump campaign accused Biden of ...": a campaign speaks for itself and is credited as the phrase, not the
     * candidate named in it; the candidate's own spokesman still speaks for the candidate's organisation as before.
     */
    @Test
    void campaignSpeaksForItselfNotForTheCandidateNamedInIt() {
        Document campaign = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det Ruiz/NNP/PERSON/2/compound campaign/NN/O/3/nsubj said/VBD/O/-1/root"
                        + " talks/NNS/O/5/nsubj failed/VBD/O/3/ccomp ././O/3/punct"));
        assertEquals("The Ruiz campaign", speaker(campaign, quote(campaign, "talks failed")));
        Document candidate = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/3/det candidate/NN/O/3/compound Ana/NNP/PERSON/3/compound Ruiz/NNP/PERSON/4/nsubj"
                        + " said/VBD/O/-1/root talks/NNS/O/6/nsubj failed/VBD/O/4/ccomp ././O/4/punct"));
        assertEquals("Ana Ruiz", speaker(candidate, quote(candidate, "talks failed")));
    }

    /** "The Health Ministry declared the outbreak a “public emergency”": a body's verdict in marks is its words. */
    @Test
    void lowerCaseFragmentInAnOrganisationsVerdictIsItsPartialQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det Health/NNP/ORGANIZATION/2/compound Ministry/NNP/ORGANIZATION/3/nsubj"
                        + " declared/VBD/O/-1/root the/DT/O/5/det outbreak/NN/O/3/obj a/DT/O/9/det “/``/O/9/punct"
                        + " public/JJ/O/9/amod emergency/NN/O/3/xcomp ”/''/O/9/punct ././O/3/punct"));
        Quote fragment = quote(done, "public emergency");
        assertEquals(QuoteKind.PARTIAL, fragment.kind());
        assertEquals("Health Ministry", speaker(done, fragment));
    }

    /** "Acme launched its “smart” speaker": what a firm makes or does is no verdict, so the marks stay a scare quote. */
    @Test
    void lowerCaseFragmentInWhatAnOrganisationDoesStaysAScareQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Acme/NNP/ORGANIZATION/1/nsubj launched/VBD/O/-1/root its/PRP$/O/6/nmod:poss “/``/O/4/punct"
                        + " smart/JJ/O/6/amod ”/''/O/4/punct speaker/NN/O/1/obj ././O/1/punct"));
        Quote fragment = quote(done, "smart");
        assertEquals(QuoteKind.SCARE, fragment.kind());
        assertEquals("", speaker(done, fragment));
    }

    /** "The Defence Ministry declared a “no fly” zone": the marks name what was declared, not the verdict on it. */
    @Test
    void markedWordsInTheObjectAnOrganisationDeclaresStayAScareQuote() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "The/DT/O/2/det Defence/NNP/ORGANIZATION/2/compound Ministry/NNP/ORGANIZATION/3/nsubj"
                        + " declared/VBD/O/-1/root a/DT/O/9/det “/``/O/6/punct no/DT/O/7/det fly/NN/O/9/compound"
                        + " ”/''/O/6/punct zone/NN/O/3/obj ././O/3/punct"));
        Quote fragment = quote(done, "no fly");
        assertEquals(QuoteKind.SCARE, fragment.kind());
        assertEquals("", speaker(done, fragment));
    }

    /** "The Health Ministry issued a warning. It urged drivers to “slow down”": "it" is the ministry. */
    @Test
    void speakingItIsTheOrganisationThatWasTheSubjectBefore() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/2/det Health/NNP/ORGANIZATION/2/compound Ministry/NNP/ORGANIZATION/3/nsubj"
                        + " issued/VBD/O/-1/root a/DT/O/5/det warning/NN/O/3/obj ././O/3/punct",
                "It/PRP/O/1/nsubj urged/VBD/O/-1/root drivers/NNS/O/1/obj to/TO/O/5/mark “/``/O/5/punct"
                        + " slow/VB/O/1/xcomp down/RP/O/5/compound:prt ”/''/O/5/punct ././O/1/punct"));
        Quote quote = quote(done, "slow down");
        assertEquals("Health Ministry", speaker(done, quote));
    }

    /** "The report cites Acme. It urged drivers to “slow down”": "it" is the report, which names no organisation. */
    @Test
    void speakingItAfterAThingIsNotAnOrganisationNamedInPassing() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "The/DT/O/1/det report/NN/O/2/nsubj cites/VBZ/O/-1/root Acme/NNP/ORGANIZATION/2/obj ././O/2/punct",
                "It/PRP/O/1/nsubj urged/VBD/O/-1/root drivers/NNS/O/1/obj to/TO/O/5/mark “/``/O/5/punct"
                        + " slow/VB/O/1/xcomp down/RP/O/5/compound:prt ”/''/O/5/punct ././O/1/punct"));
        assertNotEquals("Acme", speaker(done, quote(done, "slow down")));
    }

    /**
     * "with Ruiz calling the plan “reckless” and Brown calling it “a gift”": the parser hangs both participles on the
     * first name of the "with" phrase; each fragment is the words of the name right before its participle, and the
     * two stay two quotes.
     */
    @Test
    void participlesOfAWithPhraseSpeakForTheNamesBeforeThem() {
        Document done = quoted(HandDocuments.of(
                TUESDAY,
                "Critics/NNS/O/1/nsubj attacked/VBD/O/-1/root the/DT/O/3/det plan/NN/O/1/obj ,/,/O/1/punct"
                        + " with/IN/O/6/case Ruiz/NNP/PERSON/1/obl calling/VBG/O/6/acl it/PRP/O/7/obj"
                        + " “/``/O/10/punct reckless/JJ/O/7/xcomp ”/''/O/10/punct and/CC/O/13/cc"
                        + " Brown/NNP/PERSON/6/conj calling/VBG/O/6/acl it/PRP/O/14/obj “/``/O/18/punct"
                        + " a/DT/O/18/det gift/NN/O/14/xcomp ”/''/O/18/punct ././O/1/punct"));
        assertEquals("Ruiz", speaker(done, quote(done, "reckless")));
        assertEquals("Brown", speaker(done, quote(done, "a gift")));
    }

    /** "Ruiz defended the payments in comments:" then the quote on a line of its own, split off as a sentence. */
    @Test
    void colonEndingTheSentenceBeforeIntroducesTheQuote() {
        Document done = quoted(HandDocuments.sentences(
                TUESDAY,
                "Ruiz/NNP/PERSON/1/nsubj defended/VBD/O/-1/root the/DT/O/3/det payments/NNS/O/1/obj :/:/O/1/punct",
                "“/``/O/3/punct The/DT/O/2/det money/NN/O/3/nsubj went/VBD/O/-1/root to/TO/O/5/case"
                        + " travel/NN/O/3/obl ././O/3/punct ”/''/O/3/punct"));
        Quote quote = quote(done, "The money went to travel .");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("Ruiz", speaker(done, quote));
    }
}
