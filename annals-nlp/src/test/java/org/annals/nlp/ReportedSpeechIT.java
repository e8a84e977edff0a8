package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.speaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

/** Reported speech as CoreNLP parses it: the rules must hold on real parses, not only on hand-built trees. */
class ReportedSpeechIT {
    private static Document analysed(String paragraph) {
        Metadata metadata = new Metadata("", "", "", LocalDate.of(2025, 9, 2), "en");
        Document document = Document.of("reported", new Provenance("test", "text", "", ""), metadata, paragraph)
                .withBlocks(List.of(new Block(new Span(0, paragraph.length()), BlockKind.BODY, "")));
        return AnalysedDocuments.analyse(document);
    }

    private static Optional<Quote> quote(Document document, String text) {
        return document.quotes().stream().filter(q -> q.text().equals(text)).findFirst();
    }

    @Test
    void attributionTrailingTheReportedClause() {
        Document done = analysed("The strike at the port has ended, union leaders confirmed on Friday.");
        Quote quote =
                quote(done, "The strike at the port has ended").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("union leaders", speaker(done, quote));
    }

    @Test
    void reportInsideARelativeClause() {
        Document done = analysed("The bridges, which engineers said were safe, stayed open all winter.");
        Quote quote = quote(done, "were safe").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("engineers", speaker(done, quote));
    }

    @Test
    void negatedReportIsNoQuote() {
        Document done = analysed("Mayor Ana Ruiz did not say she had signed the contract.");
        assertTrue(done.quotes().isEmpty(), done.quotes().toString());
    }

    @Test
    void infinitiveCueTakesTheSubjectOfTheVerbItCompletes() {
        Document done = analysed(
                "Teacher Tom Brown thanked the volunteers. He went on to say, \"We will rebuild the school.\"");
        Quote quote = quote(done, "We will rebuild the school.").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Tom Brown", speaker(done, quote));
    }

    @Test
    void clauseWhoseSubjectTheParserTookForTheCuesObject() {
        Document done = analysed(
                "Local radio reported two schools in the valley and a library in the town were flooded overnight.");
        Quote quote = quote(done, "two schools in the valley and a library in the town were flooded overnight")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Local radio", speaker(done, quote));
    }

    @Test
    void reportAfterTheAddresseeOfTell() {
        Document done = analysed(
                "Fire chief Ana Costa told the council a faulty heater in the basement had caused the" + " blaze.");
        Quote quote = quote(done, "a faulty heater in the basement had caused the blaze")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Costa", speaker(done, quote));
    }

    @Test
    void cueParsedAsTheSubjectOfTheReportedVerb() {
        Document done = analysed("The club announced players from the youth team would be promoted.");
        Quote quote = quote(done, "players from the youth team would be promoted")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The club", speaker(done, quote));
    }

    @Test
    void secondCueOfTheSameSpeakerEndsTheFirstReport() {
        Document done =
                analysed("Mayor Tom Reid said the bridge was safe after the storm, but said this too was no reason to"
                        + " relax.");
        Quote first =
                quote(done, "the bridge was safe after the storm").orElseThrow(() -> new AssertionError(done.quotes()));
        Quote second =
                quote(done, "this too was no reason to relax").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Tom Reid", speaker(done, first));
        assertEquals("Tom Reid", speaker(done, second));
    }

