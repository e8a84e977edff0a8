package org.annals.coding;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.annals.coding.KnowledgeBase.Gender;
import org.annals.core.ActorKind;
import org.annals.core.MentionType;
import org.annals.core.Token;

/**
 * Resolves third-person pronouns to actors already resolved in the document, conservatively: a pronoun with no
 * clear antecedent stays unresolved. he/she go to persons of a compatible gender; it/its to an organisation,
 * country, government or IGO; they/their to those or a region. First and second person stay unresolved; a
 * he/she inside a quotation never means the one it is credited to ({@link QuoteSpeakers}).
 */
final class PronounResolver {
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> PLURAL = Set.of("they", "their", "theirs");
    private static final Set<String> NEUTER = Set.of("it", "its");
    private static final Set<ActorKind> NEUTER_KINDS =
            EnumSet.of(ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.IGO);
    // A country is "it"; "they" after a country name mostly means its people or some other group.
    private static final Set<ActorKind> PLURAL_KINDS =
            EnumSet.of(ActorKind.ORGANISATION, ActorKind.GOVERNMENT, ActorKind.IGO);
    // Collective nouns that take a plural verb whatever their tag: "the police are", "the military were".
    private static final Set<String> PLURAL_COLLECTIVES = Set.of("police", "military", "people");
    private static final Set<String> PLURAL_OBJECTS = Set.of("them", "both", "themselves");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201c", "\u201d");
    static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass");
    // "it seems", "it takes", "it remains to be seen": verbs whose subject "it" is usually empty.
    private static final Set<String> EXPLETIVE_VERBS =
            Set.of("be", "seem", "appear", "happen", "take", "remain", "matter", "rain", "snow", "emerge", "turn");

    private final Tree tree;
    private final Map<String, ActorDraft> actors;
    private final Collection<Resolved> resolved;
    private final BiConsumer<Integer, String> record;
    private final QuoteSpeakers quoteSpeakers;
    private final NearerObjects nearerObjects;
    private final LeadingClauseSubjects leadingClauseSubjects;
    private final NarratedSentences narratedSentences;
    private final UnnamedAntecedents unnamedAntecedents;

    /** {@code resolved} is a live view: pronouns resolved here join it through {@code record}, forming chains. */
    PronounResolver(
            Tree tree,
            Map<String, ActorDraft> actors,
            Collection<Resolved> resolved,
            BiConsumer<Integer, String> record) {
        this.tree = tree;
        this.actors = actors;
        this.resolved = resolved;
        this.record = record;
        this.quoteSpeakers = new QuoteSpeakers(tree, resolved);
        this.nearerObjects = new NearerObjects(tree, resolved);
        this.leadingClauseSubjects = new LeadingClauseSubjects(tree);
        this.narratedSentences = new NarratedSentences(tree);
        this.unnamedAntecedents = new UnnamedAntecedents(tree, actors, resolved);
    }

    void resolve() {
        for (int i = 0; i < tree.size(); i++) {
            Token token = tree.token(i);
            if (!tree.inArticle(i) || !token.pos().startsWith("PRP")) {
                continue;
            }
            String word = Tree.lower(token.word());
            int pronoun = i;
            Optional<String> actor = Optional.empty();
            if (MALE.contains(word) || FEMALE.contains(word)) {
                actor = person(pronoun, MALE.contains(word) ? Gender.MALE : Gender.FEMALE);
            } else if (PLURAL.contains(word)) {
                actor = collective(pronoun, PLURAL_KINDS);
            } else if (NEUTER.contains(word) && !expletive(pronoun)) {
                actor = collective(pronoun, NEUTER_KINDS);
            }
            actor.ifPresent(id -> record.accept(pronoun, id));
        }
    }

