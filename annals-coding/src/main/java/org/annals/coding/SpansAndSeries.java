package org.annals.coding;

import java.util.Set;
import org.annals.core.Token;

/**
 * Reads an act told as spread over years before the report ("has increased cooperation in the last few years", "in
 * recent years criticized", "for decades accused") or as a series up to now ("has repeatedly voted against", "have
 * long accused"). Such a telling names no one day, and the publication day would date a series by its end, which
 * the text does not give either: the act stays undated. An adverb of frequency marks a series only with the present
 * perfect, since in the simple past it may tell one scene of the news ("police repeatedly struck the man").
 */
final class SpansAndSeries {
    /** Adverbs that, with a present perfect, tell a series of acts or a stance held up to the report. */
    private static final Set<String> SERIES_ADVERBS =
            Set.of("repeatedly", "long", "often", "frequently", "consistently", "persistently", "continually");

    /** Units long enough that a span of them reaches back before the news. */
    private static final Set<String> LONG_UNITS = Set.of("year", "decade", "century");

    /** Modifiers that make a span of such units end at the report ("the last few years", "recent decades"). */
    private static final Set<String> ENDING_NOW = Set.of("last", "past", "recent");

    private static final Set<String> PERIOD_RELATIONS = Set.of("obl", "obl:tmod", "nmod", "nmod:tmod");

    private final Tree tree;
    private final ModalityDetector modality;

    SpansAndSeries(Tree tree) {
        this.tree = tree;
        this.modality = new ModalityDetector(tree);
    }

    /** Whether the act (a verb, or a noun with the verb of its clause) is told over a span or as a series. */
    boolean toldOverAPeriod(int predicate, int clause) {
        if (clause < 0) {
            return false;
        }
        boolean perfect = modality.isPresentPerfect(clause);
        boolean finite = perfect || tree.token(clause).pos().equals("VBD");
        return perfect && hasSeriesAdverb(clause)
                || finite && (spansYearsUpToNow(clause) || predicate != clause && spansYearsUpToNow(predicate));
    }

    private boolean hasSeriesAdverb(int verb) {
        return tree.children(verb, "advmod").stream()
                .anyMatch(adverb ->
                        SERIES_ADVERBS.contains(Tree.lower(tree.token(adverb).word())));
    }

    private boolean spansYearsUpToNow(int head) {
        return tree.children(head).stream()
                .filter(child -> PERIOD_RELATIONS.contains(tree.token(child).deprel()))
                .anyMatch(this::yearsUpToNow);
    }

    // "in the last few years", "over the past decade", "in recent years", "for years": years that end at the report;
    // "for two years" counts a length the time stage reads, and "in the years after the war" ends elsewhere.
    private boolean yearsUpToNow(int noun) {
        Token token = tree.token(noun);
        if (!LONG_UNITS.contains(Tree.lower(token.lemma()))) {
            return false;
        }
        boolean endingNow = tree.children(noun, "amod").stream()
                .anyMatch(m -> ENDING_NOW.contains(Tree.lower(tree.token(m).word())));
        boolean bareFor = tree.hasCase(noun, "for")
                && token.pos().equals("NNS")
                && tree.children(noun).stream()
                        .map(tree::token)
                        .noneMatch(
                                t -> t.deprel().equals("nummod") || t.deprel().equals("det"));
        return endingNow || bareFor;
    }
}
