package org.annals.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Mention;
import org.annals.core.Span;

/**
 * An act told without its author takes the author the article gives elsewhere. An attack coded with no source ("a
 * man was stabbed", "a car bomb killed five") takes the one who claimed responsibility, the one blamed or charged for
 * it, or the one arrested for it, where the evidence of the blame or the arrest names the same act or its victim. An
 * arrest told without who made it ("two men were detained") takes the article's police when it names one. Only a
 * single candidate is taken: with two or none the source stays empty. Created per document.
 */
final class ActPerpetrators {
    private static final String ASSAULT = "ASSAULT";
    private static final String ACCUSE = "ACCUSE";
    private static final String COERCE = "COERCE";
    private static final String ARREST = "arrest";
    private static final String POLICE = "COP";
    private static final Set<String> BLAMING = Set.of("blame", "accuse", "charge", "convict");
    private static final Set<String> CLAIMING = Set.of("claim", "take", "accept", "admit");
    private static final Set<String> CLAIMED = Set.of("responsibility", "credit");

    private final Document document;
    private final Tree tree;
    private final Arguments arguments;
    private final ActNouns acts;

    ActPerpetrators(Document document, ActNouns acts) {
        this.document = document;
        this.tree = new Tree(document);
        this.arguments = new Arguments(tree, new ActorIndex(document));
        this.acts = acts;
    }

    /** The events with the sources the article gives for unclaimed attacks and agentless arrests. */
    List<Event> complete(List<Event> events) {
        Set<String> known = new HashSet<>();
        events.forEach(e -> known.add(EventCoder.key(e)));
        List<Event> completed = new ArrayList<>(events.size());
        for (Event event : events) {
            Event found = withPerpetrator(event, events);
            // A source found makes some events the same as one already told with its author: keep that one.
            if (found == event || known.add(EventCoder.key(found))) {
                completed.add(found);
            }
        }
        return completed;
    }

    private Event withPerpetrator(Event event, List<Event> events) {
        if (!event.sourceIds().isEmpty()) {
            return event;
        }
        if (event.type().equals(ASSAULT)) {
            return attacker(event, events);
        }
        if (event.type().equals(COERCE) && event.mode().equals(ARREST)) {
            return single(policeOf(event), event);
        }
        return event;
    }

    private Event attacker(Event attack, List<Event> events) {
        Set<String> family = actWords(attack);
        Map<List<String>, String> candidates = new LinkedHashMap<>();
        claimants().forEach(c -> candidates.putIfAbsent(c, "claimed"));
        for (Event other : events) {
            boolean blamed = other.type().equals(ACCUSE) && BLAMING.contains(other.mode());
            boolean arrested = other.type().equals(COERCE) && other.mode().equals(ARREST);
            if ((blamed || arrested) && !other.targetIds().isEmpty() && tells(other, family, attack.targetIds())) {
                candidates.putIfAbsent(other.targetIds(), blamed ? "blamed" : "arrested");
            }
        }
        candidates.keySet().removeIf(c -> c.stream().anyMatch(attack.targetIds()::contains));
        return single(candidates, attack);
    }

    private static Event single(Map<List<String>, String> candidates, Event event) {
        if (candidates.size() != 1) {
            return event;
        }
        Map.Entry<List<String>, String> only = candidates.entrySet().iterator().next();
        return event.withSources(only.getKey(), event.rule() + "+perpetrator:" + only.getValue());
    }

    // "Hamas claimed responsibility", "no group has taken credit": who claims the act did it.
    private Set<List<String>> claimants() {
        Set<List<String>> claimants = new LinkedHashSet<>();
        for (int i = 0; i < tree.size(); i++) {
            int verb = tree.head(i);
            boolean claim = tree.inArticle(i)
                    && CLAIMED.contains(Tree.lower(tree.token(i).lemma()))
                    && tree.token(i).deprel().equals("obj")
                    && verb >= 0
                    && CLAIMING.contains(Tree.lower(tree.token(verb).lemma()))
                    && !ModalityDetector.NEGATORS.stream().anyMatch(n -> negatedBy(verb, n));
            List<String> claimant = claim ? arguments.source(verb).actors() : List.of();
            if (!claimant.isEmpty()) {
                claimants.add(claimant);
            }
        }
        return claimants;
    }

    private boolean negatedBy(int verb, String negator) {
        return tree.children(verb).stream()
                .anyMatch(c -> Tree.lower(tree.token(c).word()).equals(negator));
    }

    // The trigger's lemma and every noun that tells the same act: "stabbed", "the stabbing", "the attack".
    private Set<String> actWords(Event attack) {
        Set<String> words = new HashSet<>();
        tokenAt(attack.trigger())
                .ifPresent(i -> words.add(Tree.lower(tree.token(i).lemma())));
        Set<String> lemmas = Set.copyOf(words);
        for (int i = 0; i < tree.size(); i++) {
            String lemma = Tree.lower(tree.token(i).lemma());
            acts.act(lemma)
                    .filter(act ->
                            !act.anyType() && lemmas.stream().anyMatch(trigger -> act.toldBy(trigger, attack.type())))
                    .ifPresent(act -> words.add(act.lemma()));
        }
        return words;
    }

    // The blame or the arrest names the same act or one of its victims in its evidence.
    private boolean tells(Event other, Set<String> actWords, List<String> victims) {
        Span evidence = other.evidence();
        for (int i = 0; i < tree.size(); i++) {
            if (evidence.contains(tree.token(i).span())
                    && actWords.contains(Tree.lower(tree.token(i).lemma()))) {
                return true;
            }
        }
        return document.mentions().stream()
                .filter(m -> evidence.contains(m.span()))
                .map(Mention::actorId)
                .anyMatch(victims::contains);
    }

    private Map<List<String>, String> policeOf(Event arrest) {
        Map<List<String>, String> police = new LinkedHashMap<>();
        document.actors().stream()
                .filter(a -> a.sector().equals(POLICE) && !arrest.targetIds().contains(a.id()))
                .forEach(a -> police.put(List.of(a.id()), "police"));
        return police;
    }

    private Optional<Integer> tokenAt(Span span) {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.token(i).span().equals(span)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