    private Optional<String> person(int pronoun, Gender gender) {
        int sentence = tree.token(pronoun).sentence();
        boolean narrated = !tree.quoted(pronoun);
        int previous = narrated ? narratedSentences.before(sentence) : sentence - 1;
        Optional<String> speaker = quoteSpeakers.speakerOf(pronoun);
        List<Resolved> named = resolved.stream()
                .filter(m -> m.first() < pronoun && !m.actorId().isEmpty() && namesPerson(m))
                // A name inside somebody's quotation is theirs to mention; the narration's "she" means a person
                // the narration itself named (the one being quoted, usually).
                .filter(m -> !narrated || !tree.quoted(m.first()))
                .sorted(Comparator.comparingInt(Resolved::first).reversed())
                .toList();
        // "X said of Y, 'He ...'": the attribution itself says whom the quoted words are about.
        Optional<String> spokenOf = quoteSpeakers
                .spokenOf(pronoun)
                .filter(id -> compatible(actors.get(id), gender) && actors.get(id).kind == ActorKind.PERSON);
        if (spokenOf.isPresent()) {
            return spokenOf;
        }
        // Speakers say "I" of themselves: a he/she in their own quotation means somebody else. Past a speaker who
        // was the nearest candidate, only a subject the pronoun continues is sure enough: the next name back is
        // often another speaker or a passing mention.
        boolean speakerSkipped = named.stream()
                .filter(m -> compatible(actors.get(m.actorId()), gender))
                .findFirst()
                .filter(m -> speaker.equals(Optional.of(m.actorId())))
                .isPresent();
        List<Resolved> others = named.stream()
                .filter(m -> !speaker.equals(Optional.of(m.actorId())))
                .toList();
        List<Resolved> persons = others.stream()
                .filter(m -> compatible(actors.get(m.actorId()), gender))
                .toList();
        List<Resolved> window = persons.stream()
                .filter(m -> tree.token(m.first()).sentence() >= previous)
                .toList();
        Optional<String> known = window.stream()
                .map(Resolved::actorId)
                .filter(id -> actors.get(id).gender == gender)
                .findFirst();
        // Recent over distant: with nobody named nearby, a nearer person named only by a noun ("the head of the
        // inquiry") is the antecedent, and a name further back would be a guess (UnnamedAntecedents).
        Optional<String> chosen = subjectBefore(pronoun, persons, sentence, previous)
                .or(() -> speakerSkipped ? Optional.empty() : known.or(() -> byPosition(persons, sentence, previous)))
                .filter(id -> !window.isEmpty() || !narrated || !unnamedAntecedents.before(pronoun, previous));
        // The gender is learned only from a pronoun that had one person to point to whatever its gender; else a
        // "her" meaning somebody further back would make the only woman-compatible name nearby a woman.
        List<Resolved> nearby = others.stream()
                .filter(m -> sentence - tree.token(m.first()).sentence() <= 1)
                .toList();
        chosen.filter(id -> nearby.stream().allMatch(m -> m.actorId().equals(id)) && !nearby.isEmpty())
                .ifPresent(id -> actors.get(id).learnGender(gender));
        return chosen;
    }

    // A pronoun already resolved to a person continues the chain: "He was convicted. ... he was found guilty"
    // means the one convicted, not a name mentioned in passing before the first "he". Only the narration's own
    // pronouns chain: one inside a quotation is the speaker's, and a wrong guess there would spread.
    private boolean namesPerson(Resolved mention) {
        if (mention.type() == MentionType.PERSON) {
            return !originOfAPerson(mention);
        }
        ActorDraft actor = actors.get(mention.actorId());
        return mention.type() == MentionType.PRONOUN
                && !tree.quoted(mention.first())
                && actor != null
                && actor.kind == ActorKind.PERSON;
    }

    // "a 36-year-old Cheltenham man ... released him": the name before a person noun says where the man is from (the
    // tagger often takes the town for a person), and "him" is the man, not the town.
    private boolean originOfAPerson(Resolved mention) {
        Token last = tree.token(mention.last());
        return last.deprel().equals("compound")
                && last.head() >= 0
                && Arguments.PERSON_NOUNS.contains(
                        Tree.lower(tree.token(last.head()).lemma()));
    }

    private static boolean compatible(ActorDraft actor, Gender gender) {
        return actor != null && (actor.gender == Gender.UNKNOWN || actor.gender == gender);
    }

