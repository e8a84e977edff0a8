package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.TimeMention;
import org.annals.core.Token;

/**
 * A subject name the parser joined to a fronted phrase of time or place. With no comma after the phrase, "On Monday
 * Trump criticized the decision" and "In Turkey Minister Ellwood met with the coalition" come out as one noun phrase
 * ("Monday Trump", "Turkey Minister Ellwood") that is an oblique of the verb, and the verb has no subject. English
 * has no noun phrase of a weekday or a country followed by a person's or an organisation's name, nor of a common
 * noun followed by one but for a role ("On live television Erdogan also attacked"; "rapper Kanye West", where the
 * person still acts), so when such an oblique stands before a verb that has no subject of its own, the name is the
 * subject and the day, place or thing alone is the oblique. The repaired parse is what the actor and event layers read; the document's tokens stay as parsed.
 */
final class FrontedNameSubjects {
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> PLACE_OR_TIME_TAGS =
            Set.of("LOCATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "DATE");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    private static final Set<String> COMMON_NOUN_TAGS = Set.of("NN", "NNS");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl");

    private final List<Token> tokens;
    private final List<TimeMention> times;

    private FrontedNameSubjects(Document document) {
        this.tokens = new ArrayList<>(document.tokens());
        this.times = document.times();
    }

    /** The document's tokens with every such subject given back to its verb. */
    static List<Token> repaired(Document document) {
        FrontedNameSubjects repair = new FrontedNameSubjects(document);
        for (Token token : document.tokens()) {
            repair.repair(token.index());
        }
        return List.copyOf(repair.tokens);
    }

    private void repair(int name) {
        Token token = tokens.get(name);
        if (!token.deprel().equals("obl") || !NAME_TAGS.contains(token.ner())) {
            return;
        }
        int governor = token.head();
        int verb = adverbOfVerb(governor) ? tokens.get(governor).head() : governor;
        if (governor < 0 || verb <= name || !predicate(verb) || !nextToVerb(name, verb)) {
            return;
        }
        int preposition = preposition(name);
        int split = preposition < 0 ? -1 : split(preposition, name);
        if (split < 0) {
            return;
        }
        boolean passive =
                children(verb).stream().anyMatch(c -> tokens.get(c).deprel().equals("aux:pass"));
        set(name, verb, passive ? "nsubj:pass" : "nsubj");
        set(split, governor, "obl");
        for (int i = preposition; i < split; i++) {
            set(i, split, tokens.get(i).deprel());
        }
    }

    // "Later on Tuesday Okafor met": the phrase hangs on the adverb before it, which modifies the verb.
    private boolean adverbOfVerb(int governor) {
        if (governor < 0) {
            return false;
        }
        Token adverb = tokens.get(governor);
        return adverb.pos().startsWith("RB") && adverb.deprel().equals("advmod") && adverb.head() > governor;
    }

    // A verb that needs a subject: finite, or with an auxiliary ("will meet"), and without one of its own.
    private boolean predicate(int verb) {
        Token token = tokens.get(verb);
        List<Integer> children = children(verb);
        boolean finite = FINITE.contains(token.pos())
                || token.isVerb()
                        && children.stream()
                                .anyMatch(c -> tokens.get(c).deprel().startsWith("aux"));
        return finite
                && children.stream()
                        .noneMatch(c -> SUBJECTS.contains(tokens.get(c).deprel()));
    }

    // A comma after the phrase would set it off, and the parser then finds the subject itself.
    private boolean nextToVerb(int name, int verb) {
        for (int i = name + 1; i < verb; i++) {
            Token between = tokens.get(i);
            if (between.head() != verb || between.pos().equals(",")) {
                return false;
            }
        }
        return true;
    }

    // The phrase opens with its preposition, every word after it hung inside the phrase: "On Monday Trump".
    private int preposition(int name) {
        for (int i = name - 1;
                i >= 0 && tokens.get(i).sentence() == tokens.get(name).sentence();
                i--) {
            Token before = tokens.get(i);
            if (before.head() < i || before.head() > name) {
                return -1;
            }
            if (before.deprel().equals("case")) {
                return i;
            }
        }
        return -1;
    }

    // The last word of time or place between the preposition and the name, when the name itself is neither; or the
    // last common noun there ("On live television Erdogan"), which no name follows inside one noun phrase but as its
    // role ("rapper Kanye West"), and then the person is still the one who acts.
    private int split(int preposition, int name) {
        for (int i = name - 1; i > preposition; i--) {
            if (timeOrPlace(i) || commonNoun(i)) {
                return tokens.get(i + 1).ner().equals(tokens.get(name).ner()) || i + 1 == name || title(i + 1, name)
                        ? i
                        : -1;
            }
            if (!tokens.get(i).deprel().equals("compound")) {
                return -1;
            }
        }
        return -1;
    }

    // Words between the place and the name are the name's or its title's ("Turkey Minister Ellwood").
    private boolean title(int first, int name) {
        for (int i = first; i < name; i++) {
            if (timeOrPlace(i) || !tokens.get(i).isProperNoun()) {
                return false;
            }
        }
        return true;
    }

    private boolean commonNoun(int index) {
        Token token = tokens.get(index);
        return COMMON_NOUN_TAGS.contains(token.pos())
                && (token.ner().isEmpty() || token.ner().equals("O"));
    }

    private boolean timeOrPlace(int index) {
        Token token = tokens.get(index);
        if (inTime(token)) {
            return true;
        }
        return PLACE_OR_TIME_TAGS.contains(token.ner());
    }

    private boolean inTime(Token token) {
        return times.stream().anyMatch(t -> t.span().contains(token.span()));
    }

    // A sentence's tokens stand together, so its dependents are found without a pass over the whole document.
    private List<Integer> children(int head) {
        int sentence = tokens.get(head).sentence();
        List<Integer> found = new ArrayList<>();
        for (int i = sentenceStart(head); i < tokens.size() && tokens.get(i).sentence() == sentence; i++) {
            if (tokens.get(i).head() == head) {
                found.add(tokens.get(i).index());
            }
        }
        return found;
    }

    private int sentenceStart(int index) {
        int first = index;
        while (first > 0
                && tokens.get(first - 1).sentence() == tokens.get(index).sentence()) {
            first--;
        }
        return first;
    }

    private void set(int index, int head, String deprel) {
        Token t = tokens.get(index);
        tokens.set(
                index,
                new Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), t.ner(), t.sentence(), head, deprel));
    }
}
