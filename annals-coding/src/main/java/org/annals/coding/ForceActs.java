package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.annals.core.Event;
import org.annals.core.MentionType;

/**
 * Acts of force told without their agent in the verb's own arguments: a victim "killed in an airstrike", an
 * "attack on the embassy" nobody is named as carrying out. The coder asks this class whether such a mention is still
 * an event and who, if anybody, did it.
 */
final class ForceActs {
    /** Target spec marking a nominal attack with no owner, coded with an empty source ("an attack on X"). */
    static final String UNCLAIMED = "unclaimed";

    /** Prefix of the route by which the owner of an act that is the verb's subject was found. */
    static final String SUBJECT_ACT = "act-subject-owner:";

    private static final String ASSAULT = "ASSAULT";
    // Prepositions that place a victim in the act: "killed in a bombing", "injured during the raid".
    private static final Set<String> ACT_PREPOSITIONS = Set.of("in", "during", "by");
    // Nouns of physical attack that name an event even when nobody claims it; "war" and "invasion" are a state's own
    // and need their owner, and "strike" needs "on" (a strike against a policy is a walkout).
    private static final Set<String> UNCLAIMED_NOUNS = Set.of("attack", "airstrike", "bombing", "strike");
    private static final List<String> UNCLAIMED_TARGETS = List.of("nmod:on", "nmod:against", UNCLAIMED);
    private static final List<String> UNCLAIMED_STRIKE_TARGETS = List.of("nmod:on", UNCLAIMED);
    // "the bombing of the embassy" is an attack on it.
    private static final List<String> UNCLAIMED_BOMBING_TARGETS =
            List.of("nmod:on", "nmod:against", "nmod:of", UNCLAIMED);
    // "a personal attack on the senator", "a verbal assault": words, not force, and ACCUSE's business.
    private static final Set<String> VERBAL_MODIFIERS =
            Set.of("personal", "verbal", "political", "rhetorical", "partisan", "scathing", "blistering");

    // A crowd coming together is a protest when it is a crowd of protesters: "demonstrators gathered outside".
    private static final Set<String> GATHERING_VERBS = Set.of("gather", "assemble", "converge", "congregate");
    private static final Set<String> PROTEST_SECTORS = Set.of("OPP");
    private static final EventLexicon.Verb PROTEST_GATHERING = new EventLexicon.Verb(
            "gather",
            "PROTEST",
            "demonstrate",
            List.of("obl:outside", "obl:around", "obl:at", "obl:near", "obl:in", "-"),
            false);

    private final Tree tree;
    private final EventLexicon lexicon;
    private final Arguments arguments;
    private final ActorIndex index;
    private final ModifierAuthors modifierAuthors;

    ForceActs(Tree tree, EventLexicon lexicon, Arguments arguments, ActorIndex index) {
        this.tree = tree;
        this.lexicon = lexicon;
        this.arguments = arguments;
        this.index = index;
        this.modifierAuthors = new ModifierAuthors(tree, index);
    }

    /** "Protesters gathered outside the embassy": a gathering verb whose subject is a crowd of protesters. */
    Optional<EventLexicon.Verb> protestGathering(int verb) {
        if (!GATHERING_VERBS.contains(Tree.lower(tree.token(verb).lemma()))) {
            return Optional.empty();
        }
        List<String> sources = arguments.source(verb).actors();
        boolean protesters = !sources.isEmpty()
                && sources.stream().allMatch(id -> index.actor(id)
                        .map(a -> PROTEST_SECTORS.contains(a.sector()))
                        .orElse(false));
        return protesters ? Optional.of(PROTEST_GATHERING) : Optional.empty();
    }

    /**
     * The act noun a passive victim was hurt in, when it is of the trigger's type: "was killed in the airstrike",
     * "were injured in a suicide bombing". Such a passive is no accident, so it codes without a named agent.
     */
    Optional<Integer> actSuffered(int verb, String type) {
        return tree.children(verb, "obl").stream()
                .filter(c -> ACT_PREPOSITIONS.contains(tree.preposition(c)))
                .filter(c -> isActOf(c, type))
                .findFirst();
    }

    // "killed in a military operation": an operation is an attack when someone is killed or wounded in it.
    private boolean isActOf(int noun, String type) {
        String lemma = Tree.lower(tree.token(noun).lemma());
        return lexicon.nouns(lemma).stream().anyMatch(n -> n.type().equals(type))
                || (type.equals(ASSAULT) && lemma.equals("operation"));
    }