    /**
     * A subject pronoun continues a subject: the latest person subject earlier in its sentence ("Ana spoke after
     * she was freed by Tom"), else of the sentence before. A nearer name of known gender in an object or agent
     * does not outrank it.
     */
    private Optional<String> subjectBefore(int pronoun, List<Resolved> persons, int sentence, int previous) {
        if (!SUBJECTS.contains(tree.token(pronoun).deprel())) {
            return Optional.empty();
        }
        List<Resolved> subjects = persons.stream().filter(this::isSubject).toList();
        return subjects.stream()
                .filter(m -> tree.token(m.first()).sentence() == sentence)
                .findFirst()
                .or(() -> previousSubject(subjects, previous))
                .map(Resolved::actorId);
    }

    // The sentence before is continued from its main clause: "X was jailed after he tried to sell Y's seat after
    // Y was elected. He was sentenced" means X, though Y is the later subject.
    private Optional<Resolved> previousSubject(List<Resolved> subjects, int previous) {
        List<Resolved> before = subjects.stream()
                .filter(m -> tree.token(m.first()).sentence() == previous)
                .toList();
        return before.stream().filter(this::ofMainClause).findFirst().or(() -> before.stream()
                .findFirst());
    }

    private boolean ofMainClause(Resolved mention) {
        int clause = tree.head(mention.last());
        while (clause >= 0 && tree.token(clause).deprel().startsWith("nsubj")) {
            clause = tree.head(clause);
        }
        return clause >= 0 && tree.head(clause) < 0;
    }

    /** The mention is a subject, or names one: "chief constable Ana Ruiz wrote" hangs the name on the title. */
    private boolean isSubject(Resolved mention) {
        Token last = tree.token(mention.last());
        if (last.deprel().startsWith("nsubj")) {
            return true;
        }
        boolean namesHead = last.deprel().equals("appos")
                || last.deprel().equals("dep")
                || last.deprel().startsWith("flat");
        return namesHead && last.head() >= 0 && tree.token(last.head()).deprel().startsWith("nsubj");
    }

    private Optional<String> byPosition(List<Resolved> persons, int sentence, int previous) {
        Optional<Resolved> sameSentence = persons.stream()
                .filter(m -> tree.token(m.first()).sentence() == sentence)
                .findFirst();
        if (sameSentence.isPresent()) {
            return sameSentence.map(Resolved::actorId);
        }
        Optional<Resolved> previousSubject = persons.stream()
                .filter(m -> tree.token(m.first()).sentence() == previous)
                .filter(this::isSubject)
                .findFirst();
        return previousSubject.or(() -> persons.stream().findFirst()).map(Resolved::actorId);
    }

    // Objects ("condemned it", "arrested them") mostly refer to things and unnamed people: only subjects and
    // possessives are resolved.
    private Optional<String> collective(int pronoun, Set<ActorKind> kinds) {
        Token token = tree.token(pronoun);
        boolean possessive = token.pos().equals("PRP$") || token.deprel().equals("nmod:poss");
        if ((!possessive && !SUBJECTS.contains(token.deprel())) || quoted(pronoun) || inRelativeClause(pronoun)) {
            return Optional.empty();
        }
        Optional<Integer> subject = subjectBefore(pronoun);
        if (subject.isEmpty() && inMainClause(pronoun)) {
            subject = mainSubject(token.sentence() - 1);
        }
        String competitor = kinds == PLURAL_KINDS ? "NNS" : "NN";
        return subject.filter(s -> !nearerObjects.between(s, pronoun, competitor))
                .flatMap(s -> actorOf(s, pronoun, kinds));
    }

