package org.annals.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Modality;
import org.annals.core.Quote;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Codes the events a speaker makes by saying something: inside a quotation with a resolved speaker, a stance cue
 * of {@code stance.tsv} about a resolved actor ("Trump treats the law with contempt," said Becerra: ACCUSE), or a
 * verb of {@code verbs.tsv} the speaker says in the first person ("I urge the mayor to resign": REQUEST); outside
 * quotations, a judging cue after a verb of naming ("named the group as terrorists"), held by the verb's subject.
 * The speaker is the source; the target is found by {@link StanceTargets}. Created per document.
 */
final class StanceCoder {
    // "We warn the Saudis that our targets will keep expanding": a warning in the first person is a threat made.
    private static final Set<String> STANCE_TYPES = Set.of("ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN");
    static final Set<String> FIRST_PERSON_SUBJECTS = Set.of("i", "we");
    // Whoever only relays a quote ("according to the BBC") does not hold the stance in it.
    private static final Set<String> RELAYING_CUES = Set.of("according to", "report", "reveal", "cite");
    // An interview answer is long, casual speech: a judging word in it seldom aims at the actor it names ("became a
    // hero" is not praise of the platform named before), so its stances are left to the narration around it.
    private static final String INTERVIEW_ANSWER = "interview";
    private static final int LONGEST_CUE = 4;
    private static final String RULING = "ruling";
    private static final String ACCUSE = "ACCUSE";
    private static final String REJECT = "REJECT";
    private static final String CRITICIZE = "criticize";
    // A stance read from speech is surer of the speaker than of how strongly it is meant.
    private static final double SPEECH_CONFIDENCE = 0.8;

    /** A stance found: the cue's first word, the verb that says it, who holds it, the event and its target. */
    private record Stance(
            int word, int anchor, String source, String type, String mode, StanceTargets.Target target, String rule) {
        Stance spokenWith(Optional<Integer> speechVerb) {
            return new Stance(word, speechVerb.orElse(anchor), source, type, mode, target, rule);
        }
    }

    private final StanceLexicon stances;
    private final EventLexicon lexicon;
    private final Document document;
    private final Tree tree;
    private final ActorIndex index;
    private final Arguments arguments;
    private final StanceTargets targets;
    private final ActAuthors authors;
    private final Judgements judgements;
    private final FoughtThings fought;
    private final Intolerance intolerance;
    private final Solidarity solidarity;
    private final ModalRequests requests;
    private final ModalityDetector modality;
    private final EventDater dater;

    StanceCoder(StanceLexicon stances, EventLexicon lexicon, ActNouns acts, Document document, Tree tree) {
        this.stances = stances;
        this.lexicon = lexicon;
        this.document = document;
        this.tree = tree;
        this.index = new ActorIndex(document);
        this.arguments = new Arguments(tree, index);
        this.authors = new ActAuthors(document, tree, arguments, acts);
        this.targets = new StanceTargets(tree, arguments, authors);
        this.judgements = new Judgements(tree, arguments, index);
        this.fought = new FoughtThings(tree);
        this.intolerance = new Intolerance(tree, targets);
        this.solidarity = new Solidarity(tree, targets);
        this.requests = new ModalRequests(tree, targets, index);
        this.modality = new ModalityDetector(tree);
        this.dater = new EventDater(tree, document);
    }

    /** The coded events with the stances said in quotations that they do not already hold, renumbered in order. */
    List<Event> addTo(List<Event> coded) {
        authors.addAll(coded);
        Set<String> known = new HashSet<>();
        coded.forEach(e -> known.add(EventCoder.key(e)));
        Set<Span> triggers = new HashSet<>();
        coded.forEach(e -> triggers.add(e.trigger()));
        List<Event> all = new ArrayList<>(coded);
        for (Event stance : stances()) {
            boolean reported = reportingVerbs(stance).stream().anyMatch(triggers::contains);
            if (!reported && known.add(EventCoder.key(stance))) {
                all.add(stance);
            }
        }
        all.sort(Comparator.comparing(Event::evidence));
        List<Event> numbered = new ArrayList<>(all.size());
        for (Event e : all) {
            numbered.add(e.withId(document.id() + ":" + (numbered.size() + 1)));
        }
        return numbered;
    }

