package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * Arguments of known verbs told by a pronoun: a conjoined verb's object, "they" for an unnamed plural group, a town
 * before a person noun that "him" does not mean, and a pronoun object that controls an xcomp ("advised her to"). Sentences written for the test.
 */
class KnownVerbArgumentsTest {
    private static final String GUARDS_DETAINED_A_REPORTER_AND_FREED = """
            1 Guards guard NNS O 2 nsubj
            2 detained detain VBD O 0 root
            3 a a DT O 4 det
            4 reporter reporter NN O 2 obj
            5 and and CC O 6 cc
            6 freed free VBD O 2 conj
            7 PRONOUN PRONOUN PRP O 6 obj
            8 . . . O 2 punct

            """;
    private static final String SOLDIERS_DETAINED_A_FARMER = """
            1 Soldiers soldier NNS O 2 nsubj
            2 detained detain VBD O 0 root
            3 a a DT O 4 det
            4 farmer farmer NN O 2 obj
            5 . . . O 2 punct

            """;
    private static final String AN_OFFICER_DETAINED_A_FARMER = """
            1 An a DT O 2 det
            2 officer officer NN O 3 nsubj
            3 detained detain VBD O 0 root
            4 a a DT O 5 det
            5 farmer farmer NN O 3 obj
            6 . . . O 3 punct

            """;
    private static final String THEY_DETAINED_A_JOURNALIST = """
            1 They they PRP O 2 nsubj
            2 detained detain VBD O 0 root
            3 a a DT O 4 det
            4 journalist journalist NN O 2 obj
            5 . . . O 2 punct

            """;
    private static final String OFFICERS_DETAINED_A_LEEDS_MAN = """
            1 Officers officer NNS O 2 nsubj
            2 detained detain VBD O 0 root
            3 a a DT O 5 det
            4 Leeds Leeds NNP PERSON 5 compound
            5 man man NN O 2 obj
            6 . . . O 2 punct

            """;
    private static final String OFFICERS_DETAINED_TOM_LEEDS = """
            1 Officers officer NNS O 2 nsubj
            2 detained detain VBD O 0 root
            3 Tom Tom NNP PERSON 4 compound
            4 Leeds Leeds NNP PERSON 2 obj
            5 . . . O 2 punct

            """;
    private static final String THEY_FREED_HIM = """
            1 They they PRP O 2 nsubj
            2 freed free VBD O 0 root
            3 him he PRP O 2 obj
            4 . . . O 2 punct

            """;

    private static final String POLICE_ADVISED_PRONOUN_TO_ATTACK_JONES = """
            1 Police police NNS O 2 nsubj
            2 advised advise VBD O 0 root
            3 OBJECT
            4 to to TO O 5 mark
            5 attack attack VB O 2 xcomp
            6 Tom Tom NNP PERSON 7 compound
            7 Jones Jones NNP PERSON 5 obj
            8 . . . O 2 punct

            """;

    private static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    private static String freed(String pronoun) {
        return GUARDS_DETAINED_A_REPORTER_AND_FREED.replace("PRONOUN PRONOUN", pronoun + " " + pronoun);
    }

    @Test
    void aPronounObjectOfAConjoinedVerbIsTheFirstVerbsObject() {
        Event release = only(ofType(code(freed("her")), "CONCEDE"));
        assertEquals(List.of("group:guard"), release.sourceIds());
        assertEquals(List.of("group:reporter"), release.targetIds());
        assertTrue(release.rule().endsWith(Arguments.SHARED_OBJECT), release.rule());
    }

    @Test
    void aPluralPronounDoesNotStandForOneObject() {
        List<Event> releases = ofType(code(freed("them")), "CONCEDE");
        assertTrue(releases.stream().noneMatch(e -> e.targetIds().contains("group:reporter")), releases.toString());
    }

