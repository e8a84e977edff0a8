package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Token;

/**
 * Finds the actor a speaker's stance is about in the parse of what was said. A judgement ("treats the law with
 * contempt") is about the subject of its clause, or about the object when the speaker is that subject ("called the
 * minister's plan reckless"); an act of the speaker ("pray for the mayor") is aimed at its complement. A clause about
 * something that is no actor ("this is a dangerous way to govern") has no target, so it codes nothing.
 */
final class StanceTargets {
    /** The actors a stance is about and the route by which they were found. */
    record Target(List<String> actors, String route) {}

    /** The route suffix of a judged act whose author the article does not name: its target is empty. */
    static final String UNCLAIMED_ACT = "+unclaimed-act";

    /** The route suffix of a judged act of force whose author is named ("the murder", "the attack"). */
    static final String ACT_OF_FORCE = "+act-of-force";

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "myself", "ourselves");
    private static final Set<String> CLAUSE_HEADS =
            Set.of("root", "ccomp", "parataxis", "advcl", "acl", "acl:relcl", "csubj", "");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    private static final Set<String> COMPLEMENTS = Set.of("obj", "iobj", "obl", "nmod");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");
    // How the parser hangs the judged word on an adjective it took for the object: "called the stabbing barbaric".
    private static final Set<String> ADJECTIVE_OBJECT_HEADS = Set.of("amod", "compound", "nmod");
    private static final Set<String> ALIGNING_PREPOSITIONS = Set.of("with", "for", "to", "behind");

    private final Tree tree;
    private final Arguments arguments;
    private final ActAuthors authors;
    private final Demonstratives demonstratives;

    StanceTargets(Tree tree, Arguments arguments, ActAuthors authors) {
        this.tree = tree;
        this.arguments = arguments;
        this.authors = authors;
        this.demonstratives = new Demonstratives(tree);
    }

    /** The head of the clause a cue stands in: up through its phrase, not past a clause boundary. */
    int clauseHead(int cue) {
        int current = cue;
        for (int steps = 0; steps < tree.size(); steps++) {
            String deprel = tree.token(current).deprel();
            // A quoted clause the parser left unattached ("dep") or a conjoined verb is a clause of its own.
            boolean verbClause = (deprel.equals("conj") || deprel.equals("dep"))
                    && tree.token(current).isVerb();
            if (CLAUSE_HEADS.contains(deprel) || verbClause || tree.head(current) < 0) {
                return current;
            }
            current = tree.head(current);
        }
        return current;
    }

    /** Whether the cue, its clause head, or a word between them is negated ("is not a liar", "did not lie"). */
    boolean negated(int cue, List<Integer> cueWords) {
        int head = clauseHead(cue);
        for (int current = cue; current >= 0; current = tree.head(current)) {
            for (int child : tree.children(current)) {
                boolean negator = ModalityDetector.NEGATORS.contains(
                        Tree.lower(tree.token(child).word()));
                if (negator && !cueWords.contains(child)) {
                    return true;
                }
            }
            if (current == head) {
                return negatedReport(head);
            }
        }
        return false;
    }

    // "I do not think he made the right decision": the speaker denies the judgement in the reported clause.
    private boolean negatedReport(int clause) {
        int governor = tree.head(clause);
        return tree.token(clause).deprel().equals("ccomp")
                && governor >= 0
                && ModalityDetector.hasNegator(tree, governor);
    }

    /** What a judgement is about: the clause's subject, or its object when the speaker is the subject. */
    Optional<Target> about(int cue, List<Integer> cueWords, String speaker) {
        if (tree.token(cue).deprel().equals("compound")) {
            // "terrorist attacks" names a kind of attack and judges no one.
            return Optional.empty();
        }
        if (tree.token(cue).deprel().equals("nmod:poss")) {
            // "sends condolences to this hero's family": a possessor names whom it refers to, not the clause's subject.
            return Optional.empty();
        }
        if (refers(cue)) {
            return Optional.empty();
        }
        int head = clauseHead(cue);
        if (modifiesAnArgument(cue, head) && !cueWords.contains(tree.head(cue))) {
            // "Ukraine resists the illegal occupation" judges the occupation (and whoever it belongs to), not Ukraine.
            return actors(tree.head(cue), speaker, "about-modified", false);
        }
        if (!tree.children(head, "nsubj:pass").isEmpty() && head != cue) {
            // "She was portrayed as a liar" reports others' judgement, not the speaker's.
            return Optional.empty();
        }
        Optional<Integer> subject = nearestSubject(cue, head);
        Optional<Integer> doer =
                subject.flatMap(s -> demonstratives.clauseFor(s, head)).flatMap(this::subject);
        if (doer.isPresent()) {
            return isSpeaker(doer.get(), speaker)
                    ? Optional.empty()
                    : actors(doer.get(), speaker, "about-demonstrative");
        }
        if (subject.isPresent() && !isSpeaker(subject.get(), speaker)) {
            return actors(subject.get(), speaker, "about-subject");
        }
        return tree.children(head, "obj").stream()
                .findFirst()
                .map(object -> object == cue ? judgedByAdjectiveObject(cue) : antecedent(object))
                .flatMap(object -> actors(object, speaker, "about-object"));
    }

    // "the budget, which she called a disgrace": a relative pronoun names what its clause modifies.
    private int antecedent(int token) {
        int clause = tree.head(token);
        boolean relative =
                RELATIVE_PRONOUNS.contains(Tree.lower(tree.token(token).word()))
                        && clause >= 0
                        && tree.token(clause).deprel().equals("acl:relcl")
                        && tree.head(clause) >= 0;
        return relative ? tree.head(clause) : token;
    }

    // "called the stabbing barbaric", parsed with the adjective as the object: what it judges is the word it governs.
    private int judgedByAdjectiveObject(int adjective) {
        return tree.children(adjective).stream()
                .filter(c -> ADJECTIVE_OBJECT_HEADS.contains(tree.token(c).deprel()))
                .filter(c -> tree.token(c).isNoun() || tree.token(c).pos().equals("VBG"))
                .findFirst()
                .orElse(adjective);
    }

    /** Whether a verb of naming is passive ("was described by the minister as reckless"). */
    boolean passive(int verb) {
        return !tree.children(verb, "nsubj:pass").isEmpty();
    }

    /** What a passive verb of naming judges: its subject, "the plan" in "the plan was called reckless by X". */
    Optional<Target> passiveSubject(int verb, String judge) {
        return tree.children(verb, "nsubj:pass").stream()
                .findFirst()
                .flatMap(subject -> actors(subject, judge, "about-passive-subject"));
    }

    /** Whom the speaker's act is aimed at; nothing when someone else does it. */
    Optional<Target> act(int cue, String speaker) {
        int head = clauseHead(cue);
        if (doneByAnother(cue, speaker)) {
            return Optional.empty();
        }
        for (int child : tree.children(cue)) {
            if (COMPLEMENTS.contains(tree.token(child).deprel())) {
                Optional<Target> target = actors(child, speaker, "act-complement");
                if (target.isPresent() && !target.get().actors().isEmpty()) {
                    return target;
                }
            }
        }
        for (int current = tree.head(cue); current >= 0; current = tree.head(current)) {
            if (ALIGNING_PREPOSITIONS.contains(tree.preposition(current))) {
                Optional<Target> aligned = actors(current, speaker, "act-aligned");
                if (aligned.isPresent() && !aligned.get().actors().isEmpty()) {
                    return aligned;
                }
            }
            if (current == head) {
                break;
            }
        }
        return Optional.empty();
    }

    // "They pray for" is someone else's prayer; "everybody's sympathies" may be the speaker's own, "Russia's" not.
    private boolean doneByAnother(int cue, String speaker) {
        Token token = tree.token(cue);
        if (token.isVerb() || token.pos().startsWith("JJ")) {
            return subject(cue).map(s -> !isSpeaker(s, speaker)).orElse(false);
        }
        return tree.children(cue, "nmod:poss").stream()
                .anyMatch(owner -> !isSpeaker(owner, speaker)
                        && !arguments.actorsOf(owner, "").actors().isEmpty());
    }

    // "in pursuit of the perpetrators", "to bring the culprits to justice": a definite noun in an argument slot refers
    // to people the text has in mind; only said of someone ("X are the perpetrators") does it judge them.
    private boolean refers(int cue) {
        Token token = tree.token(cue);
        boolean argument = Set.of("obj", "nmod").contains(token.deprel())
                || (token.deprel().equals("obl") && !tree.preposition(cue).equals("as"));
        return token.isNoun()
                && argument
                && tree.children(cue, "det").stream()
                        .anyMatch(d -> Tree.lower(tree.token(d).word()).equals("the"));
    }

    // An adjective on a noun that is what the clause says of its subject ("this is a reckless plan", "called it a
    // reckless plan") judges the subject; on any other noun it judges that noun, unless the cue names the noun too
    // ("made the right decision").
    private boolean modifiesAnArgument(int cue, int head) {
        if (!tree.token(cue).deprel().equals("amod")) {
            return false;
        }
        int noun = tree.head(cue);
        String role = tree.token(noun).deprel();
        // "called the decision 'a courageous step'": the parser hangs the quoted predicate loosely on the object.
        boolean predicate = noun == head
                || tree.looseOnObject(noun)
                || role.equals("xcomp")
                || (role.equals("obl") && tree.preposition(noun).equals("as"));
        return !predicate;
    }

    // The small clause's own subject comes first: in "called the deal 'lousy'" the deal is what is lousy.
    private Optional<Integer> nearestSubject(int cue, int head) {
        for (int current = cue; current >= 0 && current != head; current = tree.head(current)) {
            Optional<Integer> own = tree.child(current, t -> SUBJECTS.contains(t.deprel()));
            if (own.isPresent()) {
                return own;
            }
        }
        return subject(head);
    }

    /**
     * The actors someone other than the speaker, told to act or joined by the speaker, names or resolves to ("they
     * should leave", "I am with him"), found by {@code route}; none when that is the speaker.
     */
    Optional<Target> others(int token, String speaker, String route) {
        return isSpeaker(token, speaker)
                ? Optional.empty()
                : actors(token, speaker, route, false).filter(t -> !t.actors().isEmpty());
    }

    /** Whether the speaker says {@code word} of themselves: its subject is "I" or "we" ("I urge", "we are with"). */
    boolean firstPersonSubject(int word) {
        return tree.children(word, "nsubj").stream()
                .anyMatch(s -> StanceCoder.FIRST_PERSON_SUBJECTS.contains(
                        Tree.lower(tree.token(s).word())));
    }

    /** The subject of a clause head, or of its first conjunct when it has none of its own. */
    Optional<Integer> subjectOf(int head) {
        return subject(head);
    }

    // A subject without its own, in a conjoined verb ("he knows it and lies"), is its first conjunct's.
    private Optional<Integer> subject(int head) {
        Optional<Integer> own = tree.child(head, t -> SUBJECTS.contains(t.deprel()));
        if (own.isEmpty() && tree.token(head).deprel().equals("conj") && tree.head(head) >= 0) {
            return tree.child(tree.head(head), t -> SUBJECTS.contains(t.deprel()));
        }
        return own;
    }

    private boolean isSpeaker(int token, String speaker) {
        return firstPerson(token) || arguments.actorsOf(token, "").actors().equals(List.of(speaker));
    }

    // The actor named, or else the one the named thing belongs to ("the minister's plan", "the family of the victim").
    private Optional<Target> actors(int token, String speaker, String route) {
        return actors(token, speaker, route, true);
    }

    // "Of" names the owner of a plan but the victim of an annexation, so a judged act takes only its possessor.
    private Optional<Target> actors(int token, String speaker, String route, boolean ofOwner) {
        if (firstPerson(token)) {
            return Optional.empty();
        }
        List<String> named = others(arguments.actorsOf(token, route).actors(), speaker);
        if (!named.isEmpty()) {
            return Optional.of(new Target(named, route));
        }
        for (int child : tree.children(token)) {
            boolean owner = tree.token(child).deprel().equals("nmod:poss")
                    || (ofOwner
                            && tree.token(child).deprel().equals("nmod")
                            && tree.preposition(child).equals("of"));
            List<String> owners =
                    owner ? others(arguments.actorsOf(child, route).actors(), speaker) : List.of();
            // "Nabil's murder is unacceptable" judges the murderer, not Nabil.
            if (!owners.isEmpty() && !firstPerson(child) && !authors.victims(token, owners)) {
                return Optional.of(new Target(owners, route + "+owner"));
            }
        }
        return authorOfAct(token, speaker, route);
    }

    // "called the move a betrayal": a judged act is a judgement of whoever did it.
    private Optional<Target> authorOfAct(int token, String speaker, String route) {
        Arguments.Found author = authors.authorOf(token, List.of(speaker));
        List<String> named = others(author.actors(), speaker);
        if (named.isEmpty()) {
            // "described the bombings as a cowardly act": an attack nobody is named as making is judged all the same.
            return authors.namesActOfForce(token)
                    ? Optional.of(new Target(List.of(), route + UNCLAIMED_ACT))
                    : Optional.empty();
        }
        String force = authors.namesActOfForce(token) ? ACT_OF_FORCE : "";
        return Optional.of(new Target(named, route + "+" + author.pattern() + force));
    }

    // "Let's" is "let us".
    private boolean firstPerson(int token) {
        Token t = tree.token(token);
        String word = Tree.lower(t.word());
        return FIRST_PERSON.contains(word) || (word.equals("'s") && t.pos().equals("PRP"));
    }

    private static List<String> others(List<String> actors, String speaker) {
        return actors.stream().filter(a -> !a.equals(speaker)).toList();
    }
}
