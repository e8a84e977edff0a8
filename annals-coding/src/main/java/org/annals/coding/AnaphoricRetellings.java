package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Modality;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * "Putin met Xi in Beijing on Tuesday ... The meeting lasted three hours": a definite or demonstrative event noun
 * (retold-nouns.tsv) with no participant, place, date or number of its own, and no support verb to give it some,
 * tells again the act of its type and mode told most prominently in an earlier sentence (the nearest of equals). Its
 * sentence becomes a mention of that event and no event is coded for it. "A meeting" is another one; "the next
 * meeting" or "the SCO summit" are told apart by what they say of themselves. Created per document.
 */
final class AnaphoricRetellings {
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("the", "this", "that");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("the", "these", "those");
    private static final Set<String> INDEFINITE_DETERMINERS = Set.of("a", "an", "another");
    // Dependents that name the act's own participants, owner, kind or count: "Russia's attack", "the SCO summit",
    // "the two meetings".
    private static final Set<String> OWN_ARGUMENTS = Set.of("nmod:poss", "compound", "nummod");
    // Modifiers that set the act apart from one told before: "the next meeting", "the previous talks".
    private static final Set<String> OTHER_OCCASIONS = Set.of(
            "next",
            "previous",
            "last",
            "first",
            "second",
            "third",
            "final",
            "upcoming",
            "future",
            "earlier",
            "later",
            "prior",
            "planned",
            "proposed",
            "annual",
            "subsequent",
            "former",
            "past",
            "new",
            "similar",
            "such",
            "other");
    private static final String NO_ENTITY = "O";
    private static final Set<Modality> HAPPENED = Set.of(Modality.ASSERTED, Modality.HISTORICAL);

    private final RetoldNouns nouns;
    private final EventLexicon lexicon;
    private final Document document;
    private final Tree tree;
    private final TellingProminence prominence;

    AnaphoricRetellings(RetoldNouns nouns, EventLexicon lexicon, Document document, Tree tree) {
        this.nouns = nouns;
        this.lexicon = lexicon;
        this.document = document;
        this.tree = tree;
        this.prominence = new TellingProminence(document, tree);
    }

    /** The events with the sentence of each anaphoric event noun added to the mentions of the act it retells. */
    List<Event> addTo(List<Event> events) {
        // Weighed on the tellings found before this rule, so a mention it adds does not make its own choice look
        // more certain the next time.
        int[] scores = events.stream().mapToInt(prominence::of).toArray();
        List<Event> told = events;
        for (int i = 0; i < tree.size(); i++) {
            Optional<RetoldNouns.Noun> noun = anaphoric(i, told);
            if (noun.isPresent()) {
                Span sentence = sentenceOf(i);
                told = Retellings.withMention(told, antecedent(told, scores, noun.get(), sentence), sentence);
            }
        }
        return told;
    }

    private Optional<RetoldNouns.Noun> anaphoric(int i, List<Event> events) {
        Token token = tree.token(i);
        if (!tree.inArticle(i) || !token.isNoun() || token.isProperNoun()) {
            return Optional.empty();
        }
        return nouns.noun(token.lemma())
                .filter(noun -> determined(i, noun))
                .filter(noun -> bare(i) && !supported(i, noun))
                .filter(noun -> events.stream().noneMatch(e -> e.trigger().equals(token.span())));
    }

    // "the meeting", "this visit"; a plural tells several acts ("the attacks") unless the noun's plural is one act
    // ("the talks").
    private boolean determined(int noun, RetoldNouns.Noun entry) {
        boolean plural = tree.token(noun).pos().endsWith("S");
        if (plural && !entry.pluralIsOne()) {
            return false;
        }
        Set<String> determiners = plural ? PLURAL_DETERMINERS : SINGULAR_DETERMINERS;
        return tree.children(noun, "det").stream()
                .map(d -> Tree.lower(tree.token(d).word()))
                .anyMatch(determiners::contains);
    }

    // Nothing under the noun names a participant, place, date or number, nor sets it apart from an earlier act.
    private boolean bare(int noun) {
        for (int child : tree.children(noun)) {
            Token token = tree.token(child);
            if (OWN_ARGUMENTS.contains(token.deprel()) || OTHER_OCCASIONS.contains(Tree.lower(token.lemma()))) {
                return false;
            }
        }
        return IntStream.range(0, tree.size())
                .filter(j -> j != noun && tree.dominates(noun, j))
                .noneMatch(this::namesSomething);
    }

