package org.annals.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;
import org.annals.core.Token;

/** Finds the actors filling a predicate's source and target slots in the dependency parse. */
final class Arguments {
    /** The actors found and how: {@code pattern} names the syntactic route, {@code group} a plural expanded. */
    record Found(List<String> actors, String pattern, boolean group) {
        static final Found NONE = new Found(List.of(), "", false);
    }

    /** Suffix of a target pattern found through the possessor of the dependent ("condemned Russia's war"). */
    static final String POSSESSED = "+possessor";
    /** Suffix of a target pattern found through the body a gathering is named after ("hosted the SCO summit"). */
    static final String CONVENED = "+convener";

    /** Suffix of a pattern found through the body a person acts for ("a spokesman for the State Department"). */
    static final String AFFILIATED = "+affiliation";

    /** Suffix of a target pattern found through a conjoined verb's object ("arrested a man and released him"). */
    static final String SHARED_OBJECT = "+conjunct-object";

    /** Target spec for whoever answers a request: the subject of the verb the request noun hangs on. */
    static final String ANSWERER = "answerer";

    /** Target spec for the subject of the verb's reported clause ("alleged the ministry had lied"). */
    static final String CLAUSE_SUBJECT = "clause-subject";

    /** Target spec for the subject the parser gives a verb's predicative complement ("declared the ban unlawful"). */
    static final String SMALL_CLAUSE_SUBJECT = "small-clause-subject";