    // "The judge held him in contempt": a clause whose verb already codes an event reports that event, and a
    // judging word in it is part of what it reports. So is one under a verb the clause verb governs on the way down
    // ("would consider charging the gunman with terrorism": the crime is the charge, no judgement of the subject).
    private List<Span> reportingVerbs(Event stance) {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.token(i).span().equals(stance.trigger())) {
                return verbsUpToClauseHead(i);
            }
        }
        return List.of(stance.trigger());
    }

    private List<Span> verbsUpToClauseHead(int cue) {
        int head = targets.clauseHead(cue);
        List<Span> verbs = new ArrayList<>(List.of(tree.token(head).span()));
        if (head == cue) {
            return verbs;
        }
        for (int current = tree.head(cue); current >= 0 && current != head; current = tree.head(current)) {
            if (tree.token(current).isVerb()) {
                verbs.add(tree.token(current).span());
            }
        }
        return verbs;
    }

    private List<Event> stances() {
        List<Event> events = new ArrayList<>();
        List<Quote> spoken = document.quotes().stream()
                .filter(q ->
                        !q.speakerId().isEmpty() && index.actor(q.speakerId()).isPresent() && !unheld(q.cue()))
                .toList();
        for (int i = 0; i < tree.size(); i++) {
            if (!tree.inArticle(i)) {
                continue;
            }
            Span span = tree.token(i).span();
            Optional<Quote> quote =
                    spoken.stream().filter(q -> q.span().contains(span)).findFirst();
            int word = i;
            Optional<Stance> stance = quote.flatMap(q ->
                            stanceAt(word, q.speakerId()).map(s -> s.spokenWith(speechVerb(q, sentenceOf(s.word())))))
                    .or(() -> calledAt(word));
            stance.map(s -> s.type().equals("ACCUSE") && judgements.rules(s.anchor(), s.source()) ? ruling(s) : s)
                    .ifPresent(s -> events.add(event(s)));
        }
        return events;
    }

    /** Whether the quote's credit says its words are only relayed or an interview answer, whose stances are not read. */
    static boolean unheld(String cue) {
        return RELAYING_CUES.contains(cue) || cue.equals(INTERVIEW_ANSWER);
    }

    private Optional<Stance> stanceAt(int word, String speaker) {
        Token token = tree.token(word);
        for (StanceLexicon.Cue cue : stances.startingWith(lemmasFrom(word), token.pos())) {
            Optional<Stance> stance = said(cue, word, speaker, word, "");
            if (stance.isPresent()) {
                return stance;
            }
        }
        return firstPersonVerb(word, speaker)
                .or(() -> intolerance
                        .threatAt(word, speaker)
                        .map(warning ->
                                new Stance(word, word, speaker, "THREATEN", "warn", warning.target(), warning.rule())))
                .or(() ->
                        solidarity.at(word, speaker).map(target -> spoken(word, speaker, "SUPPORT", "endorse", target)))
                .or(() -> requests.at(word, speaker)
                        .map(r -> spoken(r.trigger(), speaker, "REQUEST", "appeal", r.target())));
    }

    private static Stance spoken(int word, String speaker, String type, String mode, StanceTargets.Target target) {
        return new Stance(word, word, speaker, type, mode, target, "stance:" + target.route());
    }

    // The cue as its speaker means it: a negated one says nothing, or, for praise, the opposite ("not wise"); an
    // evaluative word is said of what its clause predicates, never of a noun it merely modifies.
    private Optional<Stance> said(StanceLexicon.Cue written, int word, String speaker, int anchor, String how) {
        List<Integer> words = wordsOf(word, written.lemmas().size());
        Optional<StanceLexicon.Cue> meant = targets.negated(word, words) ? written.negated() : Optional.of(written);
        if (meant.isEmpty()) {
            return Optional.empty();
        }
        StanceLexicon.Cue cue = meant.get();
        if (cue.role() == StanceLexicon.Role.ABOUT && fought.fought(word)) {
            return Optional.empty();
        }
        Optional<StanceTargets.Target> target = cue.role() != StanceLexicon.Role.ABOUT
                ? targets.act(word, speaker)
                : anchor != word && targets.passive(anchor)
                        ? targets.passiveSubject(anchor, speaker)
                        : targets.about(word, words, speaker);
        if (target.isEmpty() || unsaid(cue, target.get())) {
            return Optional.empty();
        }
        String rule = "stance:" + cue.text() + "/" + how + target.get().route() + cue.suffix();
        if (condemnsForce(cue, target.get())) {
            return Optional.of(new Stance(word, anchor, speaker, ACCUSE, CRITICIZE, target.get(), rule));
        }
        return Optional.of(new Stance(word, anchor, speaker, cue.type(), cue.mode(), target.get(), rule));
    }

    // "The murder is unacceptable": refusing an act of force is condemning whoever did it, not refusing a claim or an
    // authority as "the ruling is unacceptable" does.
    private static boolean condemnsForce(StanceLexicon.Cue cue, StanceTargets.Target target) {
        String route = target.route();
        return cue.type().equals(REJECT)
                && (route.endsWith(StanceTargets.ACT_OF_FORCE) || route.endsWith(StanceTargets.UNCLAIMED_ACT));
    }

    // "Russia's illegal annexation": an evaluative word on a noun the clause says nothing of judges it only in passing,
    // and an act whose author is not named is judged only when the clause says it of the act ("described the bombing
    // as cowardly"); what the speaker does needs someone to aim at.
    private static boolean unsaid(StanceLexicon.Cue cue, StanceTargets.Target target) {
        boolean inPassing = target.route().startsWith("about-modified");
        if (cue.evaluation() && inPassing) {
            return true;
        }
        return target.actors().isEmpty() && (cue.role() != StanceLexicon.Role.ABOUT || inPassing);
    }

    // "named the two groups as terrorists", "said the minister's plan was reckless", "ruled the order unlawful": a
    // judging word a verb of naming, saying or finding predicates makes that verb's subject the one who judges.
    private Optional<Stance> calledAt(int word) {
        Optional<Judgements.Judge> judge = judgements.of(word);
        if (judge.isEmpty()) {
            return Optional.empty();
        }
        Judgements.Judge by = judge.get();
        for (StanceLexicon.Cue cue :
                stances.startingWith(lemmasFrom(word), tree.token(word).pos())) {
            if (cue.role() != StanceLexicon.Role.ABOUT) {
                continue;
            }
            Optional<Stance> stance = said(cue, word, by.actor(), by.verb(), by.route() + "-");
            if (stance.isPresent()) {
                return stance;
            }
        }
        return Optional.empty();
    }

    // A court that finds an act unlawful rules against whoever did it (REJECT), rather than criticising them.
    private static Stance ruling(Stance stance) {
        return new Stance(
                stance.word(),
                stance.anchor(),
                stance.source(),
                "REJECT",
                RULING,
                stance.target(),
                stance.rule() + "+" + RULING);
    }

    // "I urge the mayor to resign", "we condemn the attack on the embassy": the speaker does what the verb says.
    private Optional<Stance> firstPersonVerb(int word, String speaker) {
        Token token = tree.token(word);
        if (!token.isVerb() || !targets.firstPersonSubject(word) || targets.negated(word, List.of(word))) {
            return Optional.empty();
        }
        return lexicon.verb(token.lemma())
                .filter(v -> STANCE_TYPES.contains(v.type()))
                .filter(v -> !arguments.excluded(List.of(word), v.targets()))
                .flatMap(v -> {
                    List<String> aimed = aimedAt(word, v).stream()
                            .filter(a -> !a.equals(speaker))
                            .toList();
                    return aimed.isEmpty()
                            ? Optional.empty()
                            : Optional.of(new Stance(
                                    word,
                                    word,
                                    speaker,
                                    v.type(),
                                    v.mode(),
                                    new StanceTargets.Target(aimed, "first-person"),
                                    "stance:verb:" + v.lemma() + "/first-person"));
                });
    }

    // "We demand that the minister resign": a request made of whoever the reported clause tells to act.
    private List<String> aimedAt(int verb, EventLexicon.Verb entry) {
        List<String> named = arguments.targets(List.of(verb), entry.targets()).actors();
        if (!named.isEmpty() || !entry.type().equals("REQUEST")) {
            return named;
        }
        return arguments
                .targets(List.of(verb), List.of(Arguments.CLAUSE_SUBJECT))
                .actors();
    }

    private List<String> lemmasFrom(int word) {
        int sentence = tree.token(word).sentence();
        List<String> lemmas = new ArrayList<>();
        for (int i = word; i < tree.size() && i < word + LONGEST_CUE; i++) {
            if (tree.token(i).sentence() != sentence) {
                break;
            }
            lemmas.add(
                    tree.token(i).pos().equals("PRP$")
                            ? StanceLexicon.ANY_POSSESSIVE
                            : tree.token(i).lemma().toLowerCase(Locale.ROOT));
        }
        return lemmas;
    }

    private static List<Integer> wordsOf(int first, int count) {
        return Stream.iterate(first, i -> i + 1).limit(count).toList();
    }

    // "We will strike back", "they cannot hide": a threat is said as what is to come, or as what will not be allowed,
    // and saying it is the event, so the threat itself is asserted; only "did not threaten" says none was made.
    private static Modality threatMade(Stance stance, Modality mood) {
        if (Intolerance.warns(stance.rule())) {
            return Modality.ASSERTED;
        }
        return mood == Modality.FUTURE || mood == Modality.HYPOTHETICAL ? Modality.ASSERTED : mood;
    }

    private Event event(Stance stance) {
        Sentence sentence = sentenceOf(stance.word());
        // "They should leave": a request said by its modal is made, whatever becomes of the act it asks for.
        Modality mood = tree.token(stance.word()).deprel().startsWith("aux")
                ? modality.of(stance.anchor())
                : ModalityDetector.stronger(modality.of(stance.word()), modality.of(stance.anchor()));
        mood = stance.type().equals("THREATEN") ? threatMade(stance, mood) : mood;
        EventDater.Dated dated = dater.dateSaid(sentence, List.of(stance.anchor(), stance.word()), mood);
        return new Event(
                "",
                stance.type(),
                stance.mode(),
                List.of(stance.source()),
                stance.target().actors(),
                dated.value(),
                dated.granularity(),
                "",
                "",
                dated.modality(),
                lexicon.type(stance.type()).intensity(),
                dated.confidence() * SPEECH_CONFIDENCE,
                sentence.span(),
                tree.token(stance.word()).span(),
                stance.rule(),
                List.of(),
                List.of(),
                Location.NONE,
                null);
    }

    private Sentence sentenceOf(int word) {
        return document.sentences().stream()
                .filter(s -> s.containsToken(word))
                .findFirst()
                .orElseThrow();
    }

    // The verb that introduces the quote in this sentence ("said", "tweeted"), outside the quoted words.
    private Optional<Integer> speechVerb(Quote quote, Sentence sentence) {
        String cue = quote.cue().split(" ")[0];
        for (int i = sentence.firstToken(); i < sentence.endToken() && i < tree.size(); i++) {
            Token token = tree.token(i);
            if (!quote.span().contains(token.span())
                    && Tree.lower(token.lemma()).equals(cue)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
