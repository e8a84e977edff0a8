package org.annals.coding;

import static org.annals.coding.ResolvedActors.actor;
import static org.annals.coding.ResolvedActors.actorOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "Other Republicans", "Republican officials": a party's members are a group of the party, not the state. */
class PartyMembersTest {
    private static final ActorStage STAGE = new ActorStage();

    private static Document resolve(String conll) {
        return STAGE.apply(ConllDocuments.parse("#published 2025-09-02\n" + conll));
    }

    @Test
    void thePartysPluralNounIsTheGroupOfItsMembers() {
        Document d = resolve("""
                1 Other other JJ O 2 amod
                2 Republicans Republicans NNPS MISC 3 nsubj
                3 urged urge VBD O 0 root
                4 Ana Ana NNP PERSON 5 compound
                5 Ruiz Ruiz NNP PERSON 3 obj
                6 to to TO O 7 mark
                7 concede concede VB O 3 xcomp
                """);
        assertEquals("group:USA:republicans", actorOf(d, "Republicans"));
        assertEquals("USA", actor(d, "group:USA:republicans").country());
        assertEquals("PTY", actor(d, "group:USA:republicans").sector());
    }

    @Test
    void officialsQualifiedByThePartyAreItsMembersNotTheGovernment() {
        Document d = resolve("""
                1 Experts expert NNS O 2 nsubj
                2 urged urge VBD O 0 root
                3 Republican Republican JJ MISC 4 amod
                4 officials official NNS O 2 obj
                5 to to TO O 6 mark
                6 act act VB O 2 xcomp
                7 in in IN O 9 case
                8 the the DT O 9 det
                9 US US NNP LOCATION 6 obl

                1 US US NNP LOCATION 2 compound
                2 voters voter NNS O 3 nsubj
                3 agreed agree VBD O 0 root
                """);
        assertEquals("group:USA:republican-officials", actorOf(d, "Republican officials"));
    }

    @Test
    void aPartyNamedAsSuchIsThatPartyNotTheAmericanMembers() {
        Document d = resolve("""
                1 The the DT O 3 det
                2 Liberal Liberal NNP ORGANIZATION 3 compound
                3 Democrats Democrats NNPS ORGANIZATION 4 nsubj
                4 lost lose VBD O 0 root
                5 ten ten CD O 6 nummod
                6 seats seat NNS O 4 obj
                """);
        assertEquals("", actorOf(d, "Democrats"));
        assertEquals(
                0,
                d.actors().stream()
                        .filter(a -> a.id().equals("group:USA:democrats"))
                        .count());
    }

    @Test
    void aWordInLowerCaseIsNoParty() {
        Document d = resolve("""
                1 Irish Irish JJ MISC 2 amod
                2 republicans republican NNS O 3 nsubj
                3 marched march VBD O 0 root
                """);
        assertEquals(
                0,
                d.actors().stream().filter(a -> a.id().startsWith("group:USA")).count());
    }

    @Test
    void thePartysAdjectiveTaggedAloneIsThePartyItself() {
        Document d = resolve("""
                1 Republican Republican JJ MISC 3 amod
                2 Kevin Kevin NNP PERSON 3 compound
                3 McCarthy McCarthy NNP PERSON 4 nsubj
                4 spoke speak VBD O 0 root

                1 The the DT O 3 det
                2 Republican Republican NNP ORGANIZATION 3 compound
                3 Party Party NNP ORGANIZATION 4 nsubj
                4 met meet VBD O 0 root
                """);
        assertEquals("org:republican-party", actorOf(d, "Republican"));
        assertEquals("org:republican-party", actorOf(d, "Republican Party"));
        assertEquals("USA", actor(d, "org:republican-party").country());
        assertEquals("PTY", actor(d, "org:republican-party").sector());
    }

    @Test
    void theAdjectiveInsideALongerNameIsNoParty() {
        Document d = resolve("""
                1 The the DT O 5 det
                2 Democratic Democratic NNP LOCATION 3 compound
                3 Republic Republic NNP LOCATION 5 compound
                4 of of IN O 5 case
                5 Congo Congo NNP LOCATION 6 nsubj
                6 voted vote VBD O 0 root
                """);
        assertEquals(
                0,
                d.actors().stream()
                        .filter(a -> a.id().equals("org:democratic-party"))
                        .count());
    }
}
