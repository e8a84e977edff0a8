package org.annals.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.annals.coding.Dyads;
import org.annals.coding.eval.EvalActor;
import org.annals.coding.eval.SystemEvent;
import org.annals.core.Actor;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Event;

/** Turns an analysed document's events into the evaluator's records. */
final class SystemEvents {
    private SystemEvents() {}

    /** Actors as id and name, which is what the gold's codes and names are compared with. */
    static List<SystemEvent> of(Document document) {
        Map<String, Actor> byId = actorsById(document);
        return of(document, id -> {
            Actor actor = byId.get(id);
            return new EvalActor(id, actor == null ? "" : actor.name());
        });
    }

    static List<SystemEvent> of(Document document, Function<String, EvalActor> actorView) {
        return document.events().stream()
                .map(event -> event(document, event, actorView))
                .toList();
    }

    /**
     * One record per dyad of each event ({@link Dyads}), the event id shared: the unit of the field's coded data,
     * so that a compound event meets each of the dyadic codings it stands for.
     */
    static List<SystemEvent> dyadsOf(Document document, Function<String, EvalActor> actorView) {
        return document.events().stream()
                .flatMap(event -> Dyads.of(event).stream()
                        .map(dyad ->
                                event(document, event, side(dyad.source(), actorView), side(dyad.target(), actorView))))
                .toList();
    }

    private static List<EvalActor> side(String actorId, Function<String, EvalActor> actorView) {
        return actorId.isEmpty() ? List.of() : List.of(actorView.apply(actorId));
    }

    static Map<String, Actor> actorsById(Document document) {
        Map<String, Actor> byId = new HashMap<>();
        document.actors().forEach(actor -> byId.put(actor.id(), actor));
        return byId;
    }

    private static SystemEvent event(Document document, Event event, Function<String, EvalActor> actorView) {
        return event(
                document,
                event,
                event.sourceIds().stream().map(actorView).toList(),
                event.targetIds().stream().map(actorView).toList());
    }

    private static SystemEvent event(Document document, Event event, List<EvalActor> sources, List<EvalActor> targets) {
        return new SystemEvent(
                event.id(),
                event.type(),
                sources,
                targets,
                event.date(),
                event.modality().name().toLowerCase(Locale.ROOT),
                document.textOf(event.evidence()),
                document.textOf(event.trigger()),
                fromBoilerplate(document, event),
                event.contexts(),
                event.rule());
    }

    private static boolean fromBoilerplate(Document document, Event event) {
        return document.blocks().stream()
                .filter(block -> !block.kind().isArticle())
                .map(Block::span)
                .anyMatch(span -> span.overlaps(event.evidence()));
    }
}
