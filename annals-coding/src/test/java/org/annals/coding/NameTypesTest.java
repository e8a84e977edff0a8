package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.junit.jupiter.api.Test;

/** Names the tagger typed as the wrong kind: people tagged as bodies, and the bodies that must stay bodies. */
class NameTypesTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    private static List<Mention> mentions(Document document, String text) {
        return document.mentions().stream().filter(m -> m.text().equals(text)).toList();
    }

    private static MentionType typeOf(Document document, String text, int nth) {
        return mentions(document, text).get(nth).type();
    }

    private static String actorOf(Document document, String text, int nth) {
        return mentions(document, text).get(nth).actorId();
    }

    /** "Bloomberg endorsed ..." tagged an organisation after "Michael Bloomberg": the person, so "he" can take him. */
    @Test
    void regressionOrganisationTaggedSurnameOfAPersonNamedInFullIsThatPerson() {
        Document d = resolve("""
                1 Michael Michael NNP PERSON 2 compound
                2 Bloomberg Bloomberg NNP PERSON 3 nsubj
                3 spent spend VBD O 0 root
                4 millions million NNS O 3 obj

                1 Bloomberg Bloomberg NNP ORGANIZATION 2 nsubj
                2 endorsed endorse VBD O 0 root
                3 Biden Biden NNP PERSON 2 obj
                """);
        assertEquals(MentionType.PERSON, typeOf(d, "Bloomberg", 0));
        assertEquals("person:michael-bloomberg", actorOf(d, "Bloomberg", 0));
    }

    /** "La Riva described ..." after "Gloria La Riva": a surname of two words the tagger made a body. */
    @Test
    void regressionOrganisationTaggedTwoWordSurnameIsThePersonNamedInFull() {
        Document d = resolve("""
                1 Gloria Gloria NNP PERSON 3 compound
                2 La La NNP PERSON 3 compound
                3 Riva Riva NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root

                1 La La NNP ORGANIZATION 2 compound
                2 Riva Riva NNP ORGANIZATION 3 nsubj
                3 described describe VBD O 0 root
                4 the the DT O 5 det
                5 military military NN O 3 obj
                """);
        assertEquals(MentionType.PERSON, typeOf(d, "La Riva", 0));
        assertEquals(actorOf(d, "Gloria La Riva", 0), actorOf(d, "La Riva", 0));
    }

    /** A body named after its founder keeps its type: with a determiner, after "at", or with a word of its own. */
    @Test
    void anOrganisationNamedLikeAPersonStaysABodyWhereItsContextSaysSo() {
        Document d = resolve("""
                1 Henry Henry NNP PERSON 2 compound
                2 Ford Ford NNP PERSON 3 nsubj
                3 died die VBD O 0 root

                1 She she PRP O 2 nsubj
                2 worked work VBD O 0 root
                3 at at IN O 4 case
                4 Ford Ford NNP ORGANIZATION 2 obl

                1 The the DT O 2 det
                2 Ford Ford NNP ORGANIZATION 3 nsubj
                3 grew grow VBD O 0 root

                1 Ford Ford NNP ORGANIZATION 2 compound
                2 Motor Motor NNP ORGANIZATION 3 nsubj
                3 grew grow VBD O 0 root
                """);
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Ford", 0));
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Ford", 1));
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Ford Motor", 0));
    }

    /**
     * A name the article also gives a body ("Rocky Linux", a person once and an organisation elsewhere) lends no part
     * to a person, and a leading word ("Rocky" after "Rocky McGaugh") is no surname.
     */
    @Test
    void anOrganisationTaggedPartOfADisputedNameOrAGivenNameStaysABody() {
        Document d = resolve("""
                1 Rocky Rocky NNP PERSON 2 compound
                2 Linux Linux NNP PERSON 3 nsubj
                3 launched launch VBD O 0 root

                1 Rocky Rocky NNP ORGANIZATION 2 compound
                2 Linux Linux NNP ORGANIZATION 3 nsubj
                3 grew grow VBD O 0 root

                1 Linux Linux NNP ORGANIZATION 2 nsubj
                2 grew grow VBD O 0 root

                1 Rocky Rocky NNP PERSON 2 compound
                2 McGaugh McGaugh NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root

                1 Rocky Rocky NNP ORGANIZATION 2 nsubj
                2 grew grow VBD O 0 root
                """);
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Linux", 0));
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Rocky", 0));
    }

    /** A surname tagged an organisation with no full name of that person in the article is left to the tagger. */
    @Test
    void anOrganisationTaggedWordWithNoFullNameElsewhereStaysABody() {
        Document d = resolve("""
                1 Bloomberg Bloomberg NNP ORGANIZATION 2 nsubj
                2 reported report VBD O 0 root
                3 it it PRP O 2 obj
                """);
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Bloomberg", 0));
    }

    // "Supreme Court Justice Elena ..." tagged one organisation, the rest of the name and the verb to follow.
    private static final String JUSTICE_ELENA = """
            1 Supreme Supreme NNP ORGANIZATION 2 compound
            2 Court Court NNP ORGANIZATION 3 compound
            3 Justice Justice NNP ORGANIZATION 5 compound
            4 Elena Elena NNP ORGANIZATION 5 compound
            """;

    /** "Supreme Court Justice Elena Kagan declared" tagged one organisation: the court, and the justice a person. */
    @Test
    void regressionATitledNameInsideAnOrganisationChunkIsAPerson() {
        Document d = resolve(JUSTICE_ELENA + """
                5 Kagan Kagan NNP ORGANIZATION 6 nsubj
                6 declared declare VBD O 0 root
                """);
        assertEquals(MentionType.PERSON, typeOf(d, "Elena Kagan", 0));
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Supreme Court", 0));
        Document carter = resolve("""
                1 Defense Defense NNP ORGANIZATION 2 compound
                2 Secretary Secretary NNP ORGANIZATION 4 compound
                3 Ash Ash NNP ORGANIZATION 4 compound
                4 Carter Carter NNP ORGANIZATION 5 nsubj
                5 said say VBD O 0 root
                """);
        assertEquals(MentionType.PERSON, typeOf(carter, "Ash Carter", 0));
        assertEquals(0, mentions(carter, "Defense").size());
    }

    /** "Justice Elena Kagan" with the title untagged: a title of people only before the chunk makes it a person. */
    @Test
    void aPersonTitleBeforeAnOrganisationChunkMakesItAPerson() {
        Document d = resolve("""
                1 Justice Justice NNP O 3 compound
                2 Elena Elena NNP ORGANIZATION 3 compound
                3 Kagan Kagan NNP ORGANIZATION 4 nsubj
                4 wrote write VBD O 0 root
                """);
        assertEquals(MentionType.PERSON, typeOf(d, "Elena Kagan", 0));
    }

    /**
     * "Judge Durham Hall QC ruled" tagged an organisation after the title: the person the article names again, still
     * the judge though "Judge" hangs on "QC".
     */
    @Test
    void regressionPostNominalLettersLeaveANameATitleMakesAPersons() {
        Document d = resolve("""
                1 Judge Judge NNP O 4 compound
                2 Durham Durham NNP ORGANIZATION 4 compound
                3 Hall Hall NNP ORGANIZATION 4 compound
                4 QC QC NNP ORGANIZATION 5 nsubj
                5 ruled rule VBD O 0 root

                1 Durham Durham NNP PERSON 2 compound
                2 Hall Hall NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root
                """);
        assertEquals(MentionType.PERSON, typeOf(d, "Durham Hall", 0));
        assertEquals(actorOf(d, "Durham Hall", 1), actorOf(d, "Durham Hall", 0));
        String judge = actorOf(d, "Durham Hall", 0);
        assertEquals(
                "judge",
                d.actors().stream()
                        .filter(a -> a.id().equals(judge))
                        .findFirst()
                        .orElseThrow()
                        .role(),
                "the title hangs on the letters the name was cut from");
    }

    /** "Supreme Court Justice Elena Kagan KC" tagged one organisation: the justice is a person without her letters. */
    @Test
    void postNominalLettersLeaveATitledNameInsideAnOrganisationChunk() {
        Document d = resolve(JUSTICE_ELENA + """
                5 Kagan Kagan NNP ORGANIZATION 6 compound
                6 KC KC NNP ORGANIZATION 7 nsubj
                7 declared declare VBD O 0 root
                """);
        assertEquals(MentionType.PERSON, typeOf(d, "Elena Kagan", 0));
        assertEquals(0, mentions(d, "Elena Kagan KC").size());
    }

    /** "General Motors", "Justice Department": an office that opens a body's name, or a body word that ends it. */
    @Test
    void bodiesOpenedByAnOfficeOrEndedByABodyWordStayBodies() {
        Document d = resolve("""
                1 General General NNP ORGANIZATION 2 compound
                2 Motors Motors NNP ORGANIZATION 3 nsubj
                3 sued sue VBD O 0 root
                4 the the DT O 7 det
                5 Justice Justice NNP ORGANIZATION 6 compound
                6 Department Department NNP ORGANIZATION 3 obj
                """);
        assertEquals(MentionType.ORGANISATION, typeOf(d, "General Motors", 0));
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Justice Department", 0));
    }

    /** "Apple Chief Executive Officer", "Captain America": the rest of an office, or a known name, is no person. */
    @Test
    void anOfficeWithOneMoreWordOrAKnownNameAfterATitleStaysABody() {
        Document d = resolve("""
                1 Apple Apple NNP ORGANIZATION 4 compound
                2 Chief Chief NNP ORGANIZATION 4 compound
                3 Executive Executive NNP ORGANIZATION 4 compound
                4 Officer Officer NNP ORGANIZATION 5 nsubj
                5 spoke speak VBD O 0 root
                """);
        assertEquals(0, mentions(d, "Officer").size());
        Document captain = resolve("""
                1 Captain Captain NNP ORGANIZATION 2 compound
                2 America America NNP ORGANIZATION 3 nsubj
                3 returned return VBD O 0 root
                """);
        assertEquals(0, mentions(captain, "America").size());
    }

    /**
     * "Warhol Polaroid" tagged a person after "Andy Warhol": a thing named after him lends no "Polaroid", even where
     * "Andy Warhol" is itself the part of a longer chunk the tagger called a person.
     */
    @Test
    void aNameOpenedByAnotherPersonsSurnameLendsNoSurname() {
        Document d = resolve("""
                1 Andy Andy NNP PERSON 2 compound
                2 Warhol Warhol NNP PERSON 3 nsubj
                3 took take VBD O 0 root
                4 a a DT O 6 det
                5 Warhol Warhol NNP PERSON 6 compound
                6 Polaroid Polaroid NNP PERSON 3 obj

                1 The the DT O 6 det
                2 Andy Andy NNP PERSON 6 compound
                3 Warhol Warhol NNP PERSON 6 compound
                4 Photographic Photographic NNP PERSON 6 compound
                5 Legacy Legacy NNP PERSON 6 compound
                6 Program Program NNP PERSON 7 nsubj
                7 gave give VBD O 0 root

                1 Polaroid Polaroid NNP ORGANIZATION 2 nsubj
                2 closed close VBD O 0 root
                """);
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Polaroid", 0));
    }

    /** "Dr. Tristan Smith of University College London" tagged one organisation: no person takes the whole chunk. */
    @Test
    void aPersonTitleBeforeANameAndABodyInOneChunkMakesNoPersonOfTheChunk() {
        Document d = resolve("""
                1 Dr. Dr. NNP O 3 compound
                2 Tristan Tristan NNP ORGANIZATION 3 compound
                3 Smith Smith NNP ORGANIZATION 7 nsubj
                4 of of IN ORGANIZATION 6 case
                5 University University NNP ORGANIZATION 6 compound
                6 London London NNP ORGANIZATION 3 nmod
                7 spoke speak VBD O 0 root
                """);
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Tristan Smith of University London", 0));
    }

    /** "Vanderbilt" tagged a body after "Gloria Vanderbilt" and "Reginald Vanderbilt": which of them is not told. */
    @Test
    void aSurnameOfTwoPersonsNamedInFullStaysAsTagged() {
        Document d = resolve("""
                1 Gloria Gloria NNP PERSON 2 compound
                2 Vanderbilt Vanderbilt NNP PERSON 3 nsubj
                3 met meet VBD O 0 root
                4 Reginald Reginald NNP PERSON 5 compound
                5 Vanderbilt Vanderbilt NNP PERSON 3 obj

                1 Vanderbilt Vanderbilt NNP ORGANIZATION 2 nsubj
                2 wrote write VBD O 0 root
                """);
        assertEquals(MentionType.ORGANISATION, typeOf(d, "Vanderbilt", 0));
    }

    /** "Paris claims ..." after "Valeska Paris": a capital's name that is the surname of a person named in full. */
    @Test
    void regressionPlaceNamedSurnameOfAPersonNamedInFullIsThatPerson() {
        Document d = resolve("""
                1 Valeska Valeska NNP PERSON 2 compound
                2 Paris Paris NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root

                1 Paris Paris NNP LOCATION 2 nsubj
                2 claims claim VBZ O 0 root
                3 that that IN O 6 mark
                4 Paris Paris NNP LOCATION 6 nmod:poss
                5 's 's POS O 4 case
                6 passport passport NN O 2 ccomp
                """);
        assertEquals(MentionType.PERSON, typeOf(d, "Paris", 0));
        assertEquals("person:valeska-paris", actorOf(d, "Paris", 0));
        assertEquals("person:valeska-paris", actorOf(d, "Paris", 1));
    }

    /** The same article's "in Paris", "Paris, France" and "the Paris office" are the place. */
    @Test
    void aPlaceNamedSurnameStaysThePlaceAfterAPrepositionBeforeItsCountryOrAsAModifier() {
        Document d = resolve("""
                1 Valeska Valeska NNP PERSON 2 compound
                2 Paris Paris NNP PERSON 3 nsubj
                3 lived live VBD O 0 root
                4 in in IN O 5 case
                5 Paris Paris NNP LOCATION 3 obl

                1 Paris Paris NNP LOCATION 5 nsubj
                2 , , , O 3 punct
                3 France France NNP LOCATION 1 appos
                4 , , , O 3 punct
                5 hosted host VBD O 0 root
                6 the the DT O 9 det
                7 Paris Paris NNP LOCATION 9 compound
                8 office office NN O 9 compound
                9 talks talk NNS O 5 obj
                """);
        assertEquals(MentionType.LOCATION, typeOf(d, "Paris", 0));
        assertEquals(MentionType.LOCATION, typeOf(d, "Paris", 1));
        assertEquals(MentionType.LOCATION, typeOf(d, "Paris", 2));
    }

    /** "Washington warned ..." with no person of that name in the article: the government's seat, not a person. */
    @Test
    void aPlaceAsSubjectWithNoPersonOfThatNameStaysThePlace() {
        Document d = resolve("""
                1 George George NNP PERSON 2 compound
                2 Smith Smith NNP PERSON 3 nsubj
                3 spoke speak VBD O 0 root

                1 Washington Washington NNP LOCATION 2 nsubj
                2 warned warn VBD O 0 root
                3 Beijing Beijing NNP LOCATION 2 obj
                """);
        assertEquals(MentionType.LOCATION, typeOf(d, "Washington", 0));
        assertEquals("USA.GOV", actorOf(d, "Washington", 0));
        assertEquals(MentionType.LOCATION, typeOf(d, "Beijing", 0));
    }
}
