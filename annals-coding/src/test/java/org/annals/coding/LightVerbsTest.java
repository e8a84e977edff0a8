package org.annals.coding;

import static org.annals.coding.CodedEvents.code;
import static org.annals.coding.CodedEvents.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/** Event nouns told with a light or reporting verb their own row does not list (light-verbs.tsv). */
class LightVerbsTest {
    @Test
    void aReiteratedSupportIsItsCompoundedOwnersWhenItsTargetIsNamed() {
        Event e = only(code("""
                1 Minister minister NNP O 2 compound
                2 Okafor Okafor NNP PERSON 3 nsubj
                3 reiterates reiterate VBZ O 0 root
                4 Kenya Kenya NNP LOCATION 5 compound
                5 support support NN O 3 obj
                6 for for IN O 7 case
                7 Chile Chile NNP LOCATION 5 nmod
                8 . . . O 3 punct
                """));
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
        assertTrue(e.rule().startsWith("noun:support/light:reiterate"), e.rule());
    }

    @Test
    void theCompoundedOwnerActsAlsoWhenTheParserHangsTheTargetOnTheVerb() {
        Event e = code("""
                1 Minister minister NNP O 3 compound
                2 Tobias Tobias NNP PERSON 3 compound
                3 Ellwood Ellwood NNP PERSON 4 nsubj
                4 welcomes welcome VBZ O 0 root
                5 Kenya Kenya NNP LOCATION 4 obj
                6 and and CC O 7 cc
                7 reiterates reiterate VBZ O 4 conj
                8 Chile Chile NNP LOCATION 9 compound
                9 support support NN O 7 obj
                10 for for IN O 11 case
                11 Peru Peru NNP LOCATION 7 obl
                12 . . . O 4 punct
                """).stream()
                .filter(x -> x.rule().contains(LightVerbs.ROUTE))
                .findFirst()
                .orElseThrow();
        assertEquals("SUPPORT", e.type());
        assertEquals(List.of("CHL"), e.sourceIds());
        assertEquals(List.of("PER"), e.targetIds());
    }

    @Test
    void withoutAnOwnerTheVerbsSubjectActs() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 staged stage VBD O 0 root
                3 an a DT O 4 det
                4 invasion invasion NN O 2 obj
                5 of of IN O 6 case
                6 Chile Chile NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("ASSAULT", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("CHL"), e.targetIds());
        assertEquals("noun:invasion/light:stage/nsubj", e.rule());
    }

    @Test
    void lodgedChargesAccuse() {
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 lodged lodge VBD O 0 root
                3 charges charge NNS O 2 obj
                4 against against IN O 6 case
                5 Omar Omar NNP PERSON 6 compound
                6 Nasser Nasser NNP PERSON 3 nmod
                7 . . . O 2 punct
                """));
        assertEquals("ACCUSE", e.type());
        assertEquals(List.of("KEN"), e.sourceIds());
        assertEquals(List.of("person:omar-nasser"), e.targetIds());
    }

    @Test
    void aVerbAnotherRowOfTheNounListsKeepsThatRowsSense() {
        // "make" is shared by REQUEST nouns, but the CONSULT row of "call" lists it: a phone call, not a call for.
        Event e = only(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 made make VBD O 0 root
                3 a a DT O 4 det
                4 call call NN O 2 obj
                5 to to IN O 6 case
                6 Chile Chile NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """));
        assertEquals("CONSULT", e.type());
        assertTrue(e.rule().startsWith("noun:call/support:make"), e.rule());
    }

    @Test
    void aVerbCodesOnlyNounsOfItsTypes() {
        // "express" says a stance; a threat is made or issued, and an attack is not expressed.
        assertTrue(code("""
                1 Kenya Kenya NNP LOCATION 2 nsubj
                2 expressed express VBD O 0 root
                3 a a DT O 4 det
                4 threat threat NN O 2 obj
                5 against against IN O 6 case
                6 Chile Chile NNP LOCATION 4 nmod
                7 . . . O 2 punct
                """).isEmpty());
    }

    @Test
    void aPassiveSubjectIsNoLightVerbsObject() {
        assertTrue(code("""
                1 Support support NN O 3 nsubj:pass
                2 was be VBD O 3 aux:pass
                3 reiterated reiterate VBN O 0 root
                4 for for IN O 5 case
                5 Chile Chile NNP LOCATION 3 obl
                6 . . . O 3 punct
                """).stream().noneMatch(e -> e.rule().contains(LightVerbs.ROUTE)));
    }

    @Test
    void aCompoundedNameWithoutANamedTargetIsNotTheOwner() {
        // "repeated the Kenya criticism": Kenya may as well be the one criticised, so the subject speaks.
        assertTrue(code("""
                1 Okafor Okafor NNP PERSON 2 nsubj
                2 repeated repeat VBD O 0 root
                3 the the DT O 5 det
                4 Kenya Kenya NNP LOCATION 5 compound
                5 criticism criticism NN O 2 obj
                6 . . . O 2 punct
                """).stream().noneMatch(e -> e.sourceIds().contains("KEN")));
    }
}
