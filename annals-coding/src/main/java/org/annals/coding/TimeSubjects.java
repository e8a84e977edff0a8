package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.core.TimeMention;
import org.annals.core.Token;

/**
 * A phrase of time the parser took for the subject while a name stands between it and the verb. With no comma or
 * preposition after a fronted day, "This Thursday the Commission also criticized the move" comes out with "Thursday"
 * as the subject and the name hung on it, and "The next day on Twitter West accused his wife" hangs "West" on "day"
 * inside "on Twitter West". A day, a week or a date does nothing itself, so when a name hangs on such a subject
 * before the verb, the name is the subject and the time phrase the verb's time. Inside a prepositional phrase the
 * name is split from the words before it only where the entity tagger ends a non-name there ("Twitter" | "West"); a
 * phrase tagged as one name ("on the Sunday Times") stays whole. The document's tokens stay as parsed.
 */
final class TimeSubjects {
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION");

    private final List<Token> tokens;
    private final List<TimeMention> times;

    private TimeSubjects(List<Token> parsed, List<TimeMention> times) {
        this.tokens = new ArrayList<>(parsed);
        this.times = times;
    }

    /** The tokens with every name that hangs on a subject of time made the verb's subject. */
    static List<Token> repaired(List<Token> parsed, List<TimeMention> times) {
        TimeSubjects repair = new TimeSubjects(parsed, times);
        for (Token token : parsed) {
            repair.repair(token.index());
        }
        return List.copyOf(repair.tokens);
    }

    private void repair(int subject) {
        Token token = tokens.get(subject);
        int verb = token.head();
        if (!token.deprel().equals("nsubj") || verb <= subject || NAME_TAGS.contains(token.ner()) || !inTime(token)) {
            return;
        }
        for (int name : children(subject)) {
            if (name > subject
                    && name < verb
                    && NAME_TAGS.contains(tokens.get(name).ner())) {
                if (giveBack(name, subject, verb)) {
                    return;
                }
            }
        }
    }

    private boolean giveBack(int name, int subject, int verb) {
        int preposition = preposition(name);
        if (preposition >= 0) {
            int split = split(preposition, name);
            if (split < 0) {
                return false;
            }
            for (int i = preposition; i < split; i++) {
                set(i, split, tokens.get(i).deprel());
            }
            set(split, subject, "nmod");
        }
        set(name, verb, "nsubj");
        set(subject, verb, "obl:tmod");
        return true;
    }

    // The name's own preposition, every word from it to the name hung on the name: "on Twitter West".
    private int preposition(int name) {
        for (int i = name - 1;
                i >= 0 && tokens.get(i).sentence() == tokens.get(name).sentence();
                i--) {
            Token before = tokens.get(i);
            if (before.head() != name) {
                return -1;
            }
            if (before.deprel().equals("case")) {
                return i;
            }
        }
        return -1;
    }

    // The last noun before the name's own words whose tag is no name's: "Twitter" in "on Twitter West".
    private int split(int preposition, int name) {
        String tag = tokens.get(name).ner();
        for (int i = name - 1; i > preposition; i--) {
            Token before = tokens.get(i);
            if (!before.ner().equals(tag)) {
                return before.isNoun() && !NAME_TAGS.contains(before.ner()) ? i : -1;
            }
        }
        return -1;
    }

    private boolean inTime(Token token) {
        return times.stream().anyMatch(t -> t.span().contains(token.span()));
    }

    private List<Integer> children(int head) {
        int sentence = tokens.get(head).sentence();
        List<Integer> found = new ArrayList<>();
        int first = head;
        while (first > 0 && tokens.get(first - 1).sentence() == sentence) {
            first--;
        }
        for (int i = first; i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
            if (tokens.get(i).head() == head) {
                found.add(i);
            }
        }
        return found;
    }

    private void set(int index, int head, String deprel) {
        Token t = tokens.get(index);
        tokens.set(
                index,
                new Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), t.ner(), t.sentence(), head, deprel));
    }
}
