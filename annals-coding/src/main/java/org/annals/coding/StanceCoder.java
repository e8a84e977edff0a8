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
    private static final Set<String> STANCE_TYPES = Set.of("ACCUSE", "SUPPORT", "REJECT", "REQUEST");
    private static final Set<String> FIRST_PERSON_SUBJECTS = Set.of("i", "we");
    // Whoever only relays a quote ("according to the BBC") does not hold the stance in it.
    private static final Set<String> RELAYING_CUES = Set.of("according to", "report", "reveal", "cite");
    private static final int LONGEST_CUE = 4;
    private static final Set<String> CALLING_VERBS =
            Set.of("call", "name", "label", "brand", "describe", "term", "dub", "denounce", "condemn");
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
    private final ModalityDetector modality;
    private final EventDater dater;

    StanceCoder(StanceLexicon stances, EventLexicon lexicon, ActNouns acts, Document document) {
        this.stances = stances;
        this.lexicon = lexicon;
        this.document = document;
        this.tree = new Tree(document);
        this.index = new ActorIndex(document);
        this.arguments = new Arguments(tree, index);
        this.authors = new ActAuthors(tree, arguments, acts);
        this.targets = new StanceTargets(tree, arguments, authors);
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
            if (!triggers.contains(clauseVerbOf(stance)) && known.add(EventCoder.key(stance))) {
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
    // judging word in it is part of what it reports.
    private Span clauseVerbOf(Event stance) {
        for (int i = 0; i < tree.size(); i++) {
            if (tree.token(i).span().equals(stance.trigger())) {
                return tree.token(targets.clauseHead(i)).span();
            }
        }
        return stance.trigger();
    }

    private List<Event> stances() {
        List<Event> events = new ArrayList<>();
        List<Quote> spoken = document.quotes().stream()
                .filter(q -> !q.speakerId().isEmpty()
                        && index.actor(q.speakerId()).isPresent()
                        && !RELAYING_CUES.contains(q.cue()))
                .toList();
        for (int i = 0; i < tree.size(); i++) {
            if (!tree.inArticle(i)) {
                continue;
            }
            Span word = tree.token(i).span();
            Optional<Quote> quote =
                    spoken.stream().filter(q -> q.span().contains(word)).findFirst();
            Optional<Stance> stance = quote.isPresent()
                    ? stanceAt(i, quote.get().speakerId())
                            .map(s -> s.spokenWith(speechVerb(quote.get(), sentenceOf(s.word()))))
                    : calledAt(i);
            stance.ifPresent(s -> events.add(event(s)));
        }
        return events;
    }

    private Optional<Stance> stanceAt(int word, String speaker) {
        Token token = tree.token(word);
        for (StanceLexicon.Cue cue : stances.startingWith(lemmasFrom(word), token.pos())) {
            List<Integer> words = wordsOf(word, cue.lemmas().size());
            if (targets.negated(word, words)) {
                continue;
            }
            Optional<StanceTargets.Target> target = cue.role() == StanceLexicon.Role.ABOUT
                    ? targets.about(word, words, speaker)
                    : targets.act(word, speaker);
            if (target.isPresent()) {
                String rule = "stance:" + cue.text() + "/" + target.get().route();
                return Optional.of(new Stance(word, word, speaker, cue.type(), cue.mode(), target.get(), rule));
            }
        }
        return firstPersonVerb(word, speaker);
    }

    // "named the two groups as terrorists", "called the minister's plan reckless": a verb of naming whose complement
    // is a judgement makes its subject the one who judges.
    private Optional<Stance> calledAt(int word) {
        Token token = tree.token(word);
        int head = targets.clauseHead(word);
        boolean named = head != word
                && tree.token(head).isVerb()
                && CALLING_VERBS.contains(Tree.lower(tree.token(head).lemma()))
                && Set.of("xcomp", "obl").contains(token.deprel())
                && tree.head(word) == head;
        if (!named) {
            return Optional.empty();
        }
        List<String> judges = arguments.source(head).actors();
        if (judges.size() != 1) {
            return Optional.empty();
        }
        String judge = judges.get(0);
        for (StanceLexicon.Cue cue : stances.startingWith(lemmasFrom(word), token.pos())) {
            List<Integer> words = wordsOf(word, cue.lemmas().size());
            if (cue.role() != StanceLexicon.Role.ABOUT || targets.negated(word, words)) {
                continue;
            }
            Optional<StanceTargets.Target> target = targets.about(word, words, judge);
            if (target.isPresent()) {
                String rule = "stance:" + cue.text() + "/called-" + target.get().route();
                return Optional.of(new Stance(word, head, judge, cue.type(), cue.mode(), target.get(), rule));
            }
        }
        return Optional.empty();
    }

    // "I urge the mayor to resign", "we condemn the attack on the embassy": the speaker does what the verb says.
    private Optional<Stance> firstPersonVerb(int word, String speaker) {
        Token token = tree.token(word);
        boolean firstPerson = tree.children(word, "nsubj").stream()
                .anyMatch(s ->
                        FIRST_PERSON_SUBJECTS.contains(Tree.lower(tree.token(s).word())));
        if (!token.isVerb() || !firstPerson || targets.negated(word, List.of(word))) {
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
            lemmas.add(tree.token(i).lemma().toLowerCase(Locale.ROOT));
        }
        return lemmas;
    }

    private static List<Integer> wordsOf(int first, int count) {
        return Stream.iterate(first, i -> i + 1).limit(count).toList();
    }

    private Event event(Stance stance) {
        Sentence sentence = sentenceOf(stance.word());
        Modality mood = ModalityDetector.stronger(modality.of(stance.word()), modality.of(stance.anchor()));
        EventDater.Dated dated = dater.date(sentence, List.of(stance.anchor(), stance.word()), mood, true);
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
