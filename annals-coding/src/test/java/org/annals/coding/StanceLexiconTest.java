package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StanceLexiconTest {
    private static final Set<String> TYPES = EventLexicon.standard().types();

    private static StanceLexicon of(String... row) {
        return StanceLexicon.fromRows(List.<String[]>of(row), TYPES);
    }

    @Test
    void theShippedEvaluationsAreJudgementsAboutWhatAClauseSays() {
        List<StanceLexicon.Cue> cues = StanceLexicon.evaluations(Tsv.read("/org/annals/coding/evaluation.tsv", 3));
        assertTrue(cues.size() > 200, "a few hundred evaluative words: " + cues.size());
        assertTrue(cues.stream().allMatch(c -> c.role() == StanceLexicon.Role.ABOUT && c.evaluation()));
        Set<String> stanceCues = Set.copyOf(Tsv.read("/org/annals/coding/stance.tsv", 5).stream()
                .map(r -> r[0] + "/" + r[1])
                .toList());
        List<String> both = cues.stream()
                .map(c -> c.text() + "/" + c.pos().name().toLowerCase(Locale.ROOT))
                .filter(stanceCues::contains)
                .toList();
        assertEquals(List.of(), both, "a word is a stance cue or an evaluation, not both");
    }

    @Test
    void anUnknownTypeRoleOrPartOfSpeechFailsNamingTheValidValues() {
        IllegalStateException type =
                assertThrows(IllegalStateException.class, () -> of("smear", "noun", "ASSAULT", "", "about"));
        assertTrue(type.getMessage().contains("ACCUSE, REJECT, REQUEST, SUPPORT"), type.getMessage());
        IllegalStateException evaluation = assertThrows(
                IllegalStateException.class,
                () -> StanceLexicon.evaluations(List.<String[]>of(new String[] {"smear", "noun", "neutral"})));
        assertTrue(evaluation.getMessage().contains("negative, positive, denial"), evaluation.getMessage());
        IllegalStateException role =
                assertThrows(IllegalStateException.class, () -> of("smear", "noun", "ACCUSE", "", "aimed"));
        assertTrue(role.getMessage().contains("about, act"), role.getMessage());
        IllegalStateException pos =
                assertThrows(IllegalStateException.class, () -> of("smear", "adverb", "ACCUSE", "", "about"));
        assertTrue(pos.getMessage().contains("verb, noun, adj, any"), pos.getMessage());
    }

    @Test
    void theLongestPhraseOfTheRightPartOfSpeechComesFirst() {
        StanceLexicon lexicon = StanceLexicon.fromRows(
                List.of(
                        new String[] {"stand", "verb", "SUPPORT", "endorse", "act"},
                        new String[] {"stand by", "verb", "SUPPORT", "endorse", "act"},
                        new String[] {"stand", "noun", "REJECT", "", "about"}),
                TYPES);
        List<StanceLexicon.Cue> cues = lexicon.startingWith(List.of("stand", "by", "the"), "VBP");
        assertEquals(
                List.of("stand by", "stand"),
                cues.stream().map(StanceLexicon.Cue::text).toList());
        assertEquals(
                List.of("stand"),
                lexicon.startingWith(List.of("stand", "by"), "NN").stream()
                        .map(StanceLexicon.Cue::text)
                        .toList());
        assertEquals(
                "REJECT", lexicon.startingWith(List.of("stand"), "NN").get(0).type());
    }

    @Test
    void theShippedLexiconLoads() {
        assertTrue(StanceLexicon.standard(TYPES)
                        .startingWith(List.of("contempt"), "NN")
                        .size()
                == 1);
    }
}
