package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Event anaphora: a stance aimed at an act ("condemned the shelling", "called the move a betrayal") is aimed at
 * whoever did it. The author is the act's possessor ("the governor's veto", "the Russian offensive"), its agent ("the
 * attack by rebels", "the decision of the court"), or else the source of the earlier event that tells the same act
 * most prominently: by its verb ("shelled" for "the shelling") or a type the noun implies ("the offensive" for an
 * ASSAULT). An owner that act was done to ("Nabil's murder") is its victim, not its author. An act nobody is named for
 * has no author: nothing is guessed. Created per document; events are added as they are coded.
 */
final class ActAuthors {
    /** The events whose target may be an act rather than an actor. */
    private static final String ASSAULT = "ASSAULT";

    static final Set<String> AIMED_TYPES = Set.of("ACCUSE", "REJECT", "PROTEST", "SUPPORT", "REQUEST");

    /** Prefix of the route by which an author was found, as it appears in an event's rule. */
    static final String ROUTE = "act-author:";

    // "The killing of a teacher", "the arrest of two men": after acts done to someone, "of" names the victim.
    private static final Set<String> DONE_TO_SOMEONE = Set.of("ASSAULT", "COERCE", "SANCTION", "ACCUSE");

    // Verbs whose subject does the act named by their object: "made the decision", "carried out the raid".
    private static final Set<String> DOING =
            Set.of("make", "take", "carry", "launch", "begin", "start", "conduct", "mount", "stage", "order", "impose");
    // Verbs whose subject made or adopted the act a relative clause tells ("the curfew the mayor imposed"): the doing
    // verbs and those of adopting, issuing and filing.
    private static final Set<String> AUTHORING = Stream.concat(
                    DOING.stream(),
                    Stream.of(
                            "approve",
                            "announce",
                            "propose",
                            "adopt",
                            "pass",
                            "introduce",
                            "issue",
                            "sign",
                            "declare",
                            "unveil",
                            "enact",
                            "draft",
                            "submit",
                            "put",
                            "file",
                            "bring",
                            "lodge",
                            "table"))
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that", "who", "whom");
    private static final Set<String> DETERMINED = Set.of("det", "nmod:poss");
    private static final Set<String> MODIFYING = Set.of("amod", "compound");
    private static final Set<String> ANAPHORIC = Set.of("the", "this", "that");
    private static final Set<String> BODY_PRONOUNS = Set.of("its", "their");
    private static final Set<Modality> HAPPENED = Set.of(Modality.ASSERTED, Modality.HISTORICAL);
    // How many sentences back "the move" or "the decision" may look for the act it refers to: news tells such a noun
    // right after the act, so a whole sentence between tells the act meant more often than not, coded or not ("Police
    // killed a man. The president sent troops. The senator criticized the move." judges the president, not the police).
    private static final int RECENT = 1;
    // How many sentences back "the move" may look for an earlier "move by the premier" that names its owner.
    private static final int MENTIONED_BACK = 8;

    private final Tree tree;
    private final Arguments arguments;
    private final ActNouns acts;
    private final TellingProminence prominence;
    private final List<Event> earlier = new ArrayList<>();
    private final Map<Span, Integer> triggers = new HashMap<>();

    ActAuthors(Document document, Tree tree, Arguments arguments, ActNouns acts) {
        this.tree = tree;
        this.arguments = arguments;
        this.acts = acts;
        this.prominence = new TellingProminence(document, tree);
        for (int i = 0; i < tree.size(); i++) {
            triggers.put(tree.token(i).span(), i);
        }
    }

    void add(Event event) {
        earlier.add(event);
    }

    void addAll(List<Event> events) {
        earlier.addAll(events);
    }

    /**
     * The author of the first of the nouns that names an act, when the event's type may be aimed at an act; an owner
     * a possessive pronoun stands for counts only when it is none of the doers ("defended his response" is the
     * subject's own act).
     */
    Arguments.Found authorOf(List<Integer> nouns, String type, List<String> doers) {
        if (!AIMED_TYPES.contains(type)) {
            return Arguments.Found.NONE;
        }
        return nouns.stream()
                .filter(noun -> act(noun).isPresent())
                .findFirst()
                .map(noun -> authorOf(noun, doers))
                .orElse(Arguments.Found.NONE);
    }

    /**
     * The author of the act a noun names, or none when the noun names no act, the article names no author, or the
     * only author is among the doers and named by a possessive pronoun.
     */
    Arguments.Found authorOf(int noun, List<String> doers) {
        Optional<ActNouns.Act> act = act(noun);
        if (act.isEmpty()) {
            return Arguments.Found.NONE;
        }
        Arguments.Found owner = arguments.possessor(noun);
        if (victims(noun, owner.actors())) {
            // "Nabil's murder": the owner is whom the act was done to; its author is whoever did the act told before.
            return toldEarlier(noun, act.get());
        }
        if (!owner.actors().isEmpty()) {
            if (!pronounPossessor(noun)) {
                return routed(owner, "possessor");
            }
            return bodyPronounPossessor(noun) ? otherThan(owner, doers) : Arguments.Found.NONE;
        }
        Arguments.Found agent = agent(noun, act.get());
        if (!agent.actors().isEmpty()) {
            return agent;
        }
        Arguments.Found named = namedEarlier(noun, act.get());
        return named.actors().isEmpty() ? toldEarlier(noun, act.get()) : named;
    }