    @Test
    void quotativeVerbAfterTheQuotationNamesItsSpeaker() {
        Document done = analysed(
                "Pilot Ana Ruiz landed the plane safely. \"Nobody was hurt and we are all fine,\" she declared.");
        Quote quote =
                quote(done, "Nobody was hurt and we are all fine").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void quotationAfterTheSentenceOfItsCueBelongsToThatCuesSubject() {
        Document done =
                analysed("Coach Tom Brown criticised the referee after the match. \"The decision cost us the game.\"");
        Quote quote =
                quote(done, "The decision cost us the game.").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Tom Brown", speaker(done, quote));
    }

    @Test
    void firstPersonQuotationBelongsToThePersonOfTheSentenceBefore() {
        Document done = analysed(
                "Frustrated with the script, actor Tom Reid left the film in May. \"I wanted a bigger part.\"");
        Quote quote = quote(done, "I wanted a bigger part.").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Tom Reid", speaker(done, quote));
    }

    @Test
    void invertedAttributionAfterATitleNamingAnOrganisation() {
        Document done = analysed("\"Prices are falling,\" wrote Acme Books editor Ana Ruiz.");
        Quote quote = quote(done, "Prices are falling").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void infinitiveCueAfterAPersonObjectIsThatPersonsSpeech() {
        Document done = analysed("The defeat led coach Tom Brown to admit \"we were simply not good enough.\"");
        Quote quote =
                quote(done, "we were simply not good enough.").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Tom Brown", speaker(done, quote));
    }

    @Test
    void definiteTitleSubjectIsThePersonIntroducedWithIt() {
        Document done = analysed("Singer Ana Ruiz opened the festival on Friday. The singer recalled her first concert"
                + " as a \"complete disaster from start to finish.\"");
        Quote quote = quote(done, "complete disaster from start to finish.")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void trailingAttributionWhoseSubjectIsParsedAsAnApposition() {
        Document done = analysed(
                "Pedro Alves, a violinist of the Lisbon Symphony Orchestra, died of COVID-19, the ministry said"
                        + " yesterday.");
        Quote quote = quote(done, "Pedro Alves, a violinist of the Lisbon Symphony Orchestra, died of COVID-19")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("the ministry", speaker(done, quote));
    }

    @Test
    void secondCoordinatedCueWhoseClauseHangsOnTheFirstVerb() {
        Document done = analysed(
                "The council issued a notice of road closures and stated the Highways Office had found the fault.");
        Quote quote = quote(done, "the Highways Office had found the fault")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The council", speaker(done, quote));
    }

    @Test
    void indicateReportsAClause() {
        Document done = analysed("The ministry indicated the new rules would take effect in May.");
        Quote quote = quote(done, "the new rules would take effect in May")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The ministry", speaker(done, quote));
    }

    @Test
    void glossInParenthesesLeavesTheReportIndirect() {
        Document done = analysed(
                "Organizers said about 5,000 people joined a pro-EU (\"European Union\") rally in the capital.");
        assertEquals(
                QuoteKind.SCARE,
                quote(done, "European Union")
                        .orElseThrow(() -> new AssertionError(done.quotes()))
                        .kind());
        Quote report = quote(done, "about 5,000 people joined a pro-EU (\"European Union\") rally in the capital")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.INDIRECT, report.kind());
        assertEquals("Organizers", speaker(done, report));
    }

    @Test
    void estimateWithAnExpletiveClauseAfterItsAdverbial() {
        Document done =
                analysed("The utility estimated by noon, there would be enough power for every home in the valley.");
        Quote quote = quote(done, "there would be enough power for every home in the valley")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The utility", speaker(done, quote));
    }

    @Test
    void reportEndsBeforeAWithClauseReportingAnotherSpeaker() {
        Document done = analysed(
                "The mayor said the road would reopen on Monday, with residents insisting it was still unsafe.");
        Quote quote =
                quote(done, "the road would reopen on Monday").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The mayor", speaker(done, quote));
    }

    private Quote found(Document done, String text) {
        return quote(done, text).orElseThrow(() -> new AssertionError(done.quotes()));
    }

    @Test
    void accordingToADatedFilingThatTheParserMadeTheRoot() {
        Document done = analysed(
                "According to a June 3, 2021 Acme Corporation filing, sales in Europe fell by a third last year.");
        Quote quote = found(done, "sales in Europe fell by a third last year");
        assertEquals("Acme Corporation", speaker(done, quote));
        assertEquals("according to", quote.cue());
    }

    @Test
    void accordingToASourcesFiguresClosingTheSentence() {
        Document first = analysed("Deaths fell by half in April according to UNICEF's statistics.");
        assertEquals("UNICEF", speaker(first, found(first, "Deaths fell by half in April")));
        Document coordinated = analysed("Vaccination rates had risen and stood at 80% according to UNICEF's figures.");
        assertEquals(
                "UNICEF", speaker(coordinated, found(coordinated, "Vaccination rates had risen and stood at 80%")));
    }

    @Test
    void perANamedSource() {
        Document done = analysed("Per the World Bank's latest survey, growth in the region slowed to 2% last year.");
        Quote quote = found(done, "growth in the region slowed to 2% last year");
        assertEquals("World Bank", speaker(done, quote));
        assertEquals("per", quote.cue());
    }

    @Test
    void aDocumentReadsTheQuoteOfItsIssuer() {
        Document inverted = analysed(
                "\"Our schools must stay open for every child,\" reads the mayor's statement, \"and they will.\"");
        Quote split = found(
                inverted,
                "Our schools must stay open for every child,\" reads the mayor's statement, \"and they will.");
        assertEquals(QuoteKind.DIRECT, split.kind());
        assertEquals("the mayor", speaker(inverted, split));
        Document part = analysed("Part of the governor's letter reads \"the budget leaves no room for new spending.\"");
        Quote quote = found(part, "the budget leaves no room for new spending.");
        assertEquals(QuoteKind.DIRECT, quote.kind());
        assertEquals("the governor", speaker(part, quote));
    }

    @Test
    void directiveForClauseTheParserMadeAnAdverbial() {
        Document done = analysed("The union has called for rail workers to stop work on Friday.");
        assertEquals("The union", speaker(done, found(done, "rail workers to stop work on Friday")));
    }

    @Test
    void directiveWhoseAddresseeTheParserMadeTheInfinitivesSubject() {
        Document on = analysed("The union called on the government to raise wages.");
        assertEquals("The union", speaker(on, found(on, "the government to raise wages")));
        Document deal = analysed("The deal called for the company to pay a fine.");
        assertTrue(deal.quotes().isEmpty(), deal.quotes().toString());
    }

    @Test
    void freeParticipleAfterAGerundWithoutSubject() {
        Document done = analysed(
                "Ana Ruiz sued to stop the council from selling the park, arguing that the sale broke a promise made in"
                        + " 1990.");
        assertEquals("Ana Ruiz", speaker(done, found(done, "the sale broke a promise made in 1990")));
    }

    @Test
    void cueInsideTheClauseItReports() {
        Document done = analysed("Most of the bridges in the province, the inspectors noted, need urgent repairs.");
        Quote quote = found(done, "Most of the bridges in the province, the inspectors noted, need urgent repairs");
        assertEquals("the inspectors", speaker(done, quote));
    }

    @Test
    void reportOfWhatTheSpeakerWasToldIsOneQuote() {
        Document done = analysed("Ruiz said aides had told her that the vote would be delayed.");
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        assertEquals("Ruiz", speaker(done, found(done, "aides had told her that the vote would be delayed")));
    }

    @Test
    void indefiniteTitleOfTheLeadIsNamedInTheNextSentence() {
        Document done = analysed("On Friday, a federal judge in Ohio ruled the state's voting law is unconstitutional."
                + " U.S. District Judge Ana Ruiz ruled the law violated the First Amendment.");
        assertEquals("Ana Ruiz", speaker(done, found(done, "the state's voting law is unconstitutional")));
    }

    @Test
    void nameCompoundedBeforeAPressReleaseIsItsIssuer() {
        Document done = analysed("A NATO press release said the talks in Brussels had failed.");
        assertEquals("NATO", speaker(done, found(done, "the talks in Brussels had failed")));
    }

    @Test
    void smallClauseAfterCall() {
        Document done = analysed("Critics called the plan unworkable.");
        assertEquals("Critics", speaker(done, found(done, "the plan unworkable")));
        Document naming = analysed("Locals called the town Springfield.");
        assertTrue(naming.quotes().isEmpty(), naming.quotes().toString());
    }

    @Test
    void invertedCueAfterAQuestionAndTheQuoteGoingOn() {
        Document done = analysed("\"Who would want that?\" wrote Ruiz, the novelist, in a letter to the council."
                + " \"It was never for sale.\"");
        assertEquals(1, done.quotes().size(), done.quotes().toString());
        Quote quote = done.quotes().get(0);
        assertTrue(quote.text().endsWith("never for sale."), quote.text());
        assertEquals("Ruiz", speaker(done, quote));
    }

    @Test
    void invertedCueBeforeATitledName() {
        Document done = analysed("\"We wanted to know whether the drug works\" said lead researcher Professor Ana"
                + " Ruiz of the city hospital.");
        Quote quote = quote(done, "We wanted to know whether the drug works")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void participleAfterAQuoteKeepsItsSpeaker() {
        Document done = analysed("Councillor Ana Ruiz remarked, \"The vote was close, and we knew it,\" further"
                + " remarking, \"We will try again next year.\"");
        Quote quote = quote(done, "We will try again next year.").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void dayAfterADescribedSource() {
        Document done = analysed("According to officials on Tuesday, the dam had not been damaged by the flood.");
        Quote quote = quote(done, "the dam had not been damaged by the flood")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("officials", speaker(done, quote));
    }

    @Test
    void reportRelayedByAMediumWithJointSpeakers() {
        Document done = analysed("Acme Corp, which makes paint, and Zenith Paper which makes cardboard, stressed they"
                + " were running at full capacity, according to the Daily Courier report.");
        Quote quote =
                quote(done, "they were running at full capacity").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Acme Corp", speaker(done, quote));
        assertTrue(
                done.quotes().stream().noneMatch(q -> speaker(done, q).contains("Courier")),
                done.quotes().toString());
    }

    @Test
    void cueSetOffInsideTheReportedClause() {
        Document done = analysed(
                "Officials said the school was shut; its roof, they reported, had collapsed in the" + " storm.");
        Quote quote = quote(done, "its roof, they reported, had collapsed in the storm")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Officials", speaker(done, quote));
    }

    @Test
    void sourceSetOffInsideTheClauseVouchesForTheWordsItInterrupts() {
        Document subject = analysed("The new stadium, according to the Daily Mirror, is too expensive to finish.");
        Quote whole = quote(subject, "The new stadium, according to the Daily Mirror, is too expensive to finish")
                .orElseThrow(() -> new AssertionError(subject.quotes()));
        assertEquals("Daily Mirror", speaker(subject, whole));
        Document conjunct = analysed("The region is mostly rural and, according to Oxfam, very poor.");
        Quote poor = quote(conjunct, "very poor").orElseThrow(() -> new AssertionError(conjunct.quotes()));
        assertEquals("Oxfam", speaker(conjunct, poor));
        Document relative = analysed(
                "Teachers, who make up a third of the workforce, according to the ministry, will get a raise next year.");
        Quote third = quote(relative, "who make up a third of the workforce")
                .orElseThrow(() -> new AssertionError(relative.quotes()));
        assertEquals("the ministry", speaker(relative, third));
    }

    @Test
    void pronounAfterAReportGoesOnInTheVoiceOfItsSpeaker() {
        Document done = analysed("Mayor Ana Ruiz said the bridge would reopen soon, while Councillor Tom Brown wrote he"
                + " had ordered an inspection. He tweeted, \"Safety comes first for every driver.\"");
        Quote quote = quote(done, "Safety comes first for every driver.")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Tom Brown", speaker(done, quote));
    }

    @Test
    void presentTenseClauseAfterTheReportGoesOnWithIt() {
        Document done = analysed("The mayor stated the new tram line was paid for by a federal grant, so it is no"
                + " burden on local taxpayers.");
        Quote quote = quote(
                        done,
                        "the new tram line was paid for by a federal grant, so it is no burden on local" + " taxpayers")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The mayor", speaker(done, quote));
    }

    @Test
    void nameSpelledByAnAcronymInParenthesesIsOneOrganisation() {
        Document done = analysed("According to News from Warsaw (NFW), some small shops began to sell stamps. NFW"
                + " said the shops wanted to open on Sundays.");
        assertTrue(
                done.mentions().stream()
                        .anyMatch(m -> m.text().equals("News from Warsaw")
                                && m.type() == org.annals.core.MentionType.ORGANISATION),
                done.mentions().toString());
    }

    @Test
    void documentSpeaksForWhoFiledItUnderAnotherName() {
        Document done = analysed("The Nurses Federation of Ohio filed a lawsuit against the state on Monday. The"
                + " complaint says hospitals broke staffing rules.");
        Quote quote =
                quote(done, "hospitals broke staffing rules").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Nurses Federation of Ohio", speaker(done, quote));
    }

    @Test
    void proclamationSpeaksForWhoDeclared() {
        Document done = analysed("Governor Ana Ruiz declared a state of emergency on Friday. The proclamation said the"
                + " storm threatened every county.");
        Quote quote =
                quote(done, "the storm threatened every county").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void bodyDescribedByANounIsTheOrganisationThatSpokeBefore() {
        Document done = analysed("The Baltic Times reported the ferry had run aground near the port. The newspaper"
                + " stated the crew was safe.");
        Quote quote = quote(done, "the crew was safe").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Baltic Times", speaker(done, quote));
    }

    @Test
    void bodyDescribedByAnAdjectiveTheArticleGaveItBefore() {
        Document done = analysed("Zenith Holdings bought Danish shipbuilder Nordsee Marine in March. Zenith Holdings"
                + " confirmed the deal. Analysts expect more deals. Prices of ships rose sharply this year. The Danish"
                + " partner said the yard would stay open.");
        Quote quote = quote(done, "the yard would stay open").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Nordsee Marine", speaker(done, quote));
    }

    @Test
    void organisationNameGoesOnAfterAPreposition() {
        Document done = analysed("The National Commission on Rail Safety said on Monday the line would reopen.");
        Quote quote = quote(done, "the line would reopen").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("National Commission on Rail Safety", speaker(done, quote));
    }

    @Test
    void nameGoneByAndChargeInMarksAreScareQuotes() {
        Document done = analysed("The ministry announced the arrest of a driver, a man identified only as \"Ivan"
                + " Novak\". Police said they detained three students for \"insulting the flag\".");
        for (String words : List.of("Ivan Novak", "insulting the flag")) {
            Quote quote = quote(done, words).orElseThrow(() -> new AssertionError(done.quotes()));
            assertEquals(QuoteKind.SCARE, quote.kind(), words);
        }
    }

    @Test
    void organisationNameCutAtAndJoinedByItsShortName() {
        Document done = analysed("The Northern Water and Electric Company (NW&E) reported the outage had ended. The"
                + " Marine Institute of Geology and Oceanography (Marigeo) stated the reef was shrinking.");
        Quote outage = quote(done, "the outage had ended").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Northern Water and Electric Company", speaker(done, outage));
        assertTrue(
                quote(done, "the reef was shrinking").isPresent(), done.quotes().toString());
        assertTrue(
                done.mentions().stream().anyMatch(m -> m.text().equals("Marine Institute of Geology and Oceanography")),
                done.mentions().toString());
    }

    @Test
    void reaffirmingAndRecommendingReportTheirClause() {
        Document done = analysed("The water board reaffirmed that the dam is safe. Doctors recommended patients avoid"
                + " the clinic until Friday.");
        Quote dam = quote(done, "the dam is safe").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The water board", speaker(done, dam));
        Quote clinic = quote(done, "patients avoid the clinic until Friday")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Doctors", speaker(done, clinic));
    }

    @Test
    void outletsSourcesAndJournalistsSpeakForThemselves() {
        Document done = analysed("The Daily Tribune reported inspectors, following an inquiry, stated the fire was"
                + " arson. A Reuters correspondent in Kabul noted local officials said the road was closed.");
        Quote arson = quote(done, "the fire was arson").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("inspectors", speaker(done, arson));
        Quote road = quote(done, "local officials said the road was closed")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("A Reuters correspondent", speaker(done, road));
    }

    /**
     * Shapes of the fourteenth round as CoreNLP parses them: a predicate hung loosely on "said" or on a word before
     * "according to", instructions with "told" and "warned", and a paper relaying its informant.
     */
    @Test
    void splitClausesInstructionsAndRelayedSources() {
        Document done =
                analysed("Police said they believed a truck loaded with fuel had exploded near the gate, killing"
                        + " two guards. As of Monday night, the plan to rebuild the old bridge had not yet been approved,"
                        + " according to the Daily Courier. The water company told residents of the valley to boil their tap"
                        + " water. Park rangers warned hikers in the northern hills to stay on marked trails. The Courier"
                        + " further reported its informant said the driver fled across the border.");
        assertEquals(
                "Police",
                speakerOf(
                        done, "they believed a truck loaded with fuel had exploded near the gate, killing two guards"));
        assertEquals(
                "Daily Courier",
                speakerOf(done, "As of Monday night, the plan to rebuild the old bridge had not yet been approved"));
        assertEquals("The water company", speakerOf(done, "residents of the valley to boil their tap water"));
        assertEquals("Park rangers", speakerOf(done, "hikers in the northern hills to stay on marked trails"));
        assertEquals("its informant", speakerOf(done, "the driver fled across the border"));
        assertTrue(
                quote(done, "its informant said the driver fled across the border")
                        .isEmpty(),
                done.quotes().toString());
    }

    private static String speakerOf(Document document, String text) {
        Quote quote =
                quote(document, text).orElseThrow(() -> new AssertionError(text + " not in " + document.quotes()));
        return speaker(document, quote);
    }

    /** "X was not safe, engineers have said, and should ...": CoreNLP hangs the aside loosely on the clause it splits. */
    @Test
    void anAsideInsideTheClauseItReports() {
        Document done =
                analysed("The old dam was not safe, engineers have said, and should have been closed years ago.");
        assertEquals(
                "engineers",
                speakerOf(
                        done, "The old dam was not safe, engineers have said, and should have been closed years ago"));
    }

    @Test
    void lowerCaseFragmentInWhatASpeakerWantsIsTheirPartialQuote() {
        Document done = analysed("Mayor Ana Ruiz said the budget was tight. She was pressing the council members to"
                + " \"cut their own allowances first\". Councillor Tom Brown wants the new bridge to end the valley's"
                + " \"forgotten corner\" reputation. The club also read \"War and Peace\" this winter.");
        Quote pressing =
                quote(done, "cut their own allowances first").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.PARTIAL, pressing.kind());
        assertEquals("Ana Ruiz", speaker(done, pressing));
        Quote wish = quote(done, "forgotten corner").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.PARTIAL, wish.kind());
        assertEquals("Tom Brown", speaker(done, wish));
        Quote title = quote(done, "War and Peace").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.SCARE, title.kind());
    }

    /**
     * "Engineers from X and Y, both in Z, reported ...": on CoreNLP's parse the group credited by its head noun is named
     * through the coordinated bodies it comes from, and the aside after the comma stays out.
     */
    @Test
    void groupSpeakerIsNamedByItsDescription() {
        Document parsed = analysed("Engineers from the Delft University of Technology and the University of Twente,"
                + " both in the Netherlands, reported the dikes would hold through the winter.");
        Token head = parsed.tokens().get(0);
        List<Mention> mentions = new ArrayList<>(parsed.mentions().stream()
                .filter(m -> !m.span().overlaps(head.span()))
                .toList());
        mentions.add(new Mention(head.span(), head.word(), MentionType.DESCRIPTION, "group:engineer", ""));
        Document done = new QuoteStage().apply(parsed.withActors(List.of(), mentions));
        Quote quote = quote(done, "the dikes would hold through the winter")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(
                "Engineers from the Delft University of Technology and the University of Twente", speaker(done, quote));
    }

    /** A name typed with a look-alike full stop ("Olga K\u2024", a one-dot leader) is not cut at the odd dot. */
    @Test
    void nameWithALookAlikeFullStopIsNotCut() {
        Document done = analysed("Reporters reached the developer Olga K\u2024 on Monday. Olga K\u2024 said the code"
                + " would stay online.");
        Quote quote = quote(done, "the code would stay online").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Olga K\u2024", speaker(done, quote));
    }

    /** A source ending its sentence after a comma vouches for the whole sentence, not the "when" clause before it. */
    @Test
    void trailingSourceVouchesForTheSentenceAroundAnAdverbialClause() {
        Document done = analysed("Shoppers ran outside when the alarm sounded, according to the fire department.");
        Quote quote = quote(done, "Shoppers ran outside when the alarm sounded")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("the fire department", speaker(done, quote));
    }

    /** A source's account opening the sentence before a comma vouches for the clause after it. */
    @Test
    void aSourcesReportFramingTheClause() {
        Document done = analysed(
                "In a preliminary report of the Harbour Authority, the storm damaged forty boats and two piers.");
        Quote quote = quote(done, "the storm damaged forty boats and two piers")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertTrue(speaker(done, quote).contains("Harbour Authority"), speaker(done, quote));
    }

    /** A clause whose subject holds a set-off aside is the report, whatever the parse made of it. */
    @Test
    void aReportedClauseWhoseSubjectHoldsAnAside() {
        Document done =
                analysed("The engineers suggested the dam, like the old bridge upstream, might fail within a decade.");
        Quote quote = quote(done, "the dam, like the old bridge upstream, might fail within a decade")
                .orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("The engineers", speaker(done, quote));
    }

    /** A tweet sent from a named account speaks for the account's owner, however the parser hangs "saying". */
    @Test
    void aTweetSentFromANamedAccount() {
        Document done = analysed("A tweet sent from Ana Ruiz's Twitter account during the debate repeated Ruiz's"
                + " commitment, saying \"My deputy will be a woman.\"");
        Quote quote = quote(done, "My deputy will be a woman.").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "quoted X as saying": CoreNLP hangs "as saying" on the clause's verb; the one quoted speaks, not the quoter. */
    @Test
    void quotedAsSayingCreditsTheOneQuoted() {
        Document done = analysed("Reuters quoted Ana Ruiz as saying the talks had failed.");
        Quote quote = quote(done, "the talks had failed").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.INDIRECT, quote.kind());
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    /** "X was quoted as saying": in the passive the subject is the one quoted. */
    @Test
    void quotedAsSayingInThePassiveCreditsTheSubject() {
        Document done = analysed("Mayor Ana Ruiz was quoted as saying the bridge would reopen in May.");
        Quote quote =
                quote(done, "the bridge would reopen in May").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Ana Ruiz", speaker(done, quote));
    }

    @Test
    void speakingItAfterAnOrganisationIsThatOrganisation() {
        Document done = analysed("The Emergencies Ministry has, in a statement, called on drivers to be careful."
                + " It also urged people to \"comply with the rules of the road.\"");
        Quote urged =
                quote(done, "comply with the rules of the road.").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals("Emergencies Ministry", speaker(done, urged));
    }

    @Test
    void organisationsVerdictInMarksIsItsPartialQuote() {
        Document done = analysed("The United States Department of Health and Human Services declared the outbreak a"
                + " \"public health emergency\" on January 31.");
        Quote quote = quote(done, "public health emergency").orElseThrow(() -> new AssertionError(done.quotes()));
        assertEquals(QuoteKind.PARTIAL, quote.kind());
        assertEquals("United States Department of Health and Human Services", speaker(done, quote));
    }
}
