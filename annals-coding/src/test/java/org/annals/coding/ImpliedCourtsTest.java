package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Legal acts told without their agent are the court's or the prosecution's (ImpliedCourts); test sentences. */
class ImpliedCourtsTest {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private static final String KENYA_MOURNED = """
            1 Kenya Kenya NNP LOCATION 2 nsubj
            2 mourned mourn VBD O 0 root
            3 again again RB O 2 advmod
            4 . . . O 2 punct

            """;
    private static final String CONVICTED = """
            1 Omar Omar NNP PERSON 2 compound
            2 Nasser Nasser NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 convicted convict VBN O 0 root
            5 on on IN O 6 case
            6 Monday Monday NNP DATE 4 obl
            7 . . . O 4 punct

            """;
    private static final String CHARGED = """
            1 Li Li NNP PERSON 2 compound
            2 Wei Wei NNP PERSON 4 nsubj:pass
            3 was be VBD O 4 aux:pass
            4 charged charge VBN O 0 root
            5 with with IN O 6 case
            6 fraud fraud NN O 4 obl
            7 . . . O 4 punct

            """;

    private static String courtIn(String country) {
        return String.format(Locale.ROOT, """
                1 A a DT O 2 det
                2 court court NN O 5 nsubj
                3 in in IN O 4 case
                4 %s %s NNP LOCATION 2 nmod
                5 heard hear VBD O 0 root
                6 the the DT O 7 det
                7 case case NN O 5 obj
                8 . . . O 5 punct

                """, country, country);
    }