    // "a move by the premier to silence parliament ... called the move a disgrace": a definite act noun refers back to
    // the same noun told shortly before with its owner or agent named.
    private Arguments.Found namedEarlier(int noun, ActNouns.Act act) {
        Token token = tree.token(noun);
        boolean definite = tree.hasDeterminer(noun, ANAPHORIC);
        if (!definite) {
            return Arguments.Found.NONE;
        }
        for (int i = noun - 1; i >= 0 && token.sentence() - tree.token(i).sentence() <= MENTIONED_BACK; i--) {
            boolean same = tree.token(i).isNoun()
                    && acts.actAt(tree.token(i))
                            .filter(a -> a.lemma().equals(act.lemma()))
                            .isPresent();
            if (same) {
                // The nearest mention is the one referred to: when it names nobody, nobody is known.
                Arguments.Found owner = pronounPossessor(i) ? Arguments.Found.NONE : arguments.possessor(i);
                Arguments.Found found = owner.actors().isEmpty() ? agent(i, act) : owner;
                return found.actors().isEmpty()
                        ? Arguments.Found.NONE
                        : new Arguments.Found(found.actors(), ROUTE + "earlier-mention", found.group());
            }
        }
        return Arguments.Found.NONE;
    }

    private boolean pronounPossessor(int noun) {
        return tree.children(noun, "nmod:poss").stream()
                .anyMatch(p -> tree.token(p).pos().equals("PRP$"));
    }

    // "the court ruled against its second attempt": "its" and "their" stand for a body or a country and are resolved
    // as any other pronoun. "Defended his policies" is nearly always the doer's own act, and a "his" resolved to
    // someone else invented a counterpart on unlabelled articles, so a person's pronoun names no author.
    private boolean bodyPronounPossessor(int noun) {
        return tree.children(noun, "nmod:poss").stream()
                .anyMatch(p -> BODY_PRONOUNS.contains(Tree.lower(tree.token(p).word())));
    }

    private static Arguments.Found otherThan(Arguments.Found owner, List<String> doers) {
        boolean others = owner.actors().stream().anyMatch(a -> !doers.contains(a));
        return others ? routed(owner, "possessor-pronoun") : Arguments.Found.NONE;
    }

    /**
     * Whether the noun names an act of force ("the attack", "the bombings"): one whose doer is often unknown when it is
     * judged, unlike a decision or a bill, whose author the article nearly always names.
     */
    boolean namesActOfForce(int noun) {
        return act(noun).map(a -> a.types().contains(ASSAULT)).orElse(false);
    }

    // A gerund names the act only with a determiner or an owner ("condemned the stabbing"), or hung on the word
    // that judges it ("called the stabbing barbaric" parsed with "barbaric" as the object), not as a verb.
    private Optional<ActNouns.Act> act(int noun) {
        Token token = tree.token(noun);
        boolean named = token.isNoun()
                ? !token.isProperNoun()
                : token.pos().equals("VBG")
                        && (MODIFYING.contains(token.deprel())
                                || tree.child(noun, t -> DETERMINED.contains(t.deprel()))
                                        .isPresent());
        return named ? acts.actAt(token) : Optional.empty();
    }

    // "the attack by rebels", "the decision of the court"; but "the shelling of Kharkiv" names the victim. "He made
    // the right decision", "the rebels launched the offensive": whoever makes or launches the act did it.
    private Arguments.Found agent(int noun, ActNouns.Act act) {
        boolean ofIsAgent = act.types().stream().noneMatch(DONE_TO_SOMEONE::contains);
        for (int child : tree.children(noun, "nmod")) {
            String preposition = tree.preposition(child);
            if (preposition.equals("by") || (ofIsAgent && preposition.equals("of"))) {
                Arguments.Found found = arguments.actorsOf(child, "");
                if (!found.actors().isEmpty()) {
                    return routed(found, "agent-" + preposition);
                }
            }
        }
        int verb = tree.head(noun);
        boolean done = verb >= 0
                && tree.token(noun).deprel().equals("obj")
                && DOING.contains(Tree.lower(tree.token(verb).lemma()));
        return done ? routed(arguments.source(verb), "doer") : relative(noun);
    }

    // "the curfew the mayor imposed", "the plan, which the cabinet approved", "the ban imposed by the council": a
    // relative clause that tells who made or adopted the act names its author; "the plan that angered the mayor" and
    // "the curfew the mayor never imposed" name none.
    private Arguments.Found relative(int noun) {
        for (int clause : tree.children(noun)) {
            if (relativeClause(clause) && authoring(clause) && objectIsTheNoun(clause)) {
                Arguments.Found subject = arguments.source(clause);
                if (!subject.actors().isEmpty()) {
                    return routed(subject, "relative");
                }
            }
        }
        for (int participle : tree.children(noun, "acl")) {
            if (authoring(participle) && tree.token(participle).pos().equals("VBN")) {
                Arguments.Found agent = byAgent(participle);
                if (!agent.actors().isEmpty()) {
                    return routed(agent, "relative-participle");
                }
            }
        }
        return Arguments.Found.NONE;
    }

