package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** "His sister", "her husband" stand for the one person linked by that relation (KinTerms); test sentences. */
class KinTermsTest {
    // "Karim Haddad's sister, Lina Haddad, spoke."
    private static final String SISTER_BY_APPOSITION = """
            1 Karim Karim NNP PERSON 2 compound
            2 Haddad Haddad NNP PERSON 4 nmod:poss
            3 's 's POS O 2 case
            4 sister sister NN O 9 nsubj
            5 , , , O 4 punct
            6 Lina Lina NNP PERSON 7 compound
            7 Haddad Haddad NNP PERSON 4 appos
            8 , , , O 4 punct
            9 spoke speak VBD O 0 root
            10 . . . O 9 punct

            """;
    // "Noor Saleh, the sister of Karim Haddad, spoke."
    private static final String SISTER_BY_OF = """
            1 Noor Noor NNP PERSON 2 compound
            2 Saleh Saleh NNP PERSON 9 nsubj
            3 , , , O 2 punct
            4 the the DT O 5 det
            5 sister sister NN O 2 appos
            6 of of IN O 8 case
            7 Karim Karim NNP PERSON 8 compound
            8 Haddad Haddad NNP PERSON 5 nmod
            9 spoke speak VBD O 0 root
            10 . . . O 9 punct

            """;
    // "Karim Haddad praised his sister."
    private static final String PRAISED_HIS_SISTER = """
            1 Karim Karim NNP PERSON 2 compound
            2 Haddad Haddad NNP PERSON 3 nsubj
            3 praised praise VBD O 0 root
            4 his he PRP$ O 5 nmod:poss
            5 sister sister NN O 3 obj
            6 . . . O 3 punct

            """;

    private static Event praise(List<Event> events) {
        List<Event> found =
                events.stream().filter(e -> e.type().equals("SUPPORT")).toList();
        assertEquals(1, found.size(), events.toString());
        return found.get(0);
    }

    @Test
    void aKinNounIsThePersonTheArticleLinksByThatRelation() {
        Event byApposition = praise(code(SISTER_BY_APPOSITION + PRAISED_HIS_SISTER));
        assertEquals(List.of("person:karim-haddad"), byApposition.sourceIds());
        assertEquals(List.of("person:lina-haddad"), byApposition.targetIds());
        assertTrue(byApposition.rule().endsWith("+kin:sister"), byApposition.rule());
        assertEquals(
                List.of("person:noor-saleh"),
                praise(code(SISTER_BY_OF + PRAISED_HIS_SISTER)).targetIds());
    }

    @Test
    void aRelationToldFromTheOtherSideLinksTheSamePair() {
        // "Noor Saleh's brother Karim Haddad spoke": Karim Haddad's sibling is Noor Saleh.
        String brotherByCompound = """
                1 Noor Noor NNP PERSON 2 compound
                2 Saleh Saleh NNP PERSON 6 nmod:poss
                3 's 's POS O 2 case
                4 brother brother NN O 6 compound
                5 Karim Karim NNP PERSON 6 compound
                6 Haddad Haddad NNP PERSON 7 nsubj
                7 spoke speak VBD O 0 root
                8 . . . O 7 punct

                """;
        Event praise = praise(code(brotherByCompound + PRAISED_HIS_SISTER));
        assertEquals(List.of("person:noor-saleh"), praise.targetIds());
    }

    @Test
    void aNameHungOnTheKinNounWithoutCommaIsTheLinkedPerson() {
        // "Noor Saleh and her brother Karim Haddad ran a bakery. Thieves robbed her brother."
        String ranABakery = """
                1 Noor Noor NNP PERSON 2 compound
                2 Saleh Saleh NNP PERSON 8 nsubj
                3 and and CC O 5 cc
                4 her she PRP$ O 5 nmod:poss
                5 brother brother NN O 2 conj
                6 Karim Karim NNP PERSON 7 compound
                7 Haddad Haddad NNP PERSON 5 dep
                8 ran run VBD O 0 root
                9 a a DT O 10 det
                10 bakery bakery NN O 8 obj
                11 . . . O 8 punct

                """;
        String robbedHerBrother = """
                1 Thieves thief NNS O 2 nsubj
                2 attacked attack VBD O 0 root
                3 her she PRP$ O 4 nmod:poss
                4 brother brother NN O 2 obj
                5 . . . O 2 punct

                """;
        List<Event> events = code(ranABakery + robbedHerBrother);
        Event attack = events.stream()
                .filter(e -> e.type().equals("ASSAULT"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(List.of("person:karim-haddad"), attack.targetIds());
        assertTrue(attack.rule().endsWith("+kin:brother"), attack.rule());
    }

    @Test
    void twoSistersLeaveTheKinNounAsItIs() {
        Event praise = praise(code(SISTER_BY_APPOSITION + SISTER_BY_OF + PRAISED_HIS_SISTER));
        assertEquals(List.of("group:sister"), praise.targetIds());
        assertTrue(!praise.rule().contains("+kin:"), praise.rule());
    }

    @Test
    void aPossessorToldByTitleAndNameIsThePersonNamed() {
        // "Noor Saleh, the sister of the poet Karim Haddad, spoke."
        String sisterOfThePoet = """
                1 Noor Noor NNP PERSON 2 compound
                2 Saleh Saleh NNP PERSON 11 nsubj
                3 , , , O 2 punct
                4 the the DT O 5 det
                5 sister sister NN O 2 appos
                6 of of IN O 8 case
                7 the the DT O 8 det
                8 poet poet NN O 5 nmod
                9 Karim Karim NNP PERSON 10 compound
                10 Haddad Haddad NNP PERSON 8 appos
                11 spoke speak VBD O 0 root
                12 . . . O 11 punct

                """;
        assertEquals(
                List.of("person:noor-saleh"),
                praise(code(sisterOfThePoet + PRAISED_HIS_SISTER)).targetIds());
        String ofAnUnnamedPoet = sisterOfThePoet
                .replace("9 Karim Karim NNP PERSON 10 compound", "9 , , , O 8 punct")
                .replace("10 Haddad Haddad NNP PERSON 8 appos", "10 too too RB O 11 advmod");
        assertEquals(
                List.of("group:sister"),
                praise(code(ofAnUnnamedPoet + PRAISED_HIS_SISTER)).targetIds());
    }
}
