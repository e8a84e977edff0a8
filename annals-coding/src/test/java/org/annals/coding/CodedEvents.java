package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.core.Document;
import org.annals.core.Event;

/**
 * The actor and event stages run over hand-written CoNLL rows ({@link ConllDocuments}) of an article published on
 * 2025-09-02: what most event tests start from, kept in one place so a change to the stages' setup reaches them all.
 */
final class CodedEvents {
    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage();

    private CodedEvents() {}

    static List<Event> code(String conll) {
        Document parsed = ConllDocuments.parse("#id t\n#published 2025-09-02\n" + conll);
        return EVENTS.apply(ACTORS.apply(parsed)).events();
    }

    static Event only(List<Event> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}