    // The parser sometimes hangs "the curfew that the mayor imposed" as a clausal complement of the noun, with "that"
    // left unattached; a complement that takes the noun as its object is a relative clause all the same.
    private boolean relativeClause(int clause) {
        String deprel = tree.token(clause).deprel();
        return deprel.equals("acl:relcl")
                || (deprel.equals("ccomp")
                        && tree.children(clause).stream().anyMatch(c -> c < clause && relativePronoun(c)));
    }

    private boolean authoring(int verb) {
        return tree.token(verb).isVerb()
                && AUTHORING.contains(Tree.lower(tree.token(verb).lemma()))
                && !ModalityDetector.hasNegator(tree, verb);
    }

    // The noun is the clause's object: its object slot is empty or holds the relative pronoun, and its subject is no
    // relative pronoun ("the plan that angered the mayor" is the subject of its clause).
    private boolean objectIsTheNoun(int clause) {
        boolean otherObject = tree.children(clause, "obj").stream().anyMatch(o -> !relativePronoun(o));
        boolean relativeSubject = tree.children(clause).stream()
                .anyMatch(c -> tree.token(c).deprel().startsWith("nsubj") && relativePronoun(c));
        return !otherObject && !relativeSubject;
    }

    private boolean relativePronoun(int token) {
        return RELATIVE_PRONOUNS.contains(Tree.lower(tree.token(token).word()));
    }

    // The parser hangs a participle's "by" phrase on it as an oblique: "the ban imposed by the council".
    private Arguments.Found byAgent(int participle) {
        return tree.children(participle).stream()
                .filter(c -> tree.token(c).deprel().startsWith("obl")
                        || tree.token(c).deprel().startsWith("nmod"))
                .filter(c -> tree.preposition(c).equals("by"))
                .map(c -> arguments.actorsOf(c, "by-agent"))
                .filter(found -> !found.actors().isEmpty())
                .findFirst()
                .orElse(Arguments.Found.NONE);
    }

    /**
     * Whether the actors are whom the act a noun names was done to ("Nabil's murder" after "assailants attacked
     * Nabil"): the act is one done to someone and the event it retells has them among its targets.
     */
    boolean victims(int noun, List<String> actors) {
        Optional<ActNouns.Act> act = act(noun);
        if (actors.isEmpty() || act.isEmpty() || act.get().types().stream().noneMatch(DONE_TO_SOMEONE::contains)) {
            return false;
        }
        return antecedent(noun, act.get())
                .map(event -> event.targetIds().stream().anyMatch(actors::contains))
                .orElse(false);
    }

    // The event the noun retells names the act's author; when that telling names nobody, the act has no known author.
    private Arguments.Found toldEarlier(int noun, ActNouns.Act act) {
        return antecedent(noun, act)
                .filter(event -> !event.sourceIds().isEmpty())
                .map(event -> new Arguments.Found(event.sourceIds(), ROUTE + "earlier-" + act.lemma(), false))
                .orElse(Arguments.Found.NONE);
    }

    // Of the events told before the noun as having happened that tell the same act, the one told most prominently
    // (TellingProminence: told again, by a main clause, in the lead), the nearest of equals: "spoke out against the
    // attack" after a lead that tells a strike and a later sentence that names another attack in passing is the
    // strike. When the winner was itself told only in passing and another act could be meant, nothing is guessed.
    // "The move" with no act named refers to the act just told, the nearest.
    private Optional<Event> antecedent(int noun, ActNouns.Act act) {
        Token token = tree.token(noun);
        Event best = null;
        int bestScore = -1;
        int candidates = 0;
        for (Event event : earlier) {
            if (!tells(event, token, act)) {
                continue;
            }
            candidates++;
            int score = act.anyType() ? 0 : prominence.of(event);
            boolean nearer =
                    best != null && event.trigger().start() > best.trigger().start();
            if (score > bestScore || score == bestScore && nearer) {
                best = event;
                bestScore = score;
            }
        }
        if (best == null || !act.anyType() && candidates > 1 && prominence.inPassing(best)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    private boolean tells(Event event, Token noun, ActNouns.Act act) {
        Integer trigger = triggers.get(event.trigger());
        if (trigger == null || event.trigger().start() >= noun.span().start()) {
            return false;
        }
        boolean recent = !act.anyType() || noun.sentence() - tree.token(trigger).sentence() <= RECENT;
        return recent
                && HAPPENED.contains(event.modality())
                && act.toldBy(Tree.lower(tree.token(trigger).lemma()), event.type());
    }

    private static Arguments.Found routed(Arguments.Found found, String route) {
        return new Arguments.Found(found.actors(), ROUTE + route, found.group());
    }
}