    /**
     * Whoever the act a victim suffered belongs to: "killed in a US airstrike", "in Israel's bombardment". A name
     * compounded with the act is its agent here ("a United States operation"), since the victim is named already.
     */
    Arguments.Found ownerOfAct(int verb, String type) {
        return actSuffered(verb, type)
                .map(act -> {
                    Arguments.Found owner = arguments.possessor(act);
                    return owner.actors().isEmpty() ? compoundOwner(act) : owner;
                })
                .orElseGet(() -> actingSubject(verb, type)
                        .map(act -> ownerOfSubjectAct(act, type))
                        .orElse(Arguments.Found.NONE));
    }

    /**
     * The subject of the verb when it is an act of the trigger's type: "a car bombing killed five", "a Taliban attack
     * wounded two". Such a sentence tells the act happening, whoever did it.
     */
    Optional<Integer> actingSubject(int verb, String type) {
        return tree.children(verb, "nsubj").stream()
                .filter(s -> tree.token(s).isNoun() && isActOf(s, type))
                .findFirst();
    }

    // "Israel's strike killed", "an Israeli strike", "an attack by Hamas", "a Taliban attack": the act's own owner did
    // what the verb says. A place compounded with the act ("a Kabul bombing") says where, so only a body counts there,
    // or a state written as an initialism ("a U.S. strike hit").
    private Arguments.Found ownerOfSubjectAct(int act, String type) {
        Arguments.Found owner = arguments.possessor(act);
        if (owner.actors().isEmpty()) {
            owner = arguments.nounAgent(act);
        }
        if (owner.actors().isEmpty()) {
            owner = bodyCompound(act);
        }
        if (owner.actors().isEmpty()) {
            owner = modifierAuthors.author(act, type);
        }
        return owner.actors().isEmpty()
                ? owner
                : new Arguments.Found(owner.actors(), SUBJECT_ACT + owner.pattern(), owner.group());
    }

    private Arguments.Found bodyCompound(int act) {
        return tree.children(act, "compound").stream()
                .filter(c -> index.mentionAt(tree.token(c))
                        .map(m -> m.type() == MentionType.ORGANISATION)
                        .orElse(false))
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .findFirst()
                .map(actor -> new Arguments.Found(List.of(actor), "compound", false))
                .orElse(Arguments.Found.NONE);
    }

    private Arguments.Found compoundOwner(int act) {
        return tree.children(act, "compound").stream()
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .findFirst()
                .map(actor -> new Arguments.Found(List.of(actor), "act-compound", false))
                .orElse(Arguments.Found.NONE);
    }

    /** The target specs of an attack noun nobody is said to have made, or empty when it needs an owner. */
    Optional<List<String>> unclaimedTargets(int noun, String type) {
        String lemma = Tree.lower(tree.token(noun).lemma());
        boolean verbal = tree.children(noun, "amod").stream()
                .anyMatch(
                        m -> VERBAL_MODIFIERS.contains(Tree.lower(tree.token(m).lemma())));
        if (!type.equals(ASSAULT) || !UNCLAIMED_NOUNS.contains(lemma) || verbal) {
            return Optional.empty();
        }
        return Optional.of(
                switch (lemma) {
                    case "strike" -> UNCLAIMED_STRIKE_TARGETS;
                    case "bombing" -> UNCLAIMED_BOMBING_TARGETS;
                    default -> UNCLAIMED_TARGETS;
                });
    }

    /**
     * Drops an unclaimed attack when the article also codes the same attack with its agent ("Russia's strike on
     * Kyiv ... the strike on Kyiv"): one happening, one event.
     */
    static List<Event> withoutUnclaimedDuplicates(List<Event> events) {
        return Retellings.folded(
                events,
                event -> event.sourceIds().isEmpty() && event.rule().contains("/" + UNCLAIMED)
                        ? Retellings.firstIndex(events, other -> claims(other, event))
                        : OptionalInt.empty());
    }

    // A claimed telling never is an unclaimed one, so the one it absorbs a telling into is never dropped itself.
    private static boolean claims(Event other, Event unclaimed) {
        return other != unclaimed
                && !other.sourceIds().isEmpty()
                && other.type().equals(unclaimed.type())
                && other.targetIds().containsAll(unclaimed.targetIds());
    }
}
