package org.annals.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.junit.jupiter.api.Test;

class MentionStageTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);
    private final MentionStage stage = new MentionStage();

    private List<String> mentions(Document document) {
        return stage.apply(document).mentions().stream()
                .map(m -> m.text() + ":" + m.type())
                .toList();
    }

    @Test
    void nerRunsBecomeOneMentionEach() {
        assertEquals(
                List.of("Vladimir Putin:PERSON", "Shanghai Cooperation Organization:ORGANISATION", "Tianjin:LOCATION"),
                mentions(HandDocuments.of(
                        TUESDAY,
                        "Vladimir/NNP/PERSON",
                        "Putin/NNP/PERSON",
                        "attended/VBD",
                        "the/DT",
                        "Shanghai/NNP/ORGANIZATION",
                        "Cooperation/NNP/ORGANIZATION",
                        "Organization/NNP/ORGANIZATION",
                        "summit/NN",
                        "in/IN",
                        "Tianjin/NNP/LOCATION")));
    }

    @Test
    void miscIsKeptAndOtherTagsAreNotMentions() {
        assertEquals(
                List.of("Chinese:MISC"),
                mentions(HandDocuments.of(TUESDAY, "Chinese/JJ/MISC", "exports/NNS", "15/CD/PERCENT", "%/NN/PERCENT")));
    }

    @Test
    void aRunStopsAtTheSentenceEnd() {
        Document done = stage.apply(
                HandDocuments.sentences(TUESDAY, "He/PRP met/VBD Xi/NNP/PERSON", "Putin/NNP/PERSON left/VBD"));
        List<Mention> found = done.mentions();
        assertEquals(
                List.of("He", "Xi", "Putin"), found.stream().map(Mention::text).toList());
        assertEquals(MentionType.PERSON, found.get(1).type());
        assertEquals("", found.get(1).actorId());
    }

    @Test
    void personalPronounsAreMentionsInAnyCaseButItIsNot() {
        assertEquals(
                List.of("His:PRONOUN", "they:PRONOUN", "her:PRONOUN"),
                mentions(HandDocuments.of(
                        TUESDAY, "His/PRP$", "aides/NNS", "said/VBD", "they/PRP", "told/VBD", "her/PRP", "it/PRP")));
    }
}
