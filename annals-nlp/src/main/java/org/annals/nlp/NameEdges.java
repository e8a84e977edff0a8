package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;

/**
 * Trims the tagger's name runs of edge words that name nothing: a capitalised preposition opening a sentence ("Near
 * Palmyra, ...", "Like Wikipedia, ...") and punctuation at either end ("Google Science Fair —", a lone "–" between
 * two names). Left in, they give a mention a span no reader would mark and keep a known name ("Ar Raqqah") from
 * matching the knowledge base.
 */
final class NameEdges {
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION");
    private static final Set<String> PREPOSITION_TAGS = Set.of("IN", "TO");
    private static final Set<String> OPENING_PUNCTUATION = Set.of("``", "-LRB-", ":", ",");
    // The tagger calls a capitalised preposition before a name a proper noun ("Near/NNP Palmyra/NNP").
    private static final Set<String> PREPOSITIONS = Set.of(
            "about",
            "across",
            "after",
            "against",
            "along",
            "amid",
            "among",
            "around",
            "at",
            "before",
            "behind",
            "beside",
            "between",
            "beyond",
            "by",
            "despite",
            "during",
            "for",
            "from",
            "in",
            "inside",
            "into",
            "like",
            "near",
            "on",
            "outside",
            "since",
            "through",
            "throughout",
            "to",
            "toward",
            "towards",
            "under",
            "unlike",
            "until",
            "with",
            "within",
            "without");

    private NameEdges() {}

    static List<Token> trim(List<Token> tokens) {
        List<Token> result = new ArrayList<>(tokens);
        int i = 0;
        while (i < result.size()) {
            int end = NerRuns.end(result, i);
            if (!result.get(i).ner().equals("O")) {
                trimRun(result, i, end);
            }
            i = end;
        }
        return result;
    }

    private static void trimRun(List<Token> tokens, int first, int end) {
        int start = first;
        while (start < end && (isPunctuation(tokens.get(start)) || opensSentence(tokens, start, end))) {
            tokens.set(start, NerConsistency.withNer(tokens.get(start), "O"));
            start++;
        }
        int last = end - 1;
        while (last >= start && isPunctuation(tokens.get(last))) {
            tokens.set(last, NerConsistency.withNer(tokens.get(last), "O"));
            last--;
        }
    }

    /** No letter or digit: a dash, comma, quotation mark or bracket. */
    private static boolean isPunctuation(Token token) {
        return token.word().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    // "Near Palmyra, one strike ...": only where the preposition opens the sentence or a quotation, since capitals
    // there say nothing about names; mid-sentence "Near East" or "Under Armour" stay whole. A preposition the tagger
    // took for a proper noun counts where a comma closes the phrase, as after an opening adverbial ("Under Armour
    // said" keeps its name).
    private static boolean opensSentence(List<Token> tokens, int at, int end) {
        Token token = tokens.get(at);
        boolean tagged = PREPOSITION_TAGS.contains(token.pos());
        boolean adverbial = PREPOSITIONS.contains(token.word().toLowerCase(Locale.ROOT))
                && end < tokens.size()
                && tokens.get(end).word().equals(",");
        boolean preposition = (tagged || adverbial)
                && Character.isUpperCase(token.word().codePointAt(0))
                && NAME_TAGS.contains(token.ner());
        boolean beforeName = at + 1 < end && tokens.get(at + 1).isProperNoun();
        boolean atStart = at == 0
                || tokens.get(at - 1).sentence() != token.sentence()
                || OPENING_PUNCTUATION.contains(tokens.get(at - 1).pos());
        return preposition && beforeName && atStart;
    }
}