    // Object pronouns and whether each is plural.
    static final Set<String> REFLEXIVES =
            Set.of("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves");
    private static final Map<String, Boolean> OBJECT_PRONOUNS = Map.of("him", false, "her", false, "them", true);
    private static final Set<String> INHERITING = Set.of("xcomp", "advcl", "conj", "dep");
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    private static final Set<String> PERSONAL_RELATIVES = Set.of("who", "whom");
    private static final Set<String> COUNTRY_GROUP_NOUNS = Set.of("country", "nation", "government", "state", "side");
    // Nouns for people by office, role or kin: "the two parents", "both brothers" are the two persons just named.
    private static final Set<String> PERSON_GROUP_NOUNS = Set.of(
            "leader",
            "president",
            "man",
            "woman",
            "minister",
            "head",
            "counterpart",
            "parent",
            "brother",
            "sister",
            "son",
            "daughter",
            "defendant",
            "journalist",
            "politician",
            "lawmaker",
            "candidate");
    // People a name before the noun says the origin of: "a Cheltenham man", "the Paris residents".
    static final Set<String> PERSON_NOUNS =
            union(PERSON_GROUP_NOUNS, Set.of("resident", "citizen", "student", "boy", "girl", "driver", "native"));
    // Members, representatives and delegations are affiliations (affiliations.tsv), read before these.
    private static final Set<String> PARTITIVES = Set.of(
            "some",
            "many",
            "most",
            "all",
            "several",
            "part",
            "each",
            "navy",
            "army",
            "force",
            // "the governments of Spain and Italy": the singular is an actor of its own; the plural stands for the
            // states coordinated after "of".
            "government",
            // "both houses of the French Parliament", "the two chambers of Congress": a chamber acts as its
            // legislature.
            "house",
            "chamber",
            // "thousands of protesters", "a group of activists", "a number of legislators": a crowd is its people.
            "thousand",
            "hundred",
            "dozen",
            "million",
            "score",
            "group",
            "crowd",
            "number");
    private static final Set<String> UNMARKED_NAMING = Set.of("flat", "dep");
    private static final Set<String> NAMING_VERBS = Set.of("name", "call", "identify");
    // Gatherings named after the body that convenes them: "the NATO summit", "the SCO forum".
    static final Set<String> GATHERINGS = Set.of("summit", "conference", "forum", "congress", "assembly");
    // "accused X of", "jailed X for", "charged X with": what the object is held to have done.
    private static final Set<String> CHARGE_MARKERS = Set.of("of", "for", "with");
    private static final Set<String> TIME_MARKS = Set.of("after", "before", "upon", "on", "since", "until", "while");
    private static final Set<String> GROUP_MARKERS = Set.of("both", "two");
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "these", "those");

    private static final Set<MentionType> NAMES =
            Set.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.LOCATION);

    private final Tree tree;
    private final ActorIndex index;
    private final AffiliatedPeople affiliations;
    private final Instruments instruments;
    private final BetweenParties betweenParties;
    private final PlacesOfPhrases places;
    private final MediaOfPhrases media;
    private final OutsideAgents outside;
    private final NameRootedClauses rooted;
    private final DocumentAuthors documents;

    Arguments(Tree tree, ActorIndex index) {
        this.tree = tree;
        this.index = index;
        this.outside = new OutsideAgents(tree);
        this.rooted = new NameRootedClauses(tree);
        this.affiliations =
                new AffiliatedPeople(tree, index, token -> actorsOf(token, "").actors());
        this.instruments = new Instruments(tree, index);
        this.betweenParties = new BetweenParties(tree);
        this.places = new PlacesOfPhrases(tree, index);
        this.media = new MediaOfPhrases(tree, index);
        this.documents = new DocumentAuthors(tree, index);
    }

    /** The actors doing what the verb says: its subject, a controller's subject, or a passive agent. */
    Found source(int verb) {
        Found owner = undertakingOwner(verb);
        if (!owner.actors().isEmpty()) {
            return owner;
        }
        int current = verb;
        String pattern = "nsubj";
        for (int depth = 0; depth < 5 && current >= 0; depth++) {
            if (outside.partnerPurpose(current)) {
                pattern = "with-partner-controller";
                current = tree.head(current);
                continue;
            }
            int clause = current;
            List<Integer> subjects = tree.children(current, "nsubj").stream()
                    .filter(subject -> !media.markedSubject(clause, subject))
                    .toList();
            if (!subjects.isEmpty()) {
                return subjectActors(resolveRelative(subjects.get(0), current), pattern);
            }
            Optional<Integer> rootedName = rooted.subject(current);
            if (rootedName.isPresent()) {
                return actorsOf(rootedName.get(), pattern + "+name-root");
            }
            if (strandedConjunct(current)) {
                pattern = "finite-conj-controller";
                current = tree.head(tree.head(current));
                continue;
            }
            List<Integer> agents = agents(current);
            Token token = tree.token(current);
            List<Integer> passiveSubjects = tree.children(current, "nsubj:pass");
            if (current == tree.head(verb)
                    && !passiveSubjects.isEmpty()
                    && tree.token(verb).deprel().equals("xcomp")) {
                // "Lam was asked to resign": the passive subject, not the agent, controls the xcomp.
                return actorsOf(resolveRelative(passiveSubjects.get(0), current), "xcomp-passive-controller");
            }
            if (!passiveSubjects.isEmpty() || isPassive(current)) {
                return agents.isEmpty() ? Found.NONE : actorsOf(agents.get(0), "passive-agent");
            }
            if (token.deprel().equals("acl") && (current == verb || setOffParticiple(current))) {
                return aclSource(current, token.head());
            }
            if (!inherits(token)) {
                return Found.NONE;
            }
            Found controller = objectController(current);
            if (!controller.actors().isEmpty() || objectControlled(current)) {
                return controller;
            }
            if (depth == 0) {
                pattern = token.deprel() + "-controller";
            }
            current = token.head();
        }
        return Found.NONE;
    }

    // "RIAA's notice alleged", "The letter condemned": a document that names no actor acts for its author.
    private Found subjectActors(int subject, String pattern) {
        Found found = actorsOf(subject, pattern);
        if (!found.actors().isEmpty()) {
            return found;
        }
        return documents
                .author(subject)
                .map(author -> new Found(List.of(author), pattern + DocumentAuthors.ROUTE, false))
                .orElse(found);
    }

    // "the ministry, blaming Iran" is the ministry; "posted a message blaming Iran" is whoever posted the message,
    // and so is "addressed reporters, calling for": a participle set off after an object goes with the clause, as
    // does one set off after a place ("will return to the Gulf, visiting Saudi Arabia"), which never acts itself.
    private Found aclSource(int participle, int noun) {
        if (places.place(noun) && setOffParticiple(participle)) {
            return adjunctSource(participle, noun);
        }
        // "posted a message on Twitter blaming Iran": the parser hangs the participle on the medium, comma or not,
        // but a channel never blames; the one who posted does.
        if (media.medium(noun)) {
            return clauseSource(participle, noun, "participle-medium-");
        }
        Found governor = actorsOf(noun, "acl-governor");
        if (governor.actors().isEmpty() && index.actorAt(tree.token(noun)).isEmpty()) {
            Found adjunct = adjunctSource(participle, noun);
            if (!adjunct.actors().isEmpty()) {
                return adjunct;
            }
        }
        int verb = tree.head(noun);
        boolean ofAnObject = tree.token(noun).deprel().equals("obj")
                && verb >= 0
                && tree.token(verb).isVerb();
        boolean setOff = participle > 0 && tree.token(participle - 1).word().equals(",");
        if (!ofAnObject || (!governor.actors().isEmpty() && !setOff)) {
            return governor;
        }
        Found speaker = source(verb);
        return speaker.actors().isEmpty()
                ? governor
                : new Found(speaker.actors(), "acl-message-" + speaker.pattern(), speaker.group());
    }

    // ", committing to send more troops" after "was forceful in blaming Iran for the attack": a participle set off by
    // a comma after a noun of a phrase that names no actor is an adjunct of the clause, and has the clause's subject.
    // "the explosion in the market, killing twelve" has a thing for subject and so no source.
    private Found adjunctSource(int participle, int noun) {
        return setOffParticiple(participle) ? clauseSource(participle, noun, "participle-adjunct-") : Found.NONE;
    }

    // The subject of the clause a phrase's noun belongs to, for a participle hung on that noun.
    private Found clauseSource(int participle, int noun, String route) {
        int clause = noun;
        for (int depth = 0; depth < 4 && clause >= 0 && tree.token(clause).isNoun(); depth++) {
            clause = tree.head(clause);
        }
        String relation = tree.token(noun).deprel();
        boolean inAPhrase = relation.startsWith("obl") || relation.startsWith("nmod");
        if (clause < 0 || !inAPhrase) {
            return Found.NONE;
        }
        Found subject = source(clause);
        return new Found(subject.actors(), route + subject.pattern(), subject.group());
    }

    private boolean setOffParticiple(int participle) {
        return participle > 0
                && tree.token(participle).pos().equals("VBG")
                && tree.token(participle - 1).word().equals(",");
    }

    // "the Iraqi mission to recapture Mosul", "Iraq's efforts to destroy Daesh": the undertaking's owner acts.
    private Found undertakingOwner(int verb) {
        return outside.undertaking(verb)
                .map(this::possessor)
                .filter(found -> !found.actors().isEmpty())
                .map(found -> new Found(found.actors(), "undertaking-owner", found.group()))
                .orElse(Found.NONE);
    }

    /**
     * Who undergoes a passive verb, and so is its target: the passive subject ("who" standing for the name before
     * it), or the noun a passive participle modifies ("the activist arrested by police").
     */
    Optional<Integer> patient(int verb) {
        Optional<Integer> subject =
                tree.children(verb, "nsubj:pass").stream().findFirst().map(s -> resolveRelative(s, verb));
        if (subject.isPresent()) {
            return subject;
        }
        return isReducedPassive(verb)
                ? Optional.of(tree.head(verb))
                : conjoinedPatient(verb).or(() -> adverbialPatient(verb)).or(() -> rooted.patient(verb));
    }

    // "died after being shot", "served eight years before being granted clemency": a passive in a clause of time has
    // no subject of its own and undergoes what the subject of the clause it modifies names. "Without being charged"
    // is left out: it tells an act that did not happen.
    private Optional<Integer> adverbialPatient(int verb) {
        Token token = tree.token(verb);
        if (!token.deprel().equals("advcl")
                || token.head() < 0
                || tree.children(verb, "aux:pass").isEmpty()
                || !TIME_MARKS.contains(tree.preposition(verb))) {
            return Optional.empty();
        }
        int clause = token.head();
        List<Integer> subjects = new ArrayList<>(tree.children(clause, "nsubj:pass"));
        subjects.addAll(tree.children(clause, "nsubj"));
        return subjects.stream().findFirst().map(s -> resolveRelative(s, clause));
    }

    // "was arrested in 1963 and was imprisoned until 1974", "co-founded the party but was arrested", "was arrested
    // by police and charged": a passive conjunct without a subject of its own undergoes what the subject of the
    // clause it is conjoined to names.
    private Optional<Integer> conjoinedPatient(int verb) {
        int current = verb;
        boolean passive = isPassive(verb);
        for (int depth = 0; depth < 5 && tree.token(current).deprel().equals("conj"); depth++) {
            current = tree.head(current);
            if (current < 0) {
                return Optional.empty();
            }
            passive |= tree.token(verb).pos().equals("VBN")
                    && (isPassive(current)
                            || !tree.children(current, "nsubj:pass").isEmpty());
            List<Integer> subjects = new ArrayList<>(tree.children(current, "nsubj:pass"));
            subjects.addAll(tree.children(current, "nsubj"));
            if (!subjects.isEmpty()) {
                return passive ? Optional.of(resolveRelative(subjects.get(0), current)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether some dependent named by a "~SPEC" in specs is present, which licenses an event without target. */
    boolean anchored(List<Integer> heads, List<String> specs) {
        return specs.stream().filter(spec -> spec.startsWith("~")).anyMatch(spec -> heads.stream()
                .anyMatch(head -> !dependents(head, spec.substring(1)).isEmpty()));
    }

    /** Whether a dependent named by a "!SPEC" is present, which means the verb is used in another sense. */
    boolean excluded(List<Integer> heads, List<String> specs) {
        return specs.stream().filter(spec -> spec.startsWith("!")).anyMatch(spec -> heads.stream()
                .anyMatch(head -> !dependents(head, spec.substring(1)).isEmpty()));
    }

    private List<Integer> agents(int verb) {
        List<Integer> direct = tree.children(verb).stream()
                .filter(c -> tree.token(c).deprel().equals("obl:agent")
                        || (tree.token(c).deprel().equals("obl")
                                && tree.preposition(c).equals("by")))
                .toList();
        if (!direct.isEmpty()) {
            return direct;
        }
        List<Integer> hands = outside.atTheHandsOf(verb);
        return hands.isEmpty() ? agentsOfTheMeans(verb) : hands;
    }

    // "was condemned in a statement by Egypt", "was arrested in a raid by police": the parser hangs the agent on the
    // noun naming how it was done; whoever made the statement or the raid did the act. Only an actor counts, so
    // "in a park by the river" finds nobody.
    private List<Integer> agentsOfTheMeans(int verb) {
        return tree.children(verb, "obl").stream()
                .flatMap(means -> tree.children(means, "nmod").stream())
                .filter(c -> tree.preposition(c).equals("by"))
                .filter(c -> !actorsOf(c, "").actors().isEmpty())
                .toList();
    }

    // "predicted Trump would lose and asked voters to ...", "did not want the U.S. to intervene and calls on ...": a
    // finite verb cannot share the "to" or the modal of the bare verb the parser conjoined it to, so it goes with the
    // clause above that verb and has that clause's subject.
    private boolean strandedConjunct(int verb) {
        Token token = tree.token(verb);
        int head = token.head();
        return token.deprel().equals("conj")
                && FINITE_TAGS.contains(token.pos())
                && tree.children(verb, "aux").isEmpty()
                && tree.children(verb, "aux:pass").isEmpty()
                && head >= 0
                && tree.token(head).pos().equals("VB")
                && tree.head(head) >= 0
                && underToOrModal(head);
    }

    private boolean underToOrModal(int verb) {
        return Stream.concat(tree.children(verb, "mark").stream(), tree.children(verb, "aux").stream())
                .map(tree::token)
                .anyMatch(t -> t.pos().equals("TO") || t.pos().equals("MD"));
    }

    // A bare "dep" is often a parser's guess; only a participle clause (", accusing her of ...", ", having
    // placed him under arrest") reliably shares its governor's subject.
    private boolean inherits(Token token) {
        return INHERITING.contains(token.deprel())
                && (!token.deprel().equals("dep")
                        || !token.isVerb()
                        || token.pos().equals("VBG")
                        || perfectParticiple(token));
    }

    private boolean perfectParticiple(Token token) {
        return token.pos().equals("VBN")
                && tree.children(token.index(), "aux").stream()
                        .anyMatch(a -> Tree.lower(tree.token(a).word()).equals("having"));
    }

    // "has been killed" without a passive subject in the parse is still passive: its subject is not the killer.
    private boolean isPassive(int verb) {
        return isReducedPassive(verb) || !tree.children(verb, "aux:pass").isEmpty();
    }

    // A past participle modifying a noun is passive: "the activist arrested by police" is arrested, not arresting.
    private boolean isReducedPassive(int verb) {
        Token token = tree.token(verb);
        return token.deprel().equals("acl")
                && token.pos().equals("VBN")
                && token.head() >= 0
                && tree.token(token.head()).isNoun();
    }

    // "urged Russia to withdraw": the object of the governing verb does what the xcomp says; "accused Iran of
    // attacking", "jailed him for stabbing": the object did what the gerund says.
    private Found objectController(int clause) {
        String pattern;
        Set<String> controllers;
        if (tree.token(clause).deprel().equals("xcomp")
                && !tree.token(clause).pos().equals("VBG")) {
            // "urged Russia to withdraw"; a participle the parser hung on as xcomp ("addressed reporters, calling
            // for ...") is done by the subject, not the object.
            pattern = "xcomp-object-controller";
            controllers = Set.of("obj");
        } else if (isGerundOfCharge(clause)) {
            // "was jailed for stabbing": the one jailed, not the agent.
            pattern = "gerund-object-controller";
            controllers = Set.of("obj", "nsubj:pass");
        } else {
            return Found.NONE;
        }
        return tree.children(tree.head(clause)).stream()
                .filter(o -> o != clause && controllers.contains(tree.token(o).deprel()))
                .findFirst()
                .map(o -> actorsOf(o, pattern))
                .orElse(Found.NONE);
    }

    // "advised her to kill": a personal pronoun object controls the xcomp even when it stays unresolved; a noun object
    // may be the parser's misreading of a noun the xcomp belongs to ("developing plans to attack").
    private boolean objectControlled(int clause) {
        Token token = tree.token(clause);
        return token.deprel().equals("xcomp")
                && !token.pos().equals("VBG")
                && token.head() >= 0
                && tree.children(token.head(), "obj").stream()
                        .anyMatch(c -> c != clause && tree.token(c).pos().equals("PRP"));
    }

    private boolean isGerundOfCharge(int clause) {
        Token token = tree.token(clause);
        return token.deprel().equals("advcl")
                && token.pos().equals("VBG")
                && CHARGE_MARKERS.contains(tree.preposition(clause));
    }

    /** The possessor of a noun ("Moscow's invasion"). */
    Found possessor(int noun) {
        List<Integer> possessors = tree.children(noun, "nmod:poss");
        return possessors.isEmpty() ? nationalityModifier(noun) : actorsOf(possessors.get(0), "possessor");
    }

    /**
     * Whose act an event noun names through "by": "the bombing of the embassy by the rebels", "an appeal by the
     * prosecution". Only an actor counts, so "a protest by night" names nobody.
     */
    Found nounAgent(int noun) {
        Stream<Integer> byPhrases = tree.children(noun, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("by"));
        return Stream.concat(byPhrases, outside.atTheHandsOf(noun).stream())
                .map(c -> actorsOf(c, "by-agent"))
                .filter(found -> !found.actors().isEmpty())
                .findFirst()
                .orElse(Found.NONE);
    }

    /** Who made a request: its possessor ("Kyiv's request") or the actor after "of" ("the request of Kyiv"). */
    Found requester(int noun) {
        Found possessor = possessor(noun);
        return possessor.actors().isEmpty() ? ofActor(noun) : possessor;
    }

    // "Hungary refused Kyiv's request", "she will comply with the request of X": the one who answers is the subject.
    private Found answerer(int noun) {
        int verb = tree.head(noun);
        if (verb < 0 || !tree.token(verb).isVerb()) {
            return Found.NONE;
        }
        Found subject = source(verb);
        return new Found(subject.actors(), ANSWERER, subject.group());
    }

    /**
     * Whether a bare event noun names whose act it is: a possessor ("Moscow's invasion"), a nationality adjective
     * ("the Russian invasion", "Israeli strikes") or an actor after "by" ({@link #nounAgent}). A compound is not
     * enough: "the Ukraine invasion" names the victim.
     */
    boolean hasOwner(int noun) {
        return !tree.children(noun, "nmod:poss").isEmpty()
                || !nationalityModifier(noun).actors().isEmpty()
                || !nounAgent(noun).actors().isEmpty();
    }

    /**
     * The possessor of a target noun when it is named: "defended his policies" mostly means the subject's own
     * policies, so a possessive pronoun is no target (and a wrongly resolved one would invent a counterpart).
     */
    private Found namedPossessor(int noun) {
        List<Integer> possessors = tree.children(noun, "nmod:poss");
        if (possessors.isEmpty()) {
            Found compound = compoundActor(noun);
            Found owner = compound.actors().isEmpty() ? participantOf(noun) : compound;
            if (owner.actors().isEmpty()) {
                owner = parties(noun);
            }
            return owner.actors().isEmpty() ? nationalityModifier(noun) : owner;
        }
        if (tree.token(possessors.get(0)).pos().equals("PRP$")) {
            return Found.NONE;
        }
        return actorsOf(possessors.get(0), "possessor");
    }

    // "welcomed the agreement between Baghdad and Erbil": the parties are whom the thing concerns.
    private Found parties(int noun) {
        return betweenParties.phrases(noun).stream()
                .map(c -> actorsOf(c, "between"))
                .filter(found -> !found.actors().isEmpty())
                .findFirst()
                .orElse(Found.NONE);
    }

    // "called for the nationalization of the Federal Reserve": a measure's "of" phrase is what it is about, while
    // "called for the resignation of Lam" names whom the request concerns.
    private Found participantOf(int noun) {
        return PolicyNouns.ofPhraseIsNoParticipant(tree.token(noun)) ? Found.NONE : ofActor(noun);
    }

    // "the killers of Khashoggi" is whose "Khashoggi's killers" would be.
    private Found ofActor(int noun) {
        return tree.children(noun, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("of"))
                .map(c -> actorsOf(c, "of"))
                .filter(found -> !found.actors().isEmpty())
                .findFirst()
                .orElse(Found.NONE);
    }

    // "called for G7 action", "condemned the Hamas attack": a named actor modifying the noun is whose it is. The
    // tagger often takes a name with digits ("G7") for a common noun, so the mention's kind decides.
    Found compoundActor(int noun) {
        if (PERSON_NOUNS.contains(Tree.lower(tree.token(noun).lemma()))) {
            // "a Leeds man", "the Labour politician": a name before a person says where they are from or belong,
            // not who is acted on; the tagger often takes such a town for a person's name.
            return Found.NONE;
        }
        return tree.children(noun, "compound").stream()
                .filter(c -> tree.token(c).isProperNoun() || isName(c))
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .findFirst()
                .map(actor -> new Found(List.of(actor), "compound", false))
                .orElse(Found.NONE);
    }

    private boolean isName(int token) {
        return index.mentionAt(tree.token(token))
                .map(m -> NAMES.contains(m.type()))
                .orElse(false);
    }

    // "alleged Iranian involvement", "condemned the Russian offensive": a nationality adjective says whose it is.
    private Found nationalityModifier(int noun) {
        return tree.children(noun, "amod").stream()
                .map(c -> index.nationalityAt(tree.token(c)))
                .flatMap(Optional::stream)
                .findFirst()
                .map(country -> new Found(List.of(country), "nationality", false))
                .orElse(Found.NONE);
    }

    /** The actors in the dependents named by specs such as "obj", "obl:with", "nmod:of", on any of the heads. */
    Found targets(List<Integer> heads, List<String> specs) {
        for (String spec : specs) {
            if (spec.startsWith("~") || spec.startsWith("!")) {
                continue;
            }
            if (spec.equals(ANSWERER)) {
                Found found = answerer(heads.get(0));
                if (!found.actors().isEmpty()) {
                    return found;
                }
                continue;
            }
            for (int head : heads) {
                List<Integer> candidates = new ArrayList<>(dependents(head, spec));
                candidates.addAll(markedClauseSubjects(head, spec));
                for (int dependent : candidates) {
                    if (rooted.strandedRelative(head, dependent)) {
                        continue;
                    }
                    // The conjoined verb's object outranks whatever the pronoun resolver guessed from names before.
                    Found found = sharedObject(head, dependent, spec);
                    String pattern = spec + SHARED_OBJECT;
                    if (found.actors().isEmpty()) {
                        found = actorsOf(relativeObject(head, dependent), spec);
                        pattern = spec;
                    }
                    if (found.actors().isEmpty()) {
                        found = namedPossessor(dependent);
                        pattern = spec + POSSESSED;
                    }
                    if (found.actors().isEmpty()) {
                        found = convener(dependent);
                        pattern = spec + CONVENED;
                    }
                    if (!found.actors().isEmpty()) {
                        return new Found(found.actors(), pattern, found.group());
                    }
                }
            }
        }
        return Found.NONE;
    }

    // "Cyprus, which Turkey does not recognize": a relative object stands for the noun its clause modifies.
    private int relativeObject(int verb, int dependent) {
        Token word = tree.token(dependent);
        boolean relative = RELATIVE_PRONOUNS.contains(Tree.lower(word.word()))
                && word.pos().startsWith("W");
        if (!relative
                || !word.deprel().equals("obj")
                || !tree.token(verb).deprel().equals("acl:relcl")
                || verbBetween(dependent, verb)) {
            return dependent;
        }
        int antecedent = tree.head(verb);
        return antecedent >= 0 ? antecedent : dependent;
    }

    // "Attah: who did part of it, and then Cindy helped": another verb after the relative is the one it belongs to,
    // whatever the parser hung on the later verb; auxiliaries of the verb itself ("which Turkey does not recognize")
    // do not count.
    private boolean verbBetween(int relative, int verb) {
        for (int i = relative + 1; i < verb; i++) {
            Token between = tree.token(i);
            boolean auxiliary = tree.head(i) == verb && between.deprel().startsWith("aux");
            if (between.pos().startsWith("VB") && !auxiliary) {
                return true;
            }
        }
        return false;
    }

    /** The dependents in the target slots the specs name on any of the heads, actors or not ("condemned the raid"). */
    List<Integer> slotFillers(List<Integer> heads, List<String> specs) {
        List<Integer> fillers = new ArrayList<>();
        for (String spec : specs) {
            if (!spec.startsWith("~") && !spec.startsWith("!") && !spec.equals(ANSWERER)) {
                heads.forEach(head -> fillers.addAll(dependents(head, spec)));
            }
        }
        return fillers;
    }

    /**
     * "detained a reporter and questioned her": a pronoun object of a verb conjoined to another is that verb's
     * object, when the first verb has one object of the pronoun's number and no other candidate stands between.
     */
    private Found sharedObject(int verb, int pronoun, String spec) {
        boolean object = spec.equals("obj") && tree.token(pronoun).deprel().equals("obj");
        String word = Tree.lower(tree.token(pronoun).word());
        if (!object
                || !OBJECT_PRONOUNS.containsKey(word)
                || !tree.token(verb).deprel().equals("conj")) {
            return Found.NONE;
        }
        int first = tree.head(verb);
        if (first < 0 || !tree.token(first).isVerb()) {
            return Found.NONE;
        }
        List<Integer> objects = tree.children(first, "obj");
        boolean plural = OBJECT_PRONOUNS.get(word);
        if (objects.size() != 1 || plural(objects.get(0)) != plural) {
            return Found.NONE;
        }
        return actorsOf(objects.get(0), spec);
    }

    private boolean plural(int noun) {
        return tree.token(noun).pos().endsWith("S")
                || !tree.children(noun, "conj").isEmpty();
    }

    /** The body a gathering is named after: "hosted the Shanghai Cooperation Organization summit" hosts the SCO. */
    private Found convener(int noun) {
        if (!GATHERINGS.contains(Tree.lower(tree.token(noun).lemma()))) {
            return Found.NONE;
        }
        return tree.children(noun, "compound").stream()
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .findFirst()
                .map(actor -> new Found(List.of(actor), "convener", false))
                .orElse(Found.NONE);
    }

    Found actorsOf(int token, String pattern) {
        Set<String> actors = new LinkedHashSet<>();
        boolean group = false;
        String route = pattern;
        for (int member : withConjuncts(token)) {
            List<String> names = namesApposedToPlural(member);
            if (!names.isEmpty()) {
                actors.addAll(names);
                continue;
            }
            Optional<String> actor = namedOverGroup(member)
                    .or(() -> index.actorAt(tree.token(member)))
                    .or(() -> apposed(member));
            if (actor.isEmpty()) {
                actor = PeoplesByDemonym.country(tree, index, member);
                route = actor.isPresent() ? pattern + PeoplesByDemonym.ROUTE : route;
            }
            Optional<String> groupOwner =
                    actor.isPresent() ? instruments.ownerOverGroup(member, actor.get()) : Optional.empty();
            if (groupOwner.isPresent()) {
                actors.add(groupOwner.get());
                route = pattern + Instruments.ROUTE;
                continue;
            }
            List<String> bodies = affiliations.actingFor(member, actor);
            if (!bodies.isEmpty()) {
                actors.addAll(bodies);
                route = pattern + AFFILIATED;
                continue;
            }
            List<String> wholes = actor.isPresent() ? List.of() : partitive(member);
            if (actor.isEmpty() && wholes.isEmpty()) {
                actor = named(member).or(() -> example(member));
            }
            if (actor.isPresent()) {
                actors.add(actor.get());
            } else if (!wholes.isEmpty()) {
                actors.addAll(wholes);
            } else {
                List<String> expanded = group(member);
                group |= !expanded.isEmpty();
                actors.addAll(expanded);
                Optional<String> owner = expanded.isEmpty() ? instruments.owner(member) : Optional.empty();
                if (owner.isPresent()) {
                    actors.add(owner.get());
                    route = pattern + Instruments.ROUTE;
                }
            }
        }
        return new Found(new ArrayList<>(actors), route, group);
    }

    // "some of the protesters", "thousands of students of the university": part of a named whole acts as the whole,
    // and "the governments of Spain and Italy" are all the wholes coordinated after "of".
    private List<String> partitive(int token) {
        if (!PARTITIVES.contains(Tree.lower(tree.token(token).lemma()))) {
            return List.of();
        }
        return tree.children(token, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("of"))
                .filter(c -> index.actorAt(tree.token(c)).isPresent())
                .findFirst()
                .map(whole -> withConjuncts(whole).stream()
                        .map(c -> index.actorAt(tree.token(c)))
                        .flatMap(Optional::stream)
                        .distinct()
                        .toList())
                .orElse(List.of());
    }

    // "two officers, Ana Ruiz and Li Wei", "a woman named Ana Ruiz": the names say who the group is.
    private Optional<String> namedOverGroup(int token) {
        boolean group = index.actorAt(tree.token(token))
                .flatMap(index::actor)
                .map(a -> a.kind() == ActorKind.GROUP)
                .orElse(false);
        return group ? apposed(token).or(() -> named(token)) : Optional.empty();
    }

    // "two journalists, Ana Ruiz and Li Wei", "his Greek and French counterparts, Nikos Dendias and Jean Le Drian":
    // the people named in apposition to a plural noun are all of them, not the first alone; only when every name so
    // told is a person's, so that a place or a firm half-named there does not stand for the group.
    private List<String> namesApposedToPlural(int token) {
        if (!tree.token(token).pos().equals("NNS")) {
            return List.of();
        }
        List<Integer> names = tree.children(token, "appos").stream()
                .flatMap(a -> withConjuncts(a).stream())
                .distinct()
                .toList();
        List<String> people = names.stream()
                .map(n -> index.actorAt(tree.token(n)))
                .flatMap(Optional::stream)
                .filter(id ->
                        index.actor(id).map(a -> a.kind() == ActorKind.PERSON).orElse(false))
                .distinct()
                .toList();
        boolean allPeople = names.size() > 1 && people.size() == names.size();
        return allPeople ? people : List.of();
    }

    // "allies such as Germany": the example named is the one acting or acted on.
    private Optional<String> example(int token) {
        return tree.children(token, "nmod").stream()
                .filter(c -> tree.preposition(c).equals("such"))
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    // "a woman named Heather Heyer": the name the description is given.
    private Optional<String> named(int token) {
        return tree.children(token, "acl").stream()
                .filter(acl -> NAMING_VERBS.contains(Tree.lower(tree.token(acl).lemma())))
                .flatMap(acl -> tree.children(acl).stream())
                .filter(c -> Set.of("obj", "xcomp").contains(tree.token(c).deprel()))
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    // "his former rival, Joe Biden": the name in apposition says who the description is; without the comma the
    // parser often hangs a person's name on the noun as "flat" or "dep" ("his lawyer Ana Ruiz"), where a firm's
    // name so hung ("his accountant Acme USA") is too often half a name to trust.
    private Optional<String> apposed(int token) {
        Optional<String> apposition = tree.children(token, "appos").stream()
                .map(a -> index.actorAt(tree.token(a)))
                .flatMap(Optional::stream)
                .findFirst();
        return apposition.or(() -> tree.children(token).stream()
                .filter(c -> UNMARKED_NAMING.contains(tree.token(c).deprel()))
                .map(c -> index.actorAt(tree.token(c)))
                .flatMap(Optional::stream)
                .filter(id ->
                        index.actor(id).map(a -> a.kind() == ActorKind.PERSON).orElse(false))
                .findFirst());
    }

    private List<Integer> dependents(int head, String spec) {
        if (spec.equals(CLAUSE_SUBJECT)) {
            return clauseSubjects(head);
        }
        if (spec.equals(SMALL_CLAUSE_SUBJECT)) {
            return tree.children(head, "xcomp").stream()
                    .flatMap(clause -> clauseSubjectsOf(clause).stream())
                    .toList();
        }
        String[] parts = spec.split(":", 2);
        List<Integer> result = new ArrayList<>();
        for (int child : tree.children(head)) {
            String deprel = tree.token(child).deprel();
            boolean relation = deprel.equals(parts[0]) || deprel.equals(spec);
            boolean preposition = parts.length == 1 || tree.preposition(child).equals(parts[1]);
            // A subtyped relation named in full ("nmod:poss": "in Chirac's honour") has no preposition to agree.
            boolean subtype = deprel.equals(spec) && parts.length == 2;
            if (relation && preposition || subtype) {
                result.add(child);
            }
        }
        if (parts.length == 2 && parts[0].equals("obl")) {
            result.addAll(reflexiveObliques(head, parts[1]));
        }
        return result;
    }

    // "surrendered himself to police", "allied itself with Moscow": the parser hangs the verb's oblique on its
    // reflexive object, and a reflexive pronoun takes no modifier of its own, so the phrase is the verb's.
    private List<Integer> reflexiveObliques(int verb, String preposition) {
        return tree.children(verb, "obj").stream()
                .flatMap(o -> tree.children(o).stream())
                .filter(c -> onReflexiveObject(tree, c) && tree.preposition(c).equals(preposition))
                .toList();
    }

    /** Whether the token is a phrase the parser hung on a verb's reflexive object ("himself to police"). */
    static boolean onReflexiveObject(Tree tree, int token) {
        int object = tree.head(token);
        return tree.token(token).deprel().startsWith("nmod")
                && object >= 0
                && tree.token(object).deprel().equals("obj")
                && REFLEXIVES.contains(Tree.lower(tree.token(object).word()));
    }

    // "voted for Okafor to lead", "called for the minister to resign": the parser makes the prepositional object
    // the subject of a clause the preposition marks; that subject is who the preposition introduces.
    private List<Integer> markedClauseSubjects(int head, String spec) {
        String[] parts = spec.split(":", 2);
        if (parts.length < 2 || !Set.of("obl", "nmod").contains(parts[0])) {
            return List.of();
        }
        return tree.children(head).stream()
                .filter(child -> isClauseMarkedBy(child, parts[1]))
                .flatMap(clause -> clauseSubjectsOf(clause).stream())
                .toList();
    }

    private boolean isClauseMarkedBy(int child, String preposition) {
        return tree.token(child).deprel().equals("advcl")
                && tree.preposition(child).equals(preposition);
    }

    private List<Integer> clauseSubjectsOf(int clause) {
        return tree.children(clause).stream()
                .filter(c ->
                        Set.of("nsubj", "nsubj:pass").contains(tree.token(c).deprel()))
                .toList();
    }

    // "alleged the ministry had lied": the one the reported clause is about.
    private List<Integer> clauseSubjects(int head) {
        return tree.children(head, "ccomp").stream()
                .flatMap(clause -> clauseSubjectsOf(clause).stream())
                .toList();
    }

    private List<Integer> withConjuncts(int token) {
        List<Integer> members = new ArrayList<>();
        members.add(token);
        members.addAll(tree.children(token, "conj"));
        return members;
    }

    // "who" in "Xi, who hosted the summit" stands for the name just before it.
    private int resolveRelative(int subject, int verb) {
        if (!RELATIVE_PRONOUNS.contains(Tree.lower(tree.token(subject).word()))) {
            return subject;
        }
        int before = subject - 1;
        while (before >= 0 && tree.token(before).pos().matches("[,:]|``|''")) {
            before--;
        }
        boolean actorBefore = before >= 0 && index.actorAt(tree.token(before)).isPresent();
        // A relative clause hangs on its antecedent: "the Supreme Court of the United States, which rejected" is
        // the court, not the name just before "which". But "who" names a person, never a thing: a clause the parser
        // hung on "the end of a week ... for Xi, who hosted" belongs to the name before "who".
        if (tree.token(verb).deprel().equals("acl:relcl") && tree.head(verb) >= 0) {
            int antecedent = tree.head(verb);
            boolean personal =
                    PERSONAL_RELATIVES.contains(Tree.lower(tree.token(subject).word()));
            boolean thing = index.actorAt(tree.token(antecedent)).isEmpty()
                    && !tree.token(antecedent).isProperNoun();
            return personal && thing && actorBefore ? before : antecedent;
        }
        if (actorBefore) {
            return before;
        }
        int governor = tree.head(verb);
        return governor >= 0 ? governor : subject;
    }

    // "both leaders", "the two", "the two countries", "both": the two most recent persons or countries.
    private List<String> group(int token) {
        Token t = tree.token(token);
        String lemma = Tree.lower(t.lemma());
        boolean marked = GROUP_MARKERS.contains(lemma) || (hasChild(token, GROUP_MARKERS) && anaphoric(token));
        if (!marked) {
            return List.of();
        }
        int offset = t.span().start();
        if (COUNTRY_GROUP_NOUNS.contains(lemma)) {
            List<String> countries = index.recentCountries(offset, 2);
            return countries.size() == 2
                    ? countries.stream().map(this::countryActor).toList()
                    : List.of();
        }
        if (PERSON_GROUP_NOUNS.contains(lemma) || GROUP_MARKERS.contains(lemma)) {
            List<String> persons = index.recentPersons(offset, 2);
            return persons.size() == 2 ? persons : List.of();
        }
        return List.of();
    }

    private boolean hasChild(int token, Set<String> words) {
        return tree.children(token).stream()
                .anyMatch(c -> words.contains(Tree.lower(tree.token(c).word())));
    }

    // "both leaders" and "the two countries" point back; "two presidents" without a determiner introduces others.
    private boolean anaphoric(int token) {
        return hasChild(token, Set.of("both")) || hasChild(token, DEFINITE_DETERMINERS);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private String countryActor(String iso3) {
        return index.actor(iso3).isPresent() ? iso3 : iso3 + ".GOV";
    }
}