    private boolean namesSomething(int index) {
        Token token = tree.token(index);
        boolean entity = !token.ner().isEmpty() && !token.ner().equals(NO_ENTITY);
        return entity
                || token.isProperNoun()
                || document.mentions().stream().anyMatch(m -> m.span().overlaps(token.span()));
    }

    // "The meeting was held in Tianjin", "they attended the summit": the support verb gives the noun its own actors,
    // place and date, and the coder reads it as a telling of its own.
    private boolean supported(int noun, RetoldNouns.Noun entry) {
        int governor = tree.head(noun);
        if (governor < 0 || !tree.token(governor).isVerb()) {
            return false;
        }
        String verb = Tree.lower(tree.token(governor).lemma());
        return lexicon.nouns(entry.frame()).stream()
                .anyMatch(n -> n.type().equals(entry.type()) && n.supportVerbs().contains(verb));
    }

    // Of the acts of the noun's type and mode told before its sentence, the most prominently told, the nearest of
    // equals: "the attack" after a lead that tells a strike and a later sentence that names an earlier attack as an
    // example is the strike. When the most prominent act was itself only named in passing and another act could be
    // meant, the choice is a guess and no mention is added.
    private OptionalInt antecedent(List<Event> events, int[] scores, RetoldNouns.Noun noun, Span sentence) {
        int best = -1;
        int bestScore = -1;
        int bestStart = -1;
        int candidates = 0;
        for (int k = 0; k < events.size(); k++) {
            Event event = events.get(k);
            int start = latestTellingBefore(event, sentence);
            if (!noun.retells(event.type(), event.mode()) || !oneActTold(event) || start < 0) {
                continue;
            }
            candidates++;
            int score = scores[k];
            if (score > bestScore || score == bestScore && start > bestStart) {
                best = k;
                bestScore = score;
                bestStart = start;
            }
        }
        if (best < 0
                || candidates > 1 && prominence.inPassing(events.get(best))
                || introducedSince(events, noun, bestStart, sentence)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(best);
    }

    // "ministers who attended an official meeting ... During that meeting": an act introduced by the same noun,
    // indefinite, after the candidate's telling and coded as no event, is the one the noun most likely retells.
    private boolean introducedSince(List<Event> events, RetoldNouns.Noun noun, int since, Span sentence) {
        int telling = IntStream.range(0, tree.size())
                .filter(j -> tree.token(j).span().start() >= since)
                .map(j -> tree.token(j).sentence())
                .findFirst()
                .orElse(Integer.MAX_VALUE);
        for (int j = 0; j < tree.size(); j++) {
            Token token = tree.token(j);
            boolean between = token.sentence() > telling && token.span().end() <= sentence.start();
            if (between && tree.inArticle(j) && introduces(j, noun, events)) {
                return true;
            }
        }
        return false;
    }

    private boolean introduces(int index, RetoldNouns.Noun noun, List<Event> events) {
        Token token = tree.token(index);
        boolean sameNoun = token.isNoun() && Tree.lower(token.lemma()).equals(noun.lemma());
        boolean indefinite = tree.hasDeterminer(index, INDEFINITE_DETERMINERS);
        return sameNoun
                && indefinite
                && events.stream().noneMatch(e -> e.trigger().equals(token.span()));
    }

    // "did not meet" and "plans to attack" tell no act that happened to speak of again, and "the attacks on the
    // embassy" tell several, none of which "the attack" is more than another; "held talks" is one round of talks.
    private boolean oneActTold(Event event) {
        boolean several = tree.pluralNounAt(event.trigger())
                && tree.lemmaAt(event.trigger())
                        .flatMap(nouns::noun)
                        .map(noun -> !noun.pluralIsOne())
                        .orElse(true);
        return HAPPENED.contains(event.modality()) && !several;
    }

    private static int latestTellingBefore(Event event, Span sentence) {
        int latest =
                event.evidence().end() <= sentence.start() ? event.evidence().start() : -1;
        for (Span mention : event.mentions()) {
            if (mention.end() <= sentence.start()) {
                latest = Math.max(latest, mention.start());
            }
        }
        return latest;
    }

    private Span sentenceOf(int token) {
        return document.sentences().get(tree.token(token).sentence()).span();
    }
}