    @Test
    void theyContinuesAnUnnamedGroupNamedInThePlural() {
        List<Event> arrests = ofType(code(SOLDIERS_DETAINED_A_FARMER + THEY_DETAINED_A_JOURNALIST), "COERCE");
        Event second = arrests.stream()
                .filter(e -> e.targetIds().contains("group:journalist"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(arrests.toString()));
        assertEquals(List.of("group:soldier"), second.sourceIds());
    }

    @Test
    void theyDoesNotStandForOnePersonNamedByANoun() {
        List<Event> arrests = ofType(code(AN_OFFICER_DETAINED_A_FARMER + THEY_DETAINED_A_JOURNALIST), "COERCE");
        assertTrue(arrests.stream().noneMatch(e -> e.targetIds().contains("group:journalist")), arrests.toString());
    }

    @Test
    void theyAfterAPluralObjectPronounIsNotTheGroup() {
        String soldiersDetainedThem = SOLDIERS_DETAINED_A_FARMER
                .replace("3 a a DT O 4 det\n", "3 both both DT O 4 det\n")
                .replace("4 farmer farmer NN O 2 obj", "4 them they PRP O 2 obj");
        List<Event> arrests = ofType(code(soldiersDetainedThem + THEY_DETAINED_A_JOURNALIST), "COERCE");
        assertTrue(arrests.stream().noneMatch(e -> e.targetIds().contains("group:journalist")), arrests.toString());
    }

    @Test
    void regressionAnUnresolvedPronounObjectControlsTheXcompNotTheSubject() {
        String advisedHer = POLICE_ADVISED_PRONOUN_TO_ATTACK_JONES.replace("3 OBJECT", "3 her she PRP O 2 obj");
        List<Event> attacks = ofType(code(advisedHer), "ASSAULT");
        assertTrue(attacks.stream().noneMatch(e -> e.sourceIds().contains("group:police")), attacks.toString());
    }

    @Test
    void aNamedObjectStillControlsTheXcomp() {
        String advisedLee = POLICE_ADVISED_PRONOUN_TO_ATTACK_JONES.replace("3 OBJECT", "3 Lee Lee NNP PERSON 2 obj");
        Event attack = only(ofType(code(advisedLee), "ASSAULT"));
        assertEquals(List.of("person:lee"), attack.sourceIds());
        assertEquals(List.of("person:tom-jones"), attack.targetIds());
    }

    @Test
    void himIsNotTheTownBeforeAPersonNoun() {
        List<Event> releases = ofType(code(OFFICERS_DETAINED_A_LEEDS_MAN + THEY_FREED_HIM), "CONCEDE");
        assertTrue(releases.stream().noneMatch(e -> e.targetIds().contains("person:leeds")), releases.toString());
    }

    @Test
    void himIsTheNamedPersonBefore() {
        Event release = only(ofType(code(OFFICERS_DETAINED_TOM_LEEDS + THEY_FREED_HIM), "CONCEDE"));
        assertEquals(List.of("person:tom-leeds"), release.targetIds());
        assertEquals(List.of("group:officer"), release.sourceIds());
    }

    @Test
    void regressionAPhraseHungOnAReflexiveObjectIsTheVerbs() {
        Event surrender = only(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 surrendered surrender VBD O 0 root
                4 himself himself PRP O 3 obj
                5 to to TO O 7 case
                6 French French JJ NATIONALITY 7 amod
                7 police police NNS O 4 nmod
                8 . . . O 3 punct
                """));
        assertEquals("CONCEDE", surrender.type());
        assertEquals(List.of("person:omar-haddad"), surrender.sourceIds());
        assertEquals(1, surrender.targetIds().size(), surrender.toString());
        assertTrue(surrender.targetIds().get(0).contains("FRA"), surrender.toString());
    }

    @Test
    void aPhraseOnAnObjectThatIsNoReflexiveStaysTheObjects() {
        Event surrender = only(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 surrendered surrender VBD O 0 root
                4 documents document NNS O 3 obj
                5 to to TO O 7 case
                6 French French JJ NATIONALITY 7 amod
                7 police police NNS O 4 nmod
                8 . . . O 3 punct
                """));
        assertEquals(List.of(), surrender.targetIds(), surrender.toString());
    }

    @Test
    void regressionUnnamedPeopleOnAReflexiveObjectAreTheVerbsOblique() {
        Event surrender = only(code("""
                1 Omar Omar NNP PERSON 2 compound
                2 Haddad Haddad NNP PERSON 3 nsubj
                3 surrendered surrender VBD O 0 root
                4 himself himself PRP O 3 obj
                5 to to TO O 6 case
                6 officers officer NNS O 4 nmod
                7 . . . O 3 punct
                """));
        assertEquals(List.of("group:officer"), surrender.targetIds(), surrender.toString());
    }
}
