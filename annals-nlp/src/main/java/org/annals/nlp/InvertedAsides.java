package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A cue inverted and set off by commas inside the clause it reports: "The plan, says the study, would halve costs",
 * "Because the water is warm, said the agency, the ice melts". The speaker follows the cue (the parser often takes
 * it for the cue's object) and the clause goes on after the second comma; the report is the clause around the aside,
 * the aside included, as {@link ParentheticalReports} spans the aside in the usual order ("the survey found"). After
 * the second comma a coordinated predicate ("..., said a prayer, and left"), a relative clause or a participle of the
 * speaker ("..., said the minister, who ...", "..., said the minister, adding ...") is no clause going on. The same
 * inverted cue may close its sentence after the clause it reports ("The court cannot judge motives, argued the
 * government's lawyer, Richard Keen."); the report is then the clause before the cue's comma. There the speaker must
 * hold a name, since a list of predicates ends the same way ("cut jobs, closed plants, announced the sale.").
 */
final class InvertedAsides {
    private static final Set<String> ASIDE_RELATIONS = Set.of("root", "parataxis", "dep", "ccomp");
    private static final Set<String> SPEAKER_RELATIONS = Set.of("nsubj", "obj", "iobj");
    private static final Set<String> PREDICATES = Set.of("dep", "parataxis", "ccomp", "conj");
    private static final Set<String> DETERMINERS = Set.of("det", "nmod:poss");
    private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":");
    // Verbs whose object is the one addressed ("..., told reporters, ..."), never an inverted speaker.
    private static final Set<String> ADDRESSING =
            Set.of("tell", "inform", "ask", "assure", "remind", "notify", "brief");

    private InvertedAsides() {}

    /** The speaker after the cue: the noun phrase between the aside's two commas. */
    static Optional<Token> speaker(List<Token> tokens, Token cue) {
        if (cue.pos().equals("VBG")
                || cue.pos().equals("VBN")
                || !ASIDE_RELATIONS.contains(cue.deprel())
                || ADDRESSING.contains(cue.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        if (cue.index() == range.first() || !tokens.get(cue.index() - 1).word().equals(",")) {
            return Optional.empty();
        }
        if (cue.index() + 1 >= range.end()) {
            return Optional.empty();
        }
        // "Ana Ruiz, the mayor, announced ...": a comma that closes the subject's own aside sets off no cue.
        Token commaBefore = tokens.get(cue.index() - 1);
        boolean closesSubject = tokens.subList(range.first(), cue.index()).stream()
                .anyMatch(t -> t.head() == cue.index()
                        && t.deprel().startsWith("nsubj")
                        && Heads.isAbove(tokens, t, commaBefore));
        if (closesSubject) {
            return Optional.empty();
        }
        Token first = tokens.get(cue.index() + 1);
        Optional<Token> speaker = tokens.subList(cue.index() + 1, range.end()).stream()
                .filter(t -> t.head() == cue.index() && SPEAKER_RELATIONS.contains(t.deprel()) && t.isNoun())
                .findFirst()
                .filter(t -> Heads.dominates(tokens, t, first) && namesSomeone(tokens, t));
        // ", defended his decision, "..."": a quotation after the comma is a marked quote of its own.
        return speaker.filter(s -> {
            int comma = closingComma(tokens, s, range);
            return comma > 0 && !tokens.get(comma + 1).isQuotationMark() || closesAfterClause(tokens, cue, s, range);
        });
    }

    /** The speaker's phrase, a name in it, ends the sentence, and the cue's clause comes before the cue. */
    private static boolean closesAfterClause(
            List<Token> tokens, Token cue, Token speaker, Speakers.Sentencewise range) {
        boolean closes = tokens.subList(speaker.index() + 1, range.end()).stream()
                .allMatch(t -> Heads.isAbove(tokens, speaker, t)
                        || t.deprel().equals("punct") && !t.word().equals(",") && !t.isQuotationMark());
        boolean named = tokens.subList(speaker.index(), range.end()).stream()
                .anyMatch(t -> (t == speaker || Heads.isAbove(tokens, speaker, t)) && NAMES.contains(t.ner()));
        return closes && named && clauseBefore(tokens, cue).isPresent();
    }

    /** The predicate before the cue that the cue reports: its clausal complement, or the verb it hangs on. */
    private static Optional<Token> clauseBefore(List<Token> tokens, Token cue) {
        if (cue.deprel().equals("root")) {
            return tokens.subList(Speakers.Sentencewise.of(tokens, cue).first(), cue.index()).stream()
                    .filter(t -> t.head() == cue.index() && t.deprel().equals("ccomp"))
                    .findFirst();
        }
        return Optional.of(tokens.get(cue.head())).filter(h -> h.index() < cue.index() && h.head() < 0);
    }

    /** The reported clause around the aside, from its first word to the end of the predicate after the aside. */
    static Optional<Span> of(List<Token> tokens, Token cue) {
        Optional<Token> speaker = speaker(tokens, cue);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        if (closesAfterClause(tokens, cue, speaker.get(), range)) {
            return clauseBeforeCue(tokens, cue, range);
        }
        int comma = closingComma(tokens, speaker.get(), range);
        Token next = tokens.get(comma + 1);
        // "..., said a prayer, and left", "..., said the minister, who ...", "..., adding ...": no clause goes on.
        if (next.pos().equals("CC") || next.pos().startsWith("W") || next.pos().equals("VBG")) {
            return Optional.empty();
        }
        Optional<Token> predicate = cue.deprel().equals("root")
                ? tokens.subList(comma + 1, range.end()).stream()
                        .filter(t -> t.head() == cue.index() && PREDICATES.contains(t.deprel()) && t.isVerb())
                        .findFirst()
                : Optional.of(tokens.get(cue.head())).filter(h -> h.index() > comma);
        if (predicate.isEmpty()) {
            return Optional.empty();
        }
        int first = DirectiveClauses.leftEdge(tokens, cue.deprel().equals("root") ? cue : predicate.get(), range);
        int last = ParentheticalReports.rightEdge(tokens, predicate.get(), range);
        return first < cue.index() - 1
                ? Optional.of(new Span(
                        tokens.get(first).span().start(),
                        tokens.get(last).span().end()))
                : Optional.empty();
    }

    /**
     * The words before the cue's comma, from the sentence's start or its last semicolon or colon: a clause with a
     * finite verb and no quotation mark (a marked quote there is the report).
     */
    private static Optional<Span> clauseBeforeCue(List<Token> tokens, Token cue, Speakers.Sentencewise range) {
        int first = range.first();
        for (int at = range.first(); at < cue.index(); at++) {
            if (CLAUSE_BREAKS.contains(tokens.get(at).word())) {
                first = at + 1;
            }
        }
        while (first < cue.index() && tokens.get(first).deprel().equals("punct")) {
            first++;
        }
        int last = cue.index() - 2;
        while (last > first && tokens.get(last).deprel().equals("punct")) {
            last--;
        }
        List<Token> clause = tokens.subList(first, last + 1);
        boolean finite = clause.stream().anyMatch(Token::isFiniteVerb);
        if (last <= first || !finite || clause.stream().anyMatch(Token::isQuotationMark)) {
            return Optional.empty();
        }
        return Optional.of(new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end()));
    }

    // A name, or a noun with a determiner or possessor ("the study", "his father"), or a plural ("says police"):
    // "said goodbye" and "said nothing" name nobody.
    private static boolean namesSomeone(List<Token> tokens, Token head) {
        return head.pos().startsWith("NNP")
                || head.pos().equals("NNS")
                || Heads.hasDependent(tokens, head, DETERMINERS);
    }

    // The comma right after the speaker's phrase, or -1.
    private static int closingComma(List<Token> tokens, Token speaker, Speakers.Sentencewise range) {
        int last = speaker.index();
        for (int at = speaker.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (!token.word().equals(",") && Heads.isAbove(tokens, speaker, token)) {
                last = at;
            } else {
                break;
            }
        }
        int comma = last + 1;
        return comma + 1 < range.end() && tokens.get(comma).word().equals(",") ? comma : -1;
    }
}
