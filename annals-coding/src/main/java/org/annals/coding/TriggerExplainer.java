package org.annals.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * Tells, for every word of the event and stance lexicons in an analysed document's articles, the event it gave or
 * why it gave none: the coder is run again with its drop log open, and its words are set against the events the
 * document holds, which later passes may have completed or removed. Nothing is stored in the document.
 */
public final class TriggerExplainer {
    private static final int LONGEST_CUE = 4;

    private final EventLexicon lexicon;
    private final ActNouns acts;
    private final StanceLexicon stances;

    public TriggerExplainer() {
        this(EventLexicon.standard());
    }

    public TriggerExplainer(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.acts = ActNouns.standard(lexicon.types());
        this.stances = StanceLexicon.standard(lexicon.types());
    }

    /** The lexicon words of {@code analysed} (a document the events stage has run on), in text order. */
    public List<TriggerCandidate> explain(Document analysed) {
        Tree tree = new Tree(analysed);
        Map<Integer, MissingArguments.Gap> drops = new HashMap<>();
        Set<Integer> untriggered = new HashSet<>();
        TriggerLog log = new TriggerLog() {
            @Override
            public void dropped(int word, String reason, String detail) {
                drops.put(word, new MissingArguments.Gap(reason, detail));
            }

            @Override
            public void untriggered(int word) {
                untriggered.add(word);
            }
        };
        List<Event> coded = new EventCoder(lexicon, acts, analysed, tree, log).code();
        List<Quote> spoken = spoken(analysed);
        List<TriggerCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            Token token = tree.token(i);
            Optional<Event> event = eventAt(analysed.events(), token.span());
            boolean read = tree.inArticle(i) && (event.isPresent() || drops.containsKey(i) || known(tree, i));
            if (!read) {
                continue;
            }
            MissingArguments.Gap why = event.isPresent()
                    ? describe(event.get())
                    : drops.containsKey(i)
                            ? drops.get(i)
                            : untriggered.contains(i)
                                    ? notATrigger(tree, i, spoken)
                                    : removed(coded, token.span(), new OpinionsOfNoActor(tree, acts));
            candidates.add(
                    new TriggerCandidate(token.sentence(), token.span(), token.word(), why.reason(), why.word()));
        }
        return candidates;
    }

    private boolean known(Tree tree, int i) {
        Token token = tree.token(i);
        return !token.isProperNoun() && (lexiconEntry(token) || stanceCue(tree, i));
    }

    // A verb whose lemma is only a noun entry ("claimed", "according") is no trigger word of the lexicon.
    private boolean lexiconEntry(Token token) {
        String lemma = Tree.lower(token.lemma());
        boolean verb = lexicon.verb(lemma).isPresent();
        return token.isVerb() ? verb : verb || !lexicon.nouns(lemma).isEmpty();
    }

    private boolean stanceCue(Tree tree, int i) {
        List<String> lemmas = new ArrayList<>();
        for (int j = i; j < Math.min(tree.size(), i + LONGEST_CUE); j++) {
            lemmas.add(Tree.lower(tree.token(j).lemma()));
        }
        return !stances.startingWith(lemmas, tree.token(i).pos()).isEmpty();
    }

    private static Optional<Event> eventAt(List<Event> events, Span word) {
        return events.stream().filter(e -> e.trigger().equals(word)).findFirst();
    }

    private static MissingArguments.Gap describe(Event e) {
        String detail = e.type() + " " + String.join("+", e.sourceIds()) + " -> " + String.join("+", e.targetIds())
                + " (" + e.rule() + ")";
        return new MissingArguments.Gap(TriggerCandidate.CODED, detail);
    }

    // Coded here but absent from the document: a later pass (an unclaimed duplicate, a kin or role completion, an
    // opinion that no pass gave a target) took it out.
    private static MissingArguments.Gap removed(List<Event> coded, Span word, OpinionsOfNoActor opinions) {
        Optional<Event> event = eventAt(coded, word);
        if (event.isPresent() && AppealedRulings.unanswered(event.get())) {
            return new MissingArguments.Gap(
                    AppealedRulings.REASON, String.join("+", event.get().sourceIds()));
        }
        if (event.isPresent() && opinions.concernsNoActor(event.get())) {
            return new MissingArguments.Gap(OpinionsOfNoActor.REASON, "");
        }
        return event.isPresent()
                ? new MissingArguments.Gap("removed by a later pass", "")
                : new MissingArguments.Gap("removed: duplicate of an unclaimed act", "");
    }

    // A quoted cue codes nothing either because nobody resolved says it or because it is about no actor found.
    private static MissingArguments.Gap stanceMissed(Tree tree, int i, List<Quote> spoken) {
        if (!tree.quoted(i)) {
            return new MissingArguments.Gap("stance cue: outside a quotation", "");
        }
        Span word = tree.token(i).span();
        return spoken.stream().anyMatch(q -> q.span().contains(word))
                ? new MissingArguments.Gap("stance cue: no target found", "")
                : new MissingArguments.Gap("stance cue: quotation without a resolved speaker", "");
    }

    // The quotations whose speaker is a resolved actor: only these can hold a stance.
    private static List<Quote> spoken(Document analysed) {
        ActorIndex index = new ActorIndex(analysed);
        return analysed.quotes().stream()
                .filter(q ->
                        !q.speakerId().isEmpty() && index.actor(q.speakerId()).isPresent())
                .toList();
    }

    private MissingArguments.Gap notATrigger(Tree tree, int i, List<Quote> spoken) {
        Token token = tree.token(i);
        String lemma = Tree.lower(token.lemma());
        if (!lexiconEntry(token)) {
            return stanceMissed(tree, i, spoken);
        }
        if (token.isVerb()) {
            return new MissingArguments.Gap("verb ending a hyphenated adjective", "");
        }
        if (!token.isNoun()) {
            return new MissingArguments.Gap("tagged neither verb nor noun", token.pos());
        }
        if (lexicon.nouns(lemma).isEmpty()) {
            return new MissingArguments.Gap("noun of a verb entry, not in nouns.tsv", lemma);
        }
        int governor = tree.head(i);
        String hangsOn = governor < 0 ? "root" : Tree.lower(tree.token(governor).lemma()) + "/" + token.deprel();
        return governor >= 0 && tree.token(governor).isVerb()
                ? new MissingArguments.Gap("nominal: verb is no support verb", hangsOn)
                : new MissingArguments.Gap("nominal: no support verb and no owner", hangsOn);
    }
}
