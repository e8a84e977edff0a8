package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.core.Token;

/**
 * A subject name the parser took for an appositive of the phrase before it. After a fronted phrase set off by a comma,
 * "In response to a lawsuit by the group National Coalition for Men, Judge Gray Miller ruled the draft unlawful"
 * comes out with "Miller" in apposition to "Men" and "ruled" without a subject. An appositive renames a noun and is
 * closed by a comma or the sentence's end; a name set off by a comma before and followed at once by a verb that has
 * no subject is that verb's subject. The document's tokens stay as parsed.
 */
final class ApposedSubjects {
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> BEFORE_VERB = Set.of("aux", "aux:pass", "advmod");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl");

    private final List<Token> tokens;

    private ApposedSubjects(List<Token> parsed) {
        this.tokens = new ArrayList<>(parsed);
    }

    /** The tokens with every such name made its verb's subject. */
    static List<Token> repaired(List<Token> parsed) {
        ApposedSubjects repair = new ApposedSubjects(parsed);
        for (Token token : parsed) {
            repair.repair(token.index());
        }
        return List.copyOf(repair.tokens);
    }

    private void repair(int name) {
        Token token = tokens.get(name);
        if (!token.deprel().equals("appos") || !NAME_TAGS.contains(token.ner()) || !setOff(name)) {
            return;
        }
        int verb = verbAfter(name);
        if (verb < 0 || !predicate(verb)) {
            return;
        }
        boolean passive =
                children(verb).stream().anyMatch(c -> tokens.get(c).deprel().equals("aux:pass"));
        Token t = tokens.get(name);
        tokens.set(
                name,
                new Token(
                        t.index(),
                        t.span(),
                        t.word(),
                        t.lemma(),
                        t.pos(),
                        t.ner(),
                        t.sentence(),
                        verb,
                        passive ? "nsubj:pass" : "nsubj"));
    }

    // The name's own words run back to a comma: ", U.S. District Judge Gray Miller".
    private boolean setOff(int name) {
        int first = name;
        while (first > 0
                && sameSentence(first - 1, name)
                && tokens.get(first - 1).head() >= first
                && tokens.get(first - 1).head() <= name) {
            first--;
        }
        return first > 0
                && sameSentence(first - 1, name)
                && tokens.get(first - 1).word().equals(",");
    }

    // The verb right after the name, past its auxiliaries and adverbs ("Miller has also ruled").
    private int verbAfter(int name) {
        int next = name + 1;
        while (next < tokens.size()
                && sameSentence(next, name)
                && BEFORE_VERB.contains(tokens.get(next).deprel())
                && tokens.get(next).head() > next) {
            next++;
        }
        if (next >= tokens.size()
                || !sameSentence(next, name)
                || !tokens.get(next).isVerb()) {
            return -1;
        }
        for (int i = name + 1; i < next; i++) {
            if (tokens.get(i).head() != next) {
                return -1;
            }
        }
        return next;
    }

    // A finite verb, or one with an auxiliary, that has no subject of its own.
    private boolean predicate(int verb) {
        List<Integer> children = children(verb);
        boolean finite = FINITE.contains(tokens.get(verb).pos())
                || children.stream().anyMatch(c -> tokens.get(c).deprel().startsWith("aux"));
        return finite
                && children.stream()
                        .noneMatch(c -> SUBJECTS.contains(tokens.get(c).deprel()));
    }

    private boolean sameSentence(int a, int b) {
        return tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    private List<Integer> children(int head) {
        List<Integer> found = new ArrayList<>();
        int first = head;
        while (first > 0 && sameSentence(first - 1, head)) {
            first--;
        }
        for (int i = first; i < tokens.size() && sameSentence(i, head); i++) {
            if (tokens.get(i).head() == head) {
                found.add(i);
            }
        }
        return found;
    }
}
