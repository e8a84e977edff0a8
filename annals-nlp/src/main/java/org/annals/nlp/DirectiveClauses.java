package org.annals.nlp;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * The reported content of a directive: "urged [the embassy to reconsider]", "advises [citizens to continue paying]",
 * "calling for [the killers to be brought to justice]", "asking [to waive her immunity]": the addressee, when there
 * is one, and the infinitive after it.
 */
final class DirectiveClauses {
    private static final Set<String> DIRECTIVES = Set.of("urge", "encourage", "advise", "ask", "call", "implore");
    private static final Set<String> BREAKS = Set.of(",", ";", "—", "–", ":");
    private static final Set<String> ADDRESSEES = Set.of("obj", "iobj", "obl", "nsubj:xsubj");
    // Cues that instruct only when they name whom ("told passengers to take another way", "warned people to stay
    // inside"); otherwise they report ("told reporters the talks failed", "warned the talks could fail").
    private static final Set<String> ADDRESSED_DIRECTIVES = Set.of("tell", "warn");

    private DirectiveClauses() {}

    static boolean isDirective(Token cue) {
        return cue.isVerb() && DIRECTIVES.contains(cue.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** The addressee and infinitive of an instruction ("warned residents to leave"); empty without an addressee. */
    static Optional<Span> instruction(List<Token> tokens, Token cue) {
        boolean instructs = cue.isVerb()
                && ADDRESSED_DIRECTIVES.contains(cue.lemma().toLowerCase(java.util.Locale.ROOT))
                && addresseeObject(tokens, cue).isPresent();
        return instructs ? of(tokens, cue) : Optional.empty();
    }

    /** The addressee and infinitive of a directive cue, empty when it has no infinitive complement. */
    static Optional<Span> of(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        Token infinitive = null;
        for (int at = cue.index() + 1; at < range.end() && infinitive == null; at++) {
            Token token = tokens.get(at);
            boolean complement = token.deprel().equals("xcomp")
                    || isForClause(tokens, token)
                    || PrepositionalAddressees.isAddressedClause(tokens, token)
                    || isInfinitiveAfterAddressee(tokens, cue, token);
            if (token.head() == cue.index() && complement && token.isVerb()) {
                infinitive = token;
            }
        }
        if (infinitive == null
                || !hasTo(tokens, infinitive)
                || isPassive(tokens, cue, range)
                || RequiringSubjects.requires(tokens, cue)) {
            return Optional.empty();
        }
        if (cue.lemma().equalsIgnoreCase("call") && !callsOnOrFor(tokens, cue, infinitive)) {
            return Optional.empty(); // "calling a halt to rescue work" is no directive; "called on X to" is
        }
        int first = leftEdge(tokens, infinitive, range);
        for (int at = cue.index() + 1; at < infinitive.index(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index() && ADDRESSEES.contains(token.deprel())) {
                first = Math.min(first, leftEdge(tokens, token, range));
            }
        }
        int last = rightEdge(tokens, infinitive, range);
        if (tokens.get(first).deprel().equals("case")
                || tokens.get(first).deprel().equals("mark") && PrepositionalAddressees.opens(tokens.get(first))
                || tokens.get(first).word().equalsIgnoreCase("for")) {
            first++; // "calling for the killers to ...", "called on the union to ...": the preposition is the cue's
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    /**
     * "called for NATO members to spend more", "asked for the price to be kept secret": the parser makes the "for"
     * clause an adverbial of the cue, with "for" as its marker.
     */
    private static boolean isForClause(List<Token> tokens, Token verb) {
        return verb.deprel().equals("advcl")
                && tokens.stream()
                        .anyMatch(t -> t.head() == verb.index()
                                && t.deprel().equals("mark")
                                && t.word().equalsIgnoreCase("for"))
                && hasAddressee(tokens, verb);
    }

    /**
     * Who is to act: people or bodies named or in the plural ("for NATO members to spend"), or anything a passive
     * infinitive acts upon ("for the price to be kept secret"). "called for G7 action to correct ..." asks for an
     * action, whose infinitive says what it is for.
     */
    private static boolean hasAddressee(List<Token> tokens, Token verb) {
        return tokens.stream()
                .anyMatch(t -> t.head() == verb.index()
                        && (t.deprel().equals("nsubj:pass")
                                || t.deprel().equals("nsubj")
                                        && (t.pos().startsWith("NNS")
                                                || t.pos().startsWith("NNP")
                                                || t.pos().equals("PRP"))));
    }

    /**
     * "warned people in the area to stay inside": after a named or plural addressee the parser may hang the
     * infinitive on the cue as an adverbial, though it says what the addressee is to do.
     */
    private static boolean isInfinitiveAfterAddressee(List<Token> tokens, Token cue, Token verb) {
        return verb.deprel().equals("advcl")
                && ADDRESSED_DIRECTIVES.contains(cue.lemma().toLowerCase(java.util.Locale.ROOT))
                && hasTo(tokens, verb)
                && addresseeObject(tokens, cue)
                        .filter(o -> o.index() < verb.index())
                        .isPresent();
    }

    private static Optional<Token> addresseeObject(List<Token> tokens, Token cue) {
        return tokens.stream()
                .filter(t -> t.head() == cue.index()
                        && t.deprel().equals("obj")
                        && (t.pos().startsWith("NNS")
                                || t.pos().startsWith("NNP")
                                || t.pos().equals("PRP")))
                .findFirst();
    }

    /** "were called to join": the addressee is the subject and the caller is not named. */
    private static boolean isPassive(List<Token> tokens, Token cue, Speakers.Sentencewise range) {
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == cue.index() && token.deprel().endsWith(":pass")) {
                return true;
            }
        }
        return false;
    }

    private static boolean callsOnOrFor(List<Token> tokens, Token cue, Token infinitive) {
        for (int at = cue.index() + 1; at < infinitive.index(); at++) {
            String word = tokens.get(at).word();
            if (word.equalsIgnoreCase("on") || word.equalsIgnoreCase("for")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTo(List<Token> tokens, Token infinitive) {
        for (int at = infinitive.index() - 1; at >= 0 && at >= infinitive.index() - 3; at--) {
            if (tokens.get(at).word().equalsIgnoreCase("to") && tokens.get(at).head() == infinitive.index()) {
                return true;
            }
        }
        return false;
    }

    /** From the first word of one head's phrase to the last word of another's, as a span of the text. */
    static Span phraseSpan(List<Token> tokens, Token first, Token last, Speakers.Sentencewise range) {
        return new Span(
                tokens.get(leftEdge(tokens, first, range)).span().start(),
                tokens.get(rightEdge(tokens, last, range)).span().end());
    }

    /** The first word of the head's phrase within the sentence, punctuation aside; the head itself when none. */
    static int leftEdge(List<Token> tokens, Token head, Speakers.Sentencewise range) {
        int first = head.index();
        for (int at = range.first(); at < head.index(); at++) {
            if (Heads.isAbove(tokens, head, tokens.get(at))
                    && !tokens.get(at).deprel().equals("punct")) {
                return at;
            }
        }
        return first;
    }

    /** The end of the infinitive's subtree, stopping at a comma: what follows is the reporter's addition. */
    static int rightEdge(List<Token> tokens, Token head, Speakers.Sentencewise range) {
        int end = range.end();
        for (int at = head.index() + 1; at < range.end(); at++) {
            if (BREAKS.contains(tokens.get(at).word())) {
                end = at;
                break;
            }
        }
        for (int at = end - 1; at > head.index(); at--) {
            if (Heads.isAbove(tokens, head, tokens.get(at))
                    && !tokens.get(at).deprel().equals("punct")) {
                return at;
            }
        }
        return head.index();
    }
}