    // Quoted speech shifts who "it" and "they" are; an odd number of quote marks before the pronoun means inside.
    private boolean quoted(int pronoun) {
        int sentence = tree.token(pronoun).sentence();
        int marks = 0;
        for (int i = pronoun - 1; i >= 0 && tree.token(i).sentence() == sentence; i--) {
            marks += QUOTE_MARKS.contains(tree.token(i).word()) ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    // "a plan, which they rejected": the relative clause's subject is often not the main clause's.
    private boolean inRelativeClause(int pronoun) {
        for (int clause = tree.head(pronoun); clause >= 0; clause = tree.head(clause)) {
            if (tree.token(clause).deprel().startsWith("acl")) {
                return true;
            }
        }
        return false;
    }

    private boolean inMainClause(int pronoun) {
        int root = pronoun;
        while (tree.head(root) >= 0) {
            root = tree.head(root);
        }
        return tree.inClause(root, pronoun);
    }

    /**
     * The nearest subject of a clause above the pronoun, else that of an adverbial clause before it, else the last
     * subject earlier in its sentence.
     */
    private Optional<Integer> subjectBefore(int pronoun) {
        for (int clause = tree.head(pronoun); clause >= 0; clause = tree.head(clause)) {
            Optional<Integer> subject = subjectOf(clause, pronoun);
            if (subject.isPresent()) {
                return subject;
            }
        }
        Optional<Integer> leading = leadingClauseSubjects.of(pronoun);
        if (leading.isPresent()) {
            return leading;
        }
        int sentence = tree.token(pronoun).sentence();
        for (int i = pronoun - 1; i >= 0 && tree.token(i).sentence() == sentence; i--) {
            if (SUBJECTS.contains(tree.token(i).deprel()) && !tree.dominates(i, pronoun)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> subjectOf(int clause, int pronoun) {
        return tree.children(clause).stream()
                .filter(c -> c < pronoun && SUBJECTS.contains(tree.token(c).deprel()) && !tree.dominates(c, pronoun))
                .findFirst();
    }

    private Optional<Integer> mainSubject(int sentence) {
        if (sentence < 0) {
            return Optional.empty();
        }
        for (int i = 0; i < tree.size(); i++) {
            Token token = tree.token(i);
            if (token.sentence() == sentence && token.head() < 0) {
                return tree.children(i).stream()
                        .filter(c -> SUBJECTS.contains(tree.token(c).deprel()))
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    // A coordinated subject ("the FSB and the committee") is a set no single actor stands for.
    private Optional<String> actorOf(int subject, int pronoun, Set<ActorKind> kinds) {
        if (!tree.children(subject, "conj").isEmpty()) {
            return Optional.empty();
        }
        return resolved.stream()
                .filter(m -> m.covers(subject)
                        && m.type() != MentionType.NATIONALITY
                        && !m.actorId().isEmpty())
                .min(Comparator.comparingInt(m -> m.last() - m.first()))
                .map(Resolved::actorId)
                .filter(id -> actors.containsKey(id)
                        && (kinds.contains(actors.get(id).kind)
                                || pluralGroup(subject, pronoun, kinds, actors.get(id))));
    }

    // "Police arrested a man. They released him": an unnamed group named by a plural noun is "they" too; a group
    // named in the singular ("a crowd", "the family") is "it" as often, and stays unresolved.
    private boolean pluralGroup(int subject, int pronoun, Set<ActorKind> kinds, ActorDraft actor) {
        if (kinds != PLURAL_KINDS || actor.kind != ActorKind.GROUP) {
            return false;
        }
        Token noun = tree.token(subject);
        // "Police caught both of them and they were jailed": the people acted on are the nearer "they".
        for (int i = subject + 1; i < pronoun; i++) {
            if (PLURAL_OBJECTS.contains(Tree.lower(tree.token(i).word()))) {
                return false;
            }
        }
        String word = Tree.lower(noun.word());
        // A "they" already resolved to the group continues the chain: "They released him. They arrested another".
        return noun.pos().equals("NNS")
                || PLURAL_COLLECTIVES.contains(Tree.lower(noun.lemma()))
                || PLURAL.contains(word);
    }

    private boolean expletive(int pronoun) {
        Token token = tree.token(pronoun);
        if (!token.deprel().equals("nsubj")) {
            return !token.deprel().equals("nmod:poss") && !token.pos().equals("PRP$");
        }
        int head = token.head();
        if (head < 0) {
            return true;
        }
        boolean copula = !tree.children(head, "cop").isEmpty();
        return copula || EXPLETIVE_VERBS.contains(Tree.lower(tree.token(head).lemma()));
    }
}
