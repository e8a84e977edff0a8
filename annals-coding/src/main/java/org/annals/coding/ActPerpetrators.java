package org.annals.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Mention;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * An act told without its author takes the author the article gives elsewhere. An attack coded with no source ("a
 * man was stabbed", "a car bomb killed five") takes the one who claimed responsibility, the one blamed or charged
 * for it, or the one arrested or jailed for it, where the blame or the arrest names the same act or its victim. An
 * arrest told without who made it ("two men were detained") takes the police the article names within a few
 * sentences of it. Only a single candidate is taken: with two or none the source stays empty. Created per document.
 */
final class ActPerpetrators {
    private static final String ASSAULT = "ASSAULT";
    private static final String ACCUSE = "ACCUSE";
    private static final String COERCE = "COERCE";
    private static final String ARREST = "arrest";
    static final Set<String> HELD = Set.of(ARREST, "imprison");
    private static final String POLICE = "COP";
    static final Set<String> BLAMING = Set.of("blame", "accuse", "charge", "convict");
    private static final Set<String> CLAIMING = Set.of("claim", "take", "accept", "admit");
    private static final Set<String> CLAIMED = Set.of("responsibility", "credit");
    // Passives that give an act to its author, and the preposition naming the author: "ascribed to", "claimed by".
    private static final Map<String, Set<String>> ATTRIBUTING = Map.of(
            "ascribe", Set.of("to"),
            "attribute", Set.of("to"),
            "blame", Set.of("on"),
            "claim", Set.of("by"),
            "carry", Set.of("by"));
    // Words for an attack of any kind, which may refer back to a stabbing as well as to a bombing.
    private static final Set<String> ANY_ATTACK = Set.of("attack", "assault");

    private final Document document;
    private final Tree tree;
    private final Arguments arguments;
    private final ActNouns acts;
    private final SentenceWindow window;

    ActPerpetrators(Document document, Tree tree, ActNouns acts) {
        this.document = document;
        this.tree = tree;
        this.arguments = new Arguments(tree, new ActorIndex(document));
        this.acts = acts;
        this.window = new SentenceWindow(document);
    }

    /** The events with the sources the article gives for unclaimed attacks and agentless arrests. */
    List<Event> complete(List<Event> events) {
        return EventCompletion.each(events, event -> withPerpetrator(event, events));
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
        Map<List<String>, String> candidates = new LinkedHashMap<>();
        for (Claim claim : claims()) {
            boolean sameAct = claim.act() < 0 || !namesAnAct(claim.act()) || sameAct(claim.act(), attack);
            if (sameAct
                    && lastAttackBefore(claim.offset(), events)
                            .filter(attack::equals)
                            .isPresent()) {
                candidates.putIfAbsent(claim.claimants(), "claimed");
            }
        }
        for (Event other : events) {
            boolean blamed = other.type().equals(ACCUSE) && BLAMING.contains(other.mode());
            boolean arrested = other.type().equals(COERCE) && HELD.contains(other.mode());
            if ((blamed || arrested) && !other.targetIds().isEmpty() && tellsOf(other, attack, events)) {
                candidates.putIfAbsent(other.targetIds(), blamed ? "blamed" : "arrested");
            }
        }
        candidates.keySet().removeIf(c -> c.stream().anyMatch(attack.targetIds()::contains));
        // Blaming the United States "for the attack" when the article tells a US airstrike may well be about that
        // strike: with the author of a told attack among the candidates, which attack each is blamed for is unclear.
        Set<String> knownAttackers = new HashSet<>();
        events.stream()
                .filter(e -> e.type().equals(ASSAULT))
                .flatMap(e -> e.sourceIds().stream())
                .forEach(id -> knownAttackers.addAll(sides(id)));
        boolean authorOfAnotherAttack = candidates.entrySet().stream()
                .anyMatch(c -> !c.getValue().equals("claimed")
                        && c.getKey().stream().flatMap(id -> sides(id).stream()).anyMatch(knownAttackers::contains));
        return authorOfAnotherAttack ? attack : single(candidates, attack);
    }

    // An actor and the country it acts for: the US military's strike is the United States' act.
    private Set<String> sides(String actorId) {
        Set<String> sides = new HashSet<>();
        sides.add(actorId);
        document.actors().stream()
                .filter(a -> a.id().equals(actorId) && !a.country().isEmpty())
                .forEach(a -> sides.add(a.country()));
        return sides;
    }

    private static Event single(Map<List<String>, String> candidates, Event event) {
        if (candidates.size() != 1) {
            return event;
        }
        Map.Entry<List<String>, String> only = candidates.entrySet().iterator().next();
        return event.withSources(only.getKey(), event.rule() + "+perpetrator:" + only.getValue());
    }

    /** A claim of responsibility: who claims it, where it is told, and the act it names after "for" (-1 for none). */
    private record Claim(List<String> claimants, int offset, int act) {}

    // "Hamas claimed responsibility", "the group took credit"; "no group has claimed responsibility" claims nothing.
    private List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            int verb = tree.head(i);
            boolean claim = tree.inArticle(i)
                    && CLAIMED.contains(Tree.lower(tree.token(i).lemma()))
                    && tree.token(i).deprel().equals("obj")
                    && verb >= 0
                    && CLAIMING.contains(Tree.lower(tree.token(verb).lemma()))
                    && !negated(verb);
            List<String> claimants = claim ? arguments.source(verb).actors() : List.of();
            if (!claimants.isEmpty()) {
                // "claimed responsibility for the bombing": the parser hangs "for" on the noun or on the verb.
                int act = Stream.concat(tree.children(i, "nmod").stream(), tree.children(verb, "obl").stream())
                        .filter(c -> tree.preposition(c).equals("for"))
                        .findFirst()
                        .orElse(-1);
                claims.add(new Claim(claimants, tree.token(verb).span().start(), act));
            }
            if (tree.inArticle(i) && namesAnAct(i)) {
                attribution(i).ifPresent(claims::add);
            }
        }
        return claims;
    }

    // "The attack was ascribed to the Taliban", "a bombing claimed by Islamic State", "the blast, blamed on the
    // rebels": the act is given to its author by a passive. A participle modifying the act sits inside the sentence
    // that tells it, so it counts as told after that sentence's attack.
    private Optional<Claim> attribution(int act) {
        int verb = tree.head(act);
        Token token = tree.token(act);
        boolean passiveSubject = token.deprel().equals("nsubj:pass") && verb >= 0;
        int attributing = passiveSubject
                ? verb
                : tree.children(act, "acl").stream()
                        .filter(p -> tree.token(p).pos().equals("VBN"))
                        .findFirst()
                        .orElse(-1);
        if (attributing < 0 || negated(attributing)) {
            return Optional.empty();
        }
        String lemma = Tree.lower(tree.token(attributing).lemma());
        Set<String> prepositions = ATTRIBUTING.getOrDefault(lemma, Set.of());
        List<String> authors = tree.children(attributing).stream()
                .filter(c -> tree.token(c).deprel().startsWith("obl"))
                .filter(c -> prepositions.contains(tree.preposition(c)))
                .map(c -> arguments.actorsOf(c, "").actors())
                .filter(found -> !found.isEmpty())
                .findFirst()
                .orElse(List.of());
        if (authors.isEmpty()) {
            return Optional.empty();
        }
        int offset = passiveSubject ? tree.token(attributing).span().start() : sentenceEnd(act);
        return Optional.of(new Claim(authors, offset, act));
    }

    private int sentenceEnd(int token) {
        int last = token;
        while (last + 1 < tree.size()
                && tree.token(last + 1).sentence() == tree.token(token).sentence()) {
            last++;
        }
        return tree.token(last).span().end();
    }

    private boolean negated(int verb) {
        return ModalityDetector.hasNegator(tree, verb);
    }

    // The blame or the arrest names one of the attack's victims, or names the same act ("the stabbing", "the attack")
    // while this attack is the last one told before it, which is the one such a word refers to.
    private boolean tellsOf(Event other, Event attack, List<Event> events) {
        Span evidence = other.evidence();
        boolean victimNamed = document.mentions().stream()
                .filter(m -> evidence.contains(m.span()))
                .map(Mention::actorId)
                .anyMatch(attack.targetIds()::contains);
        return victimNamed
                || (namesTheAct(evidence, attack)
                        && lastAttackBefore(other.trigger().start(), events)
                                .filter(attack::equals)
                                .isPresent());
    }

    private boolean namesTheAct(Span evidence, Event attack) {
        for (int i = 0; i < tree.size(); i++) {
            if (evidence.contains(tree.token(i).span()) && namesAnAct(i) && sameAct(i, attack)) {
                return true;
            }
        }
        return false;
    }

    private boolean namesAnAct(int token) {
        return actAt(token).isPresent();
    }

    private Optional<ActNouns.Act> actAt(int token) {
        return acts.actAt(tree.token(token));
    }

    // "The stabbing" is a stabbing, "the attack" any attack, and "the bombing" the attack whose own sentence calls it
    // one ("a bombing killed five"); "the bombing" is not the stabbing told last.
    private boolean sameAct(int noun, Event attack) {
        Optional<ActNouns.Act> act = actAt(noun);
        if (act.isEmpty()) {
            return false;
        }
        String lemma = act.get().lemma();
        boolean tellsTheTrigger = triggerLemma(attack)
                .map(trigger -> lemma.equals(trigger) || act.get().verbs().contains(trigger))
                .orElse(false);
        return ANY_ATTACK.contains(lemma) || tellsTheTrigger || inEvidence(lemma, attack.evidence());
    }

    private Optional<String> triggerLemma(Event event) {
        return tree.lemmaAt(event.trigger());
    }

    private boolean inEvidence(String lemma, Span evidence) {
        for (int i = 0; i < tree.size(); i++) {
            if (evidence.contains(tree.token(i).span())
                    && actAt(i).filter(act -> act.lemma().equals(lemma)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Event> lastAttackBefore(int offset, List<Event> events) {
        return events.stream()
                .filter(e -> e.type().equals(ASSAULT) && e.trigger().start() < offset)
                .max(Comparator.comparingInt(e -> e.trigger().start()));
    }

    private Map<List<String>, String> policeOf(Event arrest) {
        Map<List<String>, String> police = new LinkedHashMap<>();
        int at = window.sentenceOf(arrest.evidence().start());
        document.actors().stream()
                .filter(a -> a.sector().equals(POLICE) && !arrest.targetIds().contains(a.id()))
                .filter(a -> window.namedNear(a.id(), at))
                .forEach(a -> police.put(List.of(a.id()), "police"));
        return police;
    }
}
