package org.annals.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.coding.eval.ArticleResult;
import org.annals.coding.eval.EvalActor;
import org.annals.coding.eval.GoldEvent;
import org.annals.coding.eval.Level;
import org.annals.coding.eval.SystemEvent;

/**
 * One JSON line per article for error analysis: each gold event with the best level it reached and the system event
 * it was paired with there, and the system events no gold event took even by type (spurious).
 */
final class EventDetails {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventDetails() {}

    static String line(String set, ArticleResult result) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("set", set);
        line.put("doc_id", result.article().docId());
        if (!result.article().category().isEmpty()) {
            line.put("category", result.article().category());
        }
        ArrayNode gold = line.putArray("gold");
        for (int g = 0; g < result.article().gold().size(); g++) {
            gold.add(goldEntry(result, g));
        }
        Set<Integer> taken = new HashSet<>();
        result.pairs(Level.TYPE).forEach(p -> taken.add(p.system()));
        ArrayNode spurious = line.putArray("spurious");
        for (int s = 0; s < result.article().system().size(); s++) {
            if (!taken.contains(s)) {
                spurious.add(system(result.article().system().get(s)));
            }
        }
        line.put("type_errors", result.typeErrors().size());
        return line.toString();
    }

    private static ObjectNode goldEntry(ArticleResult result, int g) {
        ObjectNode entry = MAPPER.createObjectNode();
        entry.set("event", gold(result.article().gold().get(g)));
        entry.put("level", "missed");
        for (Level level : List.of(Level.TYPE, Level.ACTORS, Level.DATE)) {
            result.pairs(level).stream().filter(p -> p.gold() == g).findFirst().ifPresent(pair -> {
                entry.put("level", level.label());
                entry.set("system", system(result.article().system().get(pair.system())));
            });
        }
        return entry;
    }

    private static ObjectNode gold(GoldEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", event.type());
        node.set("sources", actors(event.sources()));
        node.set("targets", actors(event.targets()));
        node.put("date", event.date());
        node.put("granularity", event.granularity());
        node.put("modality", event.modality());
        node.put("evidence", event.evidence().isEmpty() ? "" : event.evidence().get(0));
        return node;
    }

    private static ObjectNode system(SystemEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", event.id());
        node.put("type", event.type());
        node.set("sources", actors(event.sources()));
        node.set("targets", actors(event.targets()));
        node.put("date", event.date());
        node.put("modality", event.modality());
        node.put("trigger", event.trigger());
        if (!event.rule().isEmpty()) {
            node.put("rule", event.rule());
        }
        node.put("evidence", event.evidence());
        if (event.fromBoilerplate()) {
            node.put("boilerplate", true);
        }
        return node;
    }

    private static ArrayNode actors(List<EvalActor> actors) {
        ArrayNode list = MAPPER.createArrayNode();
        actors.forEach(actor -> list.add(actor.code().isEmpty() ? actor.name() : actor.code() + " " + actor.name()));
        return list;
    }
}
