package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.TimeMention;

/**
 * "Ford disclosed the matter to the EPA on February 18, and also to the state board on February 21", "met with the IMF,
 * then with President Trump": the verb's oblique told again with the same preposition after "and", "also" or "then",
 * the verb left out, is a second act of the same kind by the same source, told apart by its own time. The parser
 * hangs the second phrase on the verb as a conjunct or as a second oblique, so the event coded from the first phrase
 * never sees it. An oblique repeated with no such mark ("met with the IMF in Washington") is no second act.
 * Created per document.
 */
final class GappedObliques {
    /** Route suffix of an event told by a gapped oblique. */
    static final String ROUTE = "+gapped-oblique";

    // Words that mark a repeated oblique as another act rather than a second phrase of the same one.
    private static final Set<String> REPEATING = Set.of("then", "also", "later");
    private static final Set<String> OBLIQUES = Set.of("obl", "nmod");
    private static final Set<String> TIME_RELATIONS = Set.of("obl", "nmod", "orphan", "obl:tmod", "nmod:tmod");

    private final Tree tree;
    private final ActorIndex index;
    private final List<TimeMention> times;

    GappedObliques(Document document, Tree tree) {
        this.tree = tree;
        this.index = new ActorIndex(document);
        this.times = document.times();
    }

    /** The events with one more event for each gapped repetition of the oblique that gave an event its target. */
    List<Event> addTo(List<Event> events) {
        List<Event> all = new ArrayList<>(events);
        for (Event event : events) {
            all.addAll(repeated(event));
        }
        return all;
    }

    private List<Event> repeated(Event event) {
        Optional<Integer> triggerIndex = tree.indexAt(event.trigger());
        if (triggerIndex.isEmpty() || event.sourceIds().isEmpty()) {
            return List.of();
        }
        int trigger = triggerIndex.get();
        List<Event> found = new ArrayList<>();
        for (int oblique : tree.children(trigger)) {
            if (!OBLIQUES.contains(tree.token(oblique).deprel()) || !aTarget(event, oblique)) {
                continue;
            }
            for (int remnant : remnants(trigger, oblique)) {
                index.actorAt(tree.token(remnant))
                        .filter(actor -> !EventCompletion.participates(event, actor))
                        .ifPresent(actor -> found.add(dated(
                                event.withParticipants(event.sourceIds(), List.of(actor), event.rule() + ROUTE),
                                remnant)));
            }
        }
        return found;
    }

    private boolean aTarget(Event event, int oblique) {
        return index.actorAt(tree.token(oblique))
                .filter(event.targetIds()::contains)
                .isPresent();
    }

    // After the first phrase: a conjunct of the verb that is a noun with the same preposition, or a second oblique with
    // that preposition marked by "then", "also" or a conjunction.
    private List<Integer> remnants(int verb, int oblique) {
        String preposition = tree.preposition(oblique);
        List<Integer> remnants = new ArrayList<>();
        for (int child : tree.children(verb)) {
            if (child <= oblique
                    || !tree.token(child).isNoun()
                    || !tree.preposition(child).equals(preposition)) {
                continue;
            }
            String deprel = tree.token(child).deprel();
            boolean gapped = deprel.equals("conj") || OBLIQUES.contains(deprel) && marked(child);
            if (gapped) {
                remnants.add(child);
            }
        }
        return remnants;
    }

    private boolean marked(int phrase) {
        return tree.children(phrase).stream()
                .anyMatch(c -> tree.token(c).deprel().equals("cc")
                        || REPEATING.contains(Tree.lower(tree.token(c).word())));
    }

    // "and also to the board on February 21": the remnant's own time dates its act; without one it shares the first's.
    private Event dated(Event event, int remnant) {
        for (int child : tree.children(remnant)) {
            if (!TIME_RELATIONS.contains(tree.token(child).deprel())) {
                continue;
            }
            Optional<TimeMention> time = times.stream()
                    .filter(t -> t.span().contains(tree.token(child).span()) && t.isResolved())
                    .findFirst();
            if (time.isPresent()) {
                return event.withDate(
                        time.get().value(), time.get().granularity(), event.modality(), event.confidence());
            }
        }
        return event;
    }
}
