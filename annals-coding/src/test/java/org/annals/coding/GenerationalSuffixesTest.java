package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Event;
import org.junit.jupiter.api.Test;

/**
 * A generational suffix the tagger leaves outside a person's name ("Jr.", "IV") is part of the name, and a son so
 * named is not his father (GenerationalSuffixes, PersonNames); sentences written for the test.
 */
class GenerationalSuffixesTest {
    private static Event arrest(String conll) {
        List<Event> arrests = CodedEvents.code(conll).stream()
                .filter(e -> e.type().equals("COERCE"))
                .toList();
        return CodedEvents.only(arrests);
    }

    @Test
    void regressionTheSuffixAfterAPersonsNameIsPartOfTheName() {
        String arrested = """
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Edward Edward NNP PERSON 2 obj
                4 J. J. NNP PERSON 3 flat
                5 DeBartolo DeBartolo NNP PERSON 3 flat
                6 Jr. Jr. NNP O 3 flat
                7 . . . O 2 punct
                """;
        assertEquals(List.of("person:edward-j-debartolo-jr"), arrest(arrested).targetIds());
    }

    @Test
    void aSuffixAfterACommaAndARomanNumeralBelongToTheName() {
        String vance = """
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Cyrus Cyrus NNP PERSON 2 obj
                4 Vance Vance NNP PERSON 3 flat
                5 , , , O 3 punct
                6 Jr. Jr. NNP O 3 flat
                7 . . . O 2 punct
                """;
        assertEquals(List.of("person:cyrus-vance-jr"), arrest(vance).targetIds());
        String keating = """
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Charles Charles NNP PERSON 2 obj
                4 Keating Keating NNP PERSON 3 flat
                5 IV IV NNP O 3 flat
                6 . . . O 2 punct
                """;
        assertEquals(List.of("person:charles-keating-iv"), arrest(keating).targetIds());
    }

    @Test
    void aSurnameAloneIsTheSuffixedPersonWhenNoOtherIsNamed() {
        String later = """
                1 Cyrus Cyrus NNP PERSON 5 nsubj
                2 Vance Vance NNP PERSON 1 flat
                3 , , , O 1 punct
                4 Jr. Jr. NNP O 1 flat
                5 spoke speak VBD O 0 root
                6 . . . O 5 punct

                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Vance Vance NNP PERSON 2 obj
                4 . . . O 2 punct
                """;
        assertEquals(List.of("person:cyrus-vance-jr"), arrest(later).targetIds());
    }

    // An obituary names "John Conyers" first and "John James Conyers Jr." later: the first split off at one stage.
    @Test
    void regressionAShortFullNameWithoutTheSuffixIsStillTheSuffixedPerson() {
        String obituary = """
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 John John NNP PERSON 2 obj
                4 Conyers Conyers NNP PERSON 3 flat
                5 . . . O 2 punct

                1 John John NNP PERSON 5 nsubj
                2 James James NNP PERSON 1 flat
                3 Conyers Conyers NNP PERSON 1 flat
                4 Jr. Jr. NNP O 1 flat
                5 spoke speak VBD O 0 root
                6 . . . O 5 punct
                """;
        assertEquals(List.of("person:john-james-conyers-jr"), arrest(obituary).targetIds());
    }

    @Test
    void aRomanNumeralInLowerCaseOrAWordAfterTheNameIsNoSuffix() {
        String plain = """
                1 Police police NNS O 2 nsubj
                2 arrested arrest VBD O 0 root
                3 Charles Charles NNP PERSON 2 obj
                4 Keating Keating NNP PERSON 3 flat
                5 iv iv NN O 3 dep
                6 . . . O 2 punct
                """;
        assertEquals(List.of("person:charles-keating"), arrest(plain).targetIds());
    }
}
