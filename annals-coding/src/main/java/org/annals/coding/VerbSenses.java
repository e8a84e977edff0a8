package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Senses of a verb that its complement decides, read before the verb's own lexicon entry: a preposition ("voted
 * against X" opposes X where "voted for X" supports X), a court's finding ("ruled that X lacked authority",
 * "declared the ban unlawful"), which goes against whoever the finding is about, or a meeting as the purpose
 * ("invited X to talks", "gathered in Cairo to discuss"), which makes an invitation or a gathering a consultation;
 * or the means of support ({@link MaterialSupport}: "supports the SDF through training" is aid), goods handed to a
 * recipient ({@link DeliveredGoods}: "delivered doses of vaccine to Samoa" is aid), or a phrase's noun
 * opening a name ({@link NamedComplements}: "joined Jordan in Exercise Eager Lion").
 */
final class VerbSenses {
    private static final String REJECT = "REJECT";
    private static final String RULING = "ruling";
    private static final Set<String> RULING_VERBS = Set.of("rule", "declare");
    // What a court finds against a party: a breach, a lack of power, or a verdict of invalidity.
    private static final Set<String> ADVERSE_FINDINGS = Set.of(
            "lack",
            "violate",
            "breach",
            "infringe",
            "exceed",
            "discriminate",
            "abuse",
            "unconstitutional",
            "unlawful",
            "illegal",
            "invalid",
            "void",
            "liable",
            "wrongful",
            "improper",
            "inadmissible");
    // How a party acted, by the finding: "ruled that the police had acted unlawfully".
    private static final Set<String> ADVERSE_MANNERS =
            Set.of("unlawfully", "illegally", "unconstitutionally", "improperly", "wrongfully");

    private static final String CONSULT = "CONSULT";
    private static final String INVITE = "invite";
    // Coming together is consulting when the purpose is a meeting; a crowd gathering to protest is ForceActs'.
    private static final Set<String> GATHERING_VERBS = Set.of("gather", "convene", "assemble");
    private static final Set<String> PURPOSE_RELATIONS = Set.of("xcomp", "advcl");
    private static final Set<String> INVITED_TO = Set.of("to", "for");

    private final Tree tree;
    private final EventLexicon lexicon;
    private final MaterialSupport materialSupport;
    private final DeliveredGoods deliveredGoods;
    private final NamedComplements namedComplements;

    VerbSenses(Tree tree, EventLexicon lexicon) {
        this.tree = tree;
        this.lexicon = lexicon;
        this.materialSupport = new MaterialSupport(tree, lexicon);
        this.deliveredGoods = new DeliveredGoods(tree);
        this.namedComplements = new NamedComplements(tree, lexicon);
    }

    /** The sense the verb's complements give it, if one of them decides it. */
    Optional<EventLexicon.Verb> of(int verb) {
        return prepositional(verb)
                .or(() -> adverseFinding(verb))
                .or(() -> meetingPurpose(verb))
                .or(() -> materialSupport.of(verb))
                .or(() -> deliveredGoods.of(verb))
                .or(() -> namedComplements.of(verb));
    }

    // verbs.tsv lists such senses as the verb and its preposition ("vote against"); the preposition must mark one of
    // the verb's own dependents, so "voted on the bill against the advice" is no vote against anyone.
    private Optional<EventLexicon.Verb> prepositional(int verb) {
        String lemma = Tree.lower(tree.token(verb).lemma());
        return tree.children(verb).stream()
                .filter(c -> tree.token(c).deprel().equals("obl"))
                .map(c -> tree.preposition(c))
                .filter(p -> !p.isEmpty())
                .map(p -> lexicon.verb(lemma + " " + p))
                .flatMap(Optional::stream)
                .findFirst();
    }

    // "ruled that the governor lacked the authority", "ruled the ministry's practice unconstitutional", "declared
    // the suspension unlawful": the party the finding is about is the one ruled against.
    private Optional<EventLexicon.Verb> adverseFinding(int verb) {
        if (!RULING_VERBS.contains(Tree.lower(tree.token(verb).lemma()))) {
            return Optional.empty();
        }
        boolean clause = tree.children(verb, "ccomp").stream().anyMatch(c -> adverse(c) && hasSubject(c));
        if (clause) {
            return Optional.of(
                    new EventLexicon.Verb("rule against", REJECT, RULING, List.of(Arguments.CLAUSE_SUBJECT), false));
        }
        boolean predicative = tree.children(verb, "xcomp").stream().anyMatch(this::adverse);
        // The parser gives the party either to the verb ("declared [the ban] unlawful") or to the adjective.
        List<String> party = List.of("obj", Arguments.SMALL_CLAUSE_SUBJECT);
        return predicative
                ? Optional.of(new EventLexicon.Verb("rule against", REJECT, RULING, party, false))
                : Optional.empty();
    }

    private boolean adverse(int predicate) {
        boolean manner = tree.children(predicate, "advmod").stream()
                .anyMatch(m -> ADVERSE_MANNERS.contains(Tree.lower(tree.token(m).word())));
        return (manner
                        || ADVERSE_FINDINGS.contains(
                                Tree.lower(tree.token(predicate).lemma())))
                && !ModalityDetector.hasNegator(tree, predicate);
    }

    private boolean hasSubject(int clause) {
        return tree.children(clause).stream().anyMatch(c -> Set.of("nsubj", "nsubj:pass")
                .contains(tree.token(c).deprel()));
    }

    // "invited Turkey to open dialogue", "invited the rebels to talks": an invitation to meet consults its guest;
    // "invited him to perform" is no event. "The ministers gathered in Cairo to discuss the crisis": those who come
    // together to talk consult one another.
    private Optional<EventLexicon.Verb> meetingPurpose(int verb) {
        String lemma = Tree.lower(tree.token(verb).lemma());
        boolean invitation = lemma.equals(INVITE) && invitedToMeet(verb);
        boolean gathering = GATHERING_VERBS.contains(lemma) && purposes(verb).anyMatch(this::consulting);
        if (invitation) {
            return Optional.of(new EventLexicon.Verb("invite to talks", CONSULT, "talk", List.of("obj"), false));
        }
        return gathering
                ? Optional.of(new EventLexicon.Verb("gather to talk", CONSULT, "meet", List.of("obl:with"), true))
                : Optional.empty();
    }

    private boolean invitedToMeet(int verb) {
        boolean toMeeting = tree.children(verb, "obl").stream()
                .filter(c -> INVITED_TO.contains(tree.preposition(c)))
                .anyMatch(this::meetingNoun);
        return toMeeting || purposes(verb).anyMatch(this::consulting);
    }

    private Stream<Integer> purposes(int verb) {
        return tree.children(verb).stream()
                .filter(c -> PURPOSE_RELATIONS.contains(tree.token(c).deprel())
                        && tree.token(c).isVerb());
    }

    // "to discuss", "to hold talks", "to open dialogue": a consulting verb, or a verb whose object is a meeting.
    private boolean consulting(int clause) {
        boolean verb = lexicon.verb(tree.token(clause).lemma())
                .map(v -> v.type().equals(CONSULT))
                .orElse(false);
        return verb || tree.children(clause, "obj").stream().anyMatch(this::meetingNoun);
    }

    private boolean meetingNoun(int noun) {
        return lexicon.nouns(tree.token(noun).lemma()).stream()
                .anyMatch(n -> n.type().equals(CONSULT));
    }
}
