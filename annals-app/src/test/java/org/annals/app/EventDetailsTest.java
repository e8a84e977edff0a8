package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.annals.coding.eval.ArticleCase;
import org.annals.coding.eval.EvalActor;
import org.annals.coding.eval.EventScorer;
import org.annals.coding.eval.GoldEvent;
import org.annals.coding.eval.SystemEvent;
import org.junit.jupiter.api.Test;

/** The details line names the rule of every system event, paired or spurious, so errors can be counted per rule. */
class EventDetailsTest {
    private static final String SENTENCE = "The ministry accused the broadcaster of bias.";
    private static final List<EvalActor> MINISTRY = List.of(new EvalActor("FRA.GOV", "ministry"));
    private static final List<EvalActor> BROADCASTER = List.of(new EvalActor("", "broadcaster"));

    private static SystemEvent system(String id, String type, String rule) {
        return new SystemEvent(
                id, type, MINISTRY, BROADCASTER, "", "asserted", SENTENCE, "accused", false, List.of(), rule);
    }

    @Test
    void regressionEverySystemEventCarriesItsRule() throws Exception {
        GoldEvent gold = new GoldEvent(
                "ACCUSE", MINISTRY, BROADCASTER, "", "unresolved", "asserted", List.of(SENTENCE), "accused");
        ArticleCase article = new ArticleCase(
                "a",
                "",
                "",
                List.of(gold),
                List.of(system("e1", "ACCUSE", "verb:accuse/nsubj"), system("e2", "CONSULT", "verb:meet/nsubj")));
        JsonNode line = new ObjectMapper().readTree(EventDetails.line("gold", EventScorer.article(article)));
        assertEquals(
                "verb:accuse/nsubj",
                line.get("gold").get(0).get("system").get("rule").asText());
        assertEquals("verb:meet/nsubj", line.get("spurious").get(0).get("rule").asText());
    }

    @Test
    void anEventWithoutAKnownRuleWritesNoRuleField() throws Exception {
        ArticleCase article = new ArticleCase("a", "", "", List.of(), List.of(system("e1", "ACCUSE", "")));
        JsonNode line = new ObjectMapper().readTree(EventDetails.line("gold", EventScorer.article(article)));
        assertFalse(line.get("spurious").get(0).has("rule"));
    }
}
