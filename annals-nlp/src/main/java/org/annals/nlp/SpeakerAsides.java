package org.annals.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.Token;

/**
 * What an attribution between two parts of a quotation says about the speaker rather than attributes: ""A," said Ana
 * Ruiz, who runs the farm. "B."", ""A," said Ana Ruiz of the Institute for Research in Marine Sciences (IRMS).
 * "B."". A relative clause on the speaker and a parenthesis add to who speaks, not to the attribution, and a long
 * name is still one name; so they do not make the attribution too long to be one, and the relative clause's verb is
 * no second finite verb.
 */
final class SpeakerAsides {
    private SpeakerAsides() {}

    /** The words of the attribution without the speaker's relative clauses and without parenthesised words. */
    static List<Token> without(Document document, List<Token> words, Optional<Token> speaker) {
        List<Token> tokens = document.tokens();
        Set<Integer> aside = new HashSet<>(parenthesised(tokens, words));
        speaker.ifPresent(s -> {
            for (Token token : tokens) {
                if (token.head() == s.index() && token.deprel().equals("acl:relcl")) {
                    words.stream()
                            .filter(w -> Heads.dominates(tokens, token, w))
                            .forEach(w -> aside.add(w.index()));
                }
            }
        });
        return words.stream().filter(w -> !aside.contains(w.index())).toList();
    }

    /** How many words the attribution has when each name (a mention of several words) counts once. */
    static int nameCountedOnce(Document document, List<Token> words) {
        Set<Mention> names = new HashSet<>();
        int count = 0;
        for (Token word : words) {
            Optional<Mention> name = document.mentions().stream()
                    .filter(m -> m.span().contains(word.span()))
                    .findFirst();
            if (name.isEmpty() || names.add(name.get())) {
                count++;
            }
        }
        return count;
    }

    private static Set<Integer> parenthesised(List<Token> tokens, List<Token> words) {
        Set<Integer> inside = new HashSet<>();
        if (words.isEmpty()) {
            return inside;
        }
        int depth = 0;
        for (int at = words.get(0).index(); at <= words.get(words.size() - 1).index(); at++) {
            String word = tokens.get(at).word();
            if (word.equals("(") || word.equals("-LRB-")) {
                depth++;
            } else if (word.equals(")") || word.equals("-RRB-")) {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0) {
                inside.add(at);
            }
        }
        return inside;
    }
}