    private static Document analysed(String conll) {
        Document parsed = ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll);
        return EVENTS.apply(ACTORS.apply(parsed));
    }

    private static Event ofType(Document document, String type) {
        List<Event> typed =
                document.events().stream().filter(e -> e.type().equals(type)).toList();
        assertEquals(1, typed.size(), document.events().toString());
        return typed.get(0);
    }

    @Test
    void aConvictionWithoutAgentIsTheJudiciaryOfTheCountryTheArticleIsAbout() {
        Document document = analysed(KENYA_MOURNED + KENYA_MOURNED + CONVICTED);
        Event conviction = ofType(document, "ACCUSE");
        assertEquals(List.of("org:KEN:judiciary"), conviction.sourceIds());
        assertEquals(List.of("person:omar-nasser"), conviction.targetIds());
        assertTrue(conviction.rule().endsWith("+court:country"), conviction.rule());
        assertEquals(
                "KEN JUD", ResolvedActors.actor(document, "org:KEN:judiciary").code(), "the implied court is an actor");
    }

    @Test
    void aChargeWithoutAgentIsTheProsecutionOfTheCountry() {
        Event charge = ofType(analysed(KENYA_MOURNED + KENYA_MOURNED + CHARGED), "ACCUSE");
        assertEquals(List.of("org:KEN:prosecution"), charge.sourceIds());
        assertTrue(charge.rule().endsWith("+prosecution:country"), charge.rule());
    }

    @Test
    void aCourtNamedNearTheVerdictIsItsAgent() {
        Event conviction = ofType(analysed(courtIn("Uganda") + CONVICTED), "ACCUSE");
        assertEquals(List.of("org:UGA:judiciary"), conviction.sourceIds());
        assertTrue(conviction.rule().endsWith("+court:named"), conviction.rule());
    }

    @Test
    void twoCourtsNamedNearTheVerdictLeaveItWithoutAgent() {
        Event conviction = ofType(analysed(courtIn("Uganda") + courtIn("Tanzania") + CONVICTED), "ACCUSE");
        assertEquals(List.of(), conviction.sourceIds());
    }

    @Test
    void anArticleAboutNoOneCountryImpliesNoCourt() {
        assertEquals(List.of(), ofType(analysed(CONVICTED), "ACCUSE").sourceIds());
    }

    @Test
    void courtsOfAnotherCountryInTheArticleMakeTheCountryAmbiguous() {
        String farAway = """
                1 It it PRP O 2 nsubj
                2 rained rain VBD O 0 root
                3 . . . O 2 punct

                """.repeat(4);
        Document document = analysed(courtIn("Uganda") + farAway + KENYA_MOURNED + KENYA_MOURNED + CONVICTED);
        assertEquals(List.of(), ofType(document, "ACCUSE").sourceIds());
    }

    @Test
    void theOneJudgeTheArticleNamesFarFromTheVerdictTriedIt() {
        String meanwhile = """
                1 It it PRP O 2 nsubj
                2 snowed snow VBD O 0 root
                3 . . . O 2 punct

                """.repeat(4);
        Event conviction = ofType(analysed(CONVICTED + meanwhile + judgeSpoke("Ann", "Roe")), "ACCUSE");
        assertEquals(List.of("person:ann-roe"), conviction.sourceIds());
        assertTrue(conviction.rule().endsWith("+court:article"), conviction.rule());
        Event twoJudges =
                ofType(analysed(CONVICTED + meanwhile + judgeSpoke("Ann", "Roe") + judgeSpoke("Tom", "Ito")), "ACCUSE");
        assertEquals(List.of(), twoJudges.sourceIds());
    }

    private static String judgeSpoke(String first, String last) {
        return String.format(Locale.ROOT, """
                1 Judge Judge NNP O 3 compound
                2 %s %s NNP PERSON 3 compound
                3 %s %s NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                """, first, first, last, last);
    }

    @Test
    void aLawyerNamedNearTheVerdictIsNoCourt() {
        String lawyerAppealed = """
                1 His he PRP$ O 2 nmod:poss
                2 lawyer lawyer NN O 3 nsubj
                3 appealed appeal VBD O 0 root
                4 . . . O 3 punct

                """;
        Event conviction = ofType(analysed(KENYA_MOURNED + KENYA_MOURNED + CONVICTED + lawyerAppealed), "ACCUSE");
        assertEquals(List.of("org:KEN:judiciary"), conviction.sourceIds());
    }

    @Test
    void anAgentTheTextGivesIsKept() {
        String kenyaConvicted = CONVICTED
                .replace("2 Nasser Nasser NNP PERSON 4 nsubj:pass", "2 Nasser Nasser NNP PERSON 4 obj")
                .replace("3 was be VBD O 4 aux:pass", "3 Tanzania Tanzania NNP LOCATION 4 nsubj");
        Event conviction = ofType(analysed(KENYA_MOURNED + KENYA_MOURNED + kenyaConvicted), "ACCUSE");
        assertEquals(List.of("TZA"), conviction.sourceIds());
    }

    @Test
    void aTriggerListedWithoutInstitutionImpliesNoOneWhereItsModeDoes() {
        LegalAgents agents = LegalAgents.fromRows(
                List.<String[]>of(
                        new String[] {"ACCUSE", "convict", "*", "judiciary"},
                        new String[] {"ACCUSE", "convict", "hold", "-"}),
                Set.of("ACCUSE"));
        assertEquals(Optional.of("judiciary"), agents.institution("ACCUSE", "convict", "Convict"));
        assertEquals(Optional.empty(), agents.institution("ACCUSE", "convict", "hold"));
        assertEquals(Optional.empty(), agents.institution("ACCUSE", "criticize", "question"));
    }

    @Test
    void anUnknownInstitutionInTheDataFailsNamingTheValidOnes() {
        List<String[]> rows = List.<String[]>of(new String[] {"ACCUSE", "convict", "*", "parliament"});
        IllegalStateException error =
                assertThrows(IllegalStateException.class, () -> LegalAgents.fromRows(rows, Set.of("ACCUSE")));
        assertTrue(error.getMessage().contains("[-, judiciary, prosecution]"), error.getMessage());
    }

    private static String policeIn(String city) {
        return String.format(Locale.ROOT, """
                1 Police police NNS O 4 nsubj
                2 in in IN O 3 case
                3 %s %s NNP LOCATION 1 nmod
                4 spoke speak VBD O 0 root
                5 . . . O 4 punct

                """, city, city);
    }

    private static final String PROSECUTORS_SPOKE = """
            1 Prosecutors prosecutor NNS O 2 nsubj
            2 spoke speak VBD O 0 root
            3 . . . O 2 punct

            """;

    @Test
    void aChargeToldBesideThePoliceAndNoProsecutorWasLaidByThePolice() {
        Event charge = ofType(analysed(KENYA_MOURNED + KENYA_MOURNED + policeIn("Nairobi") + CHARGED), "ACCUSE");
        assertEquals(List.of("org:KEN:police"), charge.sourceIds());
        assertTrue(charge.rule().endsWith("+" + ImpliedCourts.POLICE_ROUTE), charge.rule());
    }

    @Test
    void aProsecutorNamedBesideThePoliceIsTheOneWhoCharged() {
        Event charge = ofType(
                analysed(KENYA_MOURNED + KENYA_MOURNED + policeIn("Nairobi") + PROSECUTORS_SPOKE + CHARGED), "ACCUSE");
        assertTrue(charge.rule().endsWith("+prosecution:named"), charge.rule());
    }

    @Test
    void theNamedAccuserOfAChargeIsKeptOverThePolice() {
        String kenyaCharged = CHARGED.replace("2 Wei Wei NNP PERSON 4 nsubj:pass", "2 Wei Wei NNP PERSON 4 obj")
                .replace("3 was be VBD O 4 aux:pass", "3 Tanzania Tanzania NNP LOCATION 4 nsubj");
        Event charge = ofType(analysed(KENYA_MOURNED + policeIn("Nairobi") + kenyaCharged), "ACCUSE");
        assertEquals(List.of("TZA"), charge.sourceIds());
    }

    @Test
    void chargesLaidAgainstSomeoneWithoutAnAccuserAreTheProsecutionsOfTheCountry() {
        String laid = """
                1 Charges charge NNS O 3 nsubj:pass
                2 were be VBD O 3 aux:pass
                3 laid lay VBN O 0 root
                4 against against IN O 6 case
                5 Li Li NNP PERSON 6 compound
                6 Wei Wei NNP PERSON 3 obl
                7 . . . O 3 punct

                """;
        Event charge = ofType(analysed(KENYA_MOURNED + KENYA_MOURNED + laid), "ACCUSE");
        assertEquals(List.of("org:KEN:prosecution"), charge.sourceIds());
        assertEquals(List.of("person:li-wei"), charge.targetIds());
        assertTrue(charge.rule().startsWith("noun:charge/support:lay/agentless"), charge.rule());
    }

    @Test
    void anOfficerNamedBesideTheChargeIsNoForceThatLaidIt() {
        String officerSpoke = """
                1 An a DT O 2 det
                2 officer officer NN O 3 nsubj
                3 spoke speak VBD O 0 root
                4 . . . O 3 punct

                """;
        Event charge = ofType(analysed(KENYA_MOURNED + KENYA_MOURNED + officerSpoke + CHARGED), "ACCUSE");
        assertEquals(List.of("org:KEN:prosecution"), charge.sourceIds());
    }
}
