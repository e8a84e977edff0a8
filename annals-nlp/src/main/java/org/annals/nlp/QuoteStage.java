package org.annals.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.core.Document;
import org.annals.core.Granularity;
import org.annals.core.Layer;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Quote;
import org.annals.core.QuoteKind;
import org.annals.core.Span;
import org.annals.core.Stage;
import org.annals.core.TimeMention;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * Quotes with speakers: direct and partial quotes between quotation marks, scare quotes no speech verb attributes,
 * and indirect speech (a cue verb, or a noun that names a report, with a clausal complement and a known speaker).
 * A country or an embassy that speaks is credited to its government ({@link StateVoices}).
 */
public final class QuoteStage implements Stage {
    public static final String NAME = "quotes";
    private static final String CUE_FILE = "/org/annals/nlp/cue-verbs.txt";
    private static final String CLAUSE_CUE_FILE = "/org/annals/nlp/clause-cue-verbs.txt";
    private static final String BELIEF_FILE = "/org/annals/nlp/belief-verbs.txt";
    private static final int MAX_CUE_CLIMB = 4;
    private static final int NEXT_SENTENCE_CUE_WINDOW = 5;
    private static final Set<String> CLAUSAL_RELATIONS = Set.of("ccomp", "parataxis", "root", "csubj");
    private static final Set<String> CLAUSE_OPENERS = Set.of(":", ",", "that", "``", "-", "—", "–");
    // Verbs that attribute words in quotation marks right next to them (""...," he declared", ""A," she went on,
    // "B"") but report no speech without marks ("declared a state of emergency", "continued the talks").
    private static final Set<String> QUOTATIVES = Set.of(
            "declare",
            "continue",
            "exclaim",
            "proclaim",
            "shout",
            "yell",
            "scream",
            "retort",
            "interject",
            "muse",
            "recount",
            "chant",
            "plead");
    // An attribution after its quotation is short: the closing mark, a comma, the subject and the verb.
    private static final int MAX_TRAILING_ATTRIBUTION = 5;
    private static final int MAX_PARTICIPLE_GAP = 4;
    // What a source keeps rather than who vouches: "according to the ministry's figures" is the ministry's word.
    private static final Set<String> RECORDS = Set.of(
            "statistics",
            "statistic",
            "figure",
            "data",
            "number",
            "estimate",
            "record",
            "projection",
            "finding",
            "result",
            "calculation",
            "document",
            "file");
    private static final Set<MentionType> SOURCE_TYPES =
            EnumSet.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.LOCATION, MentionType.DESCRIPTION);

    private final Set<String> cues;
    private final Set<String> clauseCues;
    private final Set<String> beliefs;
    private final ReportNouns reportNouns = new ReportNouns();
    private final ReportingActs reportingActs = new ReportingActs();
    private final StateVoices stateVoices = new StateVoices();
    private final InterviewTurns interviewTurns = new InterviewTurns();
    private final InterviewQuestions interviewQuestions = new InterviewQuestions();
    private final AsJudgements asJudgements = new AsJudgements();

    public QuoteStage() {
        this.cues = WordLists.read(CUE_FILE);
        this.clauseCues = WordLists.read(CLAUSE_CUE_FILE);
        this.beliefs = WordLists.read(BELIEF_FILE);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TOKENS, Layer.DEPENDENCIES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public Document apply(Document document) {
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        List<Span> marks = QuoteMarks.find(document);
        for (Span span : marks) {
            List<Token> inside = tokensIn(document, span);
            if (inside.isEmpty()) {
                continue;
            }
            Quote quote = marked(document, span, inside, previous);
            quotes.add(quote);
            previous = quote;
        }
        quotes = new ArrayList<>(SplitQuotes.join(
                document,
                quotes,
                t -> isCue(document.tokens(), t) || isQuotative(t),
                (whole, kind, cue) -> attributed(document, whole, kind, cue)));
        quotes = new ArrayList<>(ColonStatements.credit(
                document,
                quotes,
                t -> isCue(document.tokens(), t),
                cue -> speaker(document, cue),
                (span, speaker, cue) ->
                        credited(document, span, document.textOf(span), QuoteKind.DIRECT, speaker, cueName(cue))));
        quotes.addAll(indirect(document, quotes));
        quotes = new ArrayList<>(interviewQuestions.withoutReportsInQuestions(document, quotes));
        quotes = new ArrayList<>(asJudgements.withMarkedFragments(quotes));
        quotes = new ArrayList<>(interviewTurns.credit(
                document,
                quotes,
                (span, speaker) -> credited(
                        document, span, document.textOf(span), QuoteKind.DIRECT, speaker, InterviewTurns.CUE)));
        quotes.replaceAll(quote -> DescribedGroups.described(document, quote));
        quotes.sort((a, b) -> a.span().compareTo(b.span()));
        return stateVoices.credit(document, QuotedSpeakers.without(document, quotes, marks));
    }

    private Quote marked(Document document, Span span, List<Token> inside, Quote previous) {
        String text = document.textOf(span);
        if (MentionedWords.areMentioned(document.tokens(), span, inside)) {
            return new Quote(span, text, QuoteKind.SCARE, "", null, "", date(document, span));
        }
        // A quotative verb whose subject names nobody is weaker evidence than the turn of the quote before.
        Optional<Token> cue = cueFor(document, span, inside)
                .filter(c -> isCue(document.tokens(), c) || speaker(document, c).isPresent());
        boolean clause = isClause(document, span, inside)
                || cue.map(c -> followsCue(document, inside.get(0), c) && isClausal(document, span, inside))
                        .orElse(false);
        if (cue.isEmpty()) {
            // A sentence-long quote right after an attributed one continues it ("..." he said. "More words.").
            if (clause
                    && previous != null
                    && previous.kind() == QuoteKind.DIRECT
                    && startsSentence(document, inside.get(0))
                    && followsDirectly(document, previous, inside.get(0))
                    && !TurnBreaks.namesAnotherSpeaker(document, span, previous)) {
                return new Quote(
                        span,
                        text,
                        QuoteKind.DIRECT,
                        previous.speakerId(),
                        previous.speakerSpan(),
                        previous.cue(),
                        date(document, span));
            }
            Optional<Token> introducer = clause ? layoutIntroducer(document, inside.get(0)) : Optional.empty();
            if (introducer.isPresent()) {
                Optional<Mention> speaker = speaker(document, introducer.get());
                return new Quote(
                        span,
                        text,
                        QuoteKind.DIRECT,
                        speaker.map(Mention::actorId).orElse(""),
                        speaker.map(Mention::span).orElse(null),
                        "",
                        date(document, span));
            }
            Optional<Mention> lineIntroduced = clause && startsSentence(document, inside.get(0))
                    ? colonEndingTheSentenceBefore(document, inside.get(0))
                            .flatMap(colon -> rootWithSubjectBefore(document, colon))
                            .flatMap(verb -> speaker(document, verb))
                            .filter(m -> m.type() == MentionType.PERSON || m.type() == MentionType.ORGANISATION)
                    : Optional.empty();
            if (lineIntroduced.isPresent()) {
                return credited(document, span, text, QuoteKind.DIRECT, lineIntroduced.get(), "");
            }
            Optional<Token> precedingCue = clause && startsSentence(document, inside.get(0))
                    ? FirstPersonQuotes.previousRoot(document, inside.get(0)).filter(r -> isCue(document.tokens(), r))
                    : Optional.empty();
            Optional<Mention> cueSpeaker = precedingCue.flatMap(c -> speaker(document, c));
            if (cueSpeaker.isPresent()) {
                // "Ana Ruiz criticised the plan on Twitter. "It will fail."": the sentence before attributes it.
                return credited(document, span, text, QuoteKind.DIRECT, cueSpeaker.get(), cueName(precedingCue.get()));
            }
            Optional<Mention> firstPerson = FirstPersonQuotes.speakerOf(document, span, inside);
            if (firstPerson.isPresent()) {
                return credited(
                        document, span, text, clause ? QuoteKind.DIRECT : QuoteKind.PARTIAL, firstPerson.get(), "");
            }
            Optional<Mention> fragmentSpeaker = clause
                    ? Optional.empty()
                    : SpokenFragments.speakerOf(document, span, inside, t -> isCue(document.tokens(), t))
                            .map(m -> ShortNames.fullName(document, m));
            if (fragmentSpeaker.isPresent()) {
                return credited(document, span, text, QuoteKind.PARTIAL, fragmentSpeaker.get(), "");
            }
            return new Quote(span, text, QuoteKind.SCARE, "", null, "", date(document, span));
        }
        Quote quote = attributed(document, span, clause ? QuoteKind.DIRECT : QuoteKind.PARTIAL, cue.get());
        boolean unknown = quote.speakerSpan() == null
                || previous != null && previous.span().contains(quote.speakerSpan());
        if (unknown && previous != null && goesOnFrom(document, previous, cue.get())) {
            // ""...," adding, "..."": a participle right after a quote goes on in the voice of that quote, whose
            // own words ("The vote was close") name nobody who speaks.
            return new Quote(
                    span, text, quote.kind(), previous.speakerId(), previous.speakerSpan(), quote.cue(), quote.date());
        }
        return quote;
    }

    /** A participle cue with only punctuation and adverbs between it and the end of the quote before. */
    private static boolean goesOnFrom(Document document, Quote previous, Token cue) {
        if (!cue.pos().equals("VBG")
                || previous.speakerSpan() == null
                || cue.span().start() < previous.span().end()) {
            return false;
        }
        List<Token> between = document.tokens().stream()
                .filter(t -> t.span().start() >= previous.span().end() && t.index() < cue.index())
                .toList();
        return between.size() <= MAX_PARTICIPLE_GAP
                && between.stream()
                        .allMatch(t -> t.deprel().equals("punct") || t.pos().startsWith("RB"));
    }

    /**
     * A quote goes on the previous one's turn only from the sentence right after it: a sentence between them, or a
     * paragraph that is no quote, ends the turn.
     */
    private static boolean followsDirectly(Document document, Quote previous, Token first) {
        List<Token> tokens = document.tokens();
        return tokens.stream()
                .filter(t -> previous.span().contains(t.span()))
                .reduce((a, b) -> b)
                .map(last -> first.sentence() - last.sentence() <= 1)
                .orElse(false);
    }

    private Quote attributed(Document document, Span span, QuoteKind kind, Token cue) {
        Optional<Mention> speaker = speakerOfQuote(document, cue, speaker(document, cue));
        return new Quote(
                span,
                document.textOf(span),
                kind,
                speaker.map(Mention::actorId).orElse(""),
                speaker.map(Mention::span).orElse(null),
                cueName(cue),
                date(document, span));
    }

    private Optional<Mention> speaker(Document document, Token cue) {
        return speakerOfCue(document, cue).map(m -> ShortNames.fullName(document, m));
    }

    /**
     * The speaker of a quote already found: as {@link #speaker}, or, for a participle cue whose own grammar names
     * nobody who speaks, the speaker of the report before it ({@link ParticipleSpeakers}).
     */
    private Optional<Mention> speakerOfQuote(Document document, Token cue, Optional<Mention> found) {
        if (!ParticipleSpeakers.needsAnother(document, cue, found)) {
            return found;
        }
        List<Token> tokens = document.tokens();
        return ParticipleSpeakers.reportBefore(tokens, cue, t -> isCue(tokens, t))
                .flatMap(verb -> speakerOfCue(document, verb))
                .filter(ParticipleSpeakers::speaks)
                .map(m -> ShortNames.fullName(document, m))
                .or(() -> found);
    }

    private Optional<Mention> speakerOfCue(Document document, Token cue) {
        if (cue.word().equalsIgnoreCase("according")) {
            // The source is the phrase after "to"; "according to the summary" names nobody.
            List<Token> tokens = document.tokens();
            Optional<Span> phrase = cue.deprel().equals("case") && cue.head() >= 0
                    ? Optional.of(subtreeSpan(tokens, tokens.get(cue.head())))
                    : Optional.empty();
            // "according to police": a source that is no name is its noun phrase.
            // "according to Ruiz's critics": the possessor of a group is not among those who vouch ("Ruiz's office"
            // still speaks for Ruiz).
            List<Mention> after = document.mentions().stream()
                    .filter(m -> m.span().start() > cue.span().end())
                    .filter(m -> phrase.map(p -> p.contains(m.span())).orElse(true))
                    .filter(m -> !possessesAGroup(tokens, m))
                    .filter(m -> !phrase.isPresent() || !carries(tokens, m, tokens.get(cue.head())))
                    .toList();
            // Inside the phrase, who rather than where: "a post by Ana Ruiz" is hers, "Syrian state media" the
            // media's, not Syria's.
            int comma = firstCommaAfter(tokens, cue);
            Optional<Mention> source = phrase.isPresent()
                    ? after.stream()
                            .filter(m -> m.span().end() <= comma)
                            .min(java.util.Comparator.comparing(QuoteStage::sourceRank))
                            .or(() -> after.stream().findFirst())
                    : after.stream().findFirst();
            if (phrase.isEmpty()) {
                return source;
            }
            Token head = tokens.get(cue.head());
            return source.map(s -> PossessedSources.holderOf(document, head, s).orElse(s))
                    .or(() -> DescribedSpeakers.of(document, head));
        }
        Optional<Token> quotedSource = CitedAsSaying.source(document.tokens(), cue);
        if (quotedSource.isPresent()) {
            // "Reuters quoted the minister as saying ...": the one quoted is the speaker, not the one quoting.
            return Speakers.mentionOf(document, quotedSource.get());
        }
        Optional<Token> read = IssuedDocuments.readFrom(document.tokens(), cue);
        if (read.isPresent()) {
            // "reads the judge's statement": the document speaks for its issuer.
            return IssuedDocuments.issuerOf(document, read.get()).or(() -> Speakers.mentionOf(document, read.get()));
        }
        Optional<Mention> cited = CitedSources.of(document, cue);
        if (cited.isPresent()) {
            return cited;
        }
        Optional<Token> outer = CoordinatedCues.outerCue(document.tokens(), cue, t -> isCue(document.tokens(), t));
        if (outer.isPresent()) {
            return speaker(document, outer.get());
        }
        return Speakers.subjectOf(document.tokens(), cue)
                .map(s -> CoordinatedTitles.titledName(document.tokens(), s).orElse(s))
                .flatMap(s -> IssuedDocuments.localIssuerOf(document, s)
                        .or(() -> PreviousSpeakers.of(document, s, t -> isCue(document.tokens(), t)))
                        .or(() -> Speakers.mentionOf(document, s))
                        .or(() -> ReportingBodies.of(document, s, t -> isCue(document.tokens(), t))));
    }

    /** "according to the mayor via Interfax": the agency carried the words; it is not their source. */
    private static boolean carries(List<Token> tokens, Mention mention, Token phraseHead) {
        return Speakers.lastToken(tokens, mention)
                .map(last -> ChannelPhrases.isCarrier(tokens, last, phraseHead))
                .orElse(false);
    }

    private static boolean possessesAGroup(List<Token> tokens, Mention mention) {
        return Speakers.lastToken(tokens, mention)
                .filter(t -> t.deprel().equals("nmod:poss") && t.head() >= 0)
                .map(t -> tokens.get(t.head()))
                .filter(possessed -> !RECORDS.contains(possessed.lemma().toLowerCase(Locale.ROOT)))
                .map(Token::isPluralNoun)
                .orElse(false);
    }

    /** Where the source phrase ends at the latest: its sentence's first comma after the cue. */
    private static int firstCommaAfter(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = cue.index() + 1; at < range.end(); at++) {
            if (tokens.get(at).word().equals(",")) {
                return tokens.get(at).span().start();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int sourceRank(Mention mention) {
        return switch (mention.type()) {
            case PERSON -> 0;
            case ORGANISATION, DESCRIPTION -> 1;
            default -> 2;
        };
    }

    /**
     * The cue verb whose complement holds the quote ("said" in "X said their contact “reflects ...” and stressed
     * that ..."); without one in the parse, the cue verb of the sentence nearest to the quote. "According to" counts
     * as a cue.
     */
    private Optional<Token> cueFor(Document document, Span span, List<Token> inside) {
        return governingCue(document.tokens(), span, inside).or(() -> nearestCue(document, span, inside));
    }

    /** The first cue verb above the quote in the dependency tree, climbing from where the quote attaches. */
    private Optional<Token> governingCue(List<Token> tokens, Span span, List<Token> inside) {
        for (Token token : inside) {
            if (token.head() < 0 || span.contains(tokens.get(token.head()).span())) {
                continue;
            }
            Token current = tokens.get(token.head());
            for (int step = 0; step < MAX_CUE_CLIMB && current.sentence() == token.sentence(); step++) {
                if (isCue(tokens, current)) {
                    return Optional.of(current);
                }
                if (current.head() < 0) {
                    break;
                }
                current = tokens.get(current.head());
            }
        }
        return Optional.empty();
    }

    private Optional<Token> nearestCue(Document document, Span span, List<Token> inside) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, inside.get(0));
        Speakers.Sentencewise last = Speakers.Sentencewise.of(tokens, inside.get(inside.size() - 1));
        Token best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = range.first(); at < last.end(); at++) {
            Token token = tokens.get(at);
            if (span.overlaps(token.span())
                    || !(isCue(tokens, token)
                            || trailsQuotation(tokens, span, token)
                            || AdjectivalCues.trails(tokens, span, token, cues::contains))) {
                continue;
            }
            int distance = token.span().end() <= span.start()
                    ? span.start() - token.span().end()
                    : token.span().start() - span.end();
            if (distance < bestDistance) {
                best = token;
                bestDistance = distance;
            }
        }
        // ""...," Ana Ruiz continued, "..."": a speaker introducing the quote before it outranks a cue opening the
        // next sentence.
        return Optional.ofNullable(best)
                .or(() -> layoutIntroducer(document, inside.get(0)).isPresent()
                        ? Optional.empty()
                        : cueOpeningNextSentence(tokens, span, last));
    }

    /**
     * "“Our house is burning.” Macron told the world": the splitter ends the sentence at the closing mark, so the
     * attribution opens the next one. Only when the quote ends its sentence and the cue comes within its first
     * words.
     */
    private Optional<Token> cueOpeningNextSentence(List<Token> tokens, Span span, Speakers.Sentencewise quoted) {
        for (int at = quoted.end() - 1;
                at >= quoted.first() && !span.contains(tokens.get(at).span());
                at--) {
            if (!isQuoteMark(tokens.get(at)) && !tokens.get(at).deprel().equals("punct")) {
                return Optional.empty();
            }
        }
        for (int at = quoted.end(); at < Math.min(tokens.size(), quoted.end() + NEXT_SENTENCE_CUE_WINDOW); at++) {
            if (tokens.get(at).sentence() != tokens.get(quoted.end()).sentence()) {
                break;
            }
            if (isCue(tokens, tokens.get(at))) {
                return Optional.of(tokens.get(at));
            }
        }
        return Optional.empty();
    }

    private static boolean isQuotative(Token token) {
        return token.isVerb() && QUOTATIVES.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /** ""...," he declared": a quotative verb among the few words right after the closing mark. */
    private static boolean trailsQuotation(List<Token> tokens, Span span, Token token) {
        if (!isQuotative(token) || token.span().start() < span.end()) {
            return false;
        }
        long between = tokens.stream()
                .filter(t -> t.span().start() >= span.end() && t.index() < token.index())
                .count();
        return between <= MAX_TRAILING_ATTRIBUTION;
    }

    private boolean isCue(List<Token> tokens, Token token) {
        if (token.word().equalsIgnoreCase("according")) {
            return token.index() + 1 < tokens.size()
                    && tokens.get(token.index() + 1).word().equalsIgnoreCase("to");
        }
        return token.isVerb() && cues.contains(token.lemma().toLowerCase(Locale.ROOT))
                || IssuedDocuments.readFrom(tokens, token).isPresent();
    }

    private static Quote indirect(Document document, Span clause, Optional<Mention> speaker, Token cue) {
        return new Quote(
                clause,
                document.textOf(clause),
                QuoteKind.INDIRECT,
                speaker.map(Mention::actorId).orElse(""),
                speaker.map(Mention::span).orElse(null),
                cueName(cue),
                date(document, clause));
    }

    private static String cueName(Token cue) {
        if (cue.word().equalsIgnoreCase("per")) {
            return "per";
        }
        return cue.word().equalsIgnoreCase("according")
                ? "according to"
                : cue.lemma().toLowerCase(Locale.ROOT);
    }

    /** A clause or more: it opens its sentence or follows a colon, comma or "that", and holds a verb. */
    private static boolean isClause(Document document, Span span, List<Token> inside) {
        boolean hasVerb = inside.stream().anyMatch(Token::isVerb);
        Token first = inside.get(0);
        if (!hasVerb) {
            return false;
        }
        if (startsSentence(document, first)) {
            return true;
        }
        Token before = tokenBefore(document, first);
        if (before != null && CLAUSE_OPENERS.contains(before.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return isFullSentence(inside);
    }

    /** Capitalised first word (not a name) and a closing full stop: a sentence, wherever it stands. */
    private static boolean isFullSentence(List<Token> inside) {
        Token first = inside.get(0);
        String last = inside.get(inside.size() - 1).word();
        return Character.isUpperCase(first.word().codePointAt(0))
                && !first.isProperNoun()
                && (last.equals(".") || last.equals("!") || last.equals("?"));
    }

    /** The quote attaches to the sentence as a clause (a verb or a clausal relation), not as a noun phrase. */
    private static boolean isClausal(Document document, Span span, List<Token> inside) {
        for (Token token : inside) {
            boolean attaches = token.head() < 0
                    || !span.contains(document.tokens().get(token.head()).span());
            if (attaches && (token.isVerb() || CLAUSAL_RELATIONS.contains(token.deprel()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Attribution by layout: "Legislator Tanya Chan spoke to the press after the speech: "..."", "Senator Graham
     * spoke on Fox News, "..."". The main verb before the colon or comma, when it has a subject, stands in for a
     * cue.
     */
    private static Optional<Token> layoutIntroducer(Document document, Token first) {
        Token before = tokenBefore(document, first);
        if (before == null || !(before.word().equals(":") || before.word().equals(","))) {
            return Optional.empty();
        }
        return rootWithSubjectBefore(document, before);
    }

    /** The main verb, with a subject, of the sentence that {@code before} is in, before it. */
    private static Optional<Token> rootWithSubjectBefore(Document document, Token before) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, before);
        for (int at = range.first(); at < before.index(); at++) {
            Token token = tokens.get(at);
            if (token.isVerb()
                    && token.deprel().equals("root")
                    && Speakers.subjectOf(tokens, token).isPresent()) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /**
     * "Ruiz defended the payments in comments:" and the quote on the next line: the splitter ends the sentence at the
     * line break, and the colon that ends it introduces the quote all the same when the sentence's subject is a
     * person or an organisation ("The schedule follows:" credits nobody).
     */
    private static Optional<Token> colonEndingTheSentenceBefore(Document document, Token first) {
        int at = first.index() - 1;
        while (at >= 0 && isQuoteMark(document.tokens().get(at))) {
            at--;
        }
        return at >= 0 && document.tokens().get(at).sentence() == first.sentence() - 1
                ? Optional.of(document.tokens().get(at)).filter(t -> t.word().equals(":"))
                : Optional.empty();
    }

    /** {@code said "We will win."}: the quote opens right after its cue verb. */
    private static boolean followsCue(Document document, Token first, Token cue) {
        Token before = tokenBefore(document, first);
        return before != null && before.index() == cue.index();
    }

    /** The token before the quote's first token, skipping the opening mark itself. */
    private static Token tokenBefore(Document document, Token first) {
        int at = first.index() - 1;
        while (at >= 0 && isQuoteMark(document.tokens().get(at))) {
            at--;
        }
        return at >= 0 && document.tokens().get(at).sentence() == first.sentence()
                ? document.tokens().get(at)
                : null;
    }

    private static boolean startsSentence(Document document, Token first) {
        return tokenBefore(document, first) == null;
    }

    static boolean isQuoteMark(Token token) {
        String word = token.word();
        return word.equals("``")
                || word.equals("''")
                || word.equals("`")
                || word.equals("'")
                || word.equals("\"")
                || word.equals("“")
                || word.equals("”")
                || word.equals("«")
                || word.equals("»")
                || word.equals("‘")
                || word.equals("’")
                || word.equals("„");
    }

    /** Indirect speech: a cue verb with a clausal complement, a known speaker, and no direct quote in the clause. */
    private List<Quote> indirect(Document document, List<Quote> marked) {
        List<Quote> found = new ArrayList<>();
        List<Token> cuesFound = new ArrayList<>();
        List<Optional<Mention>> speakersFound = new ArrayList<>();
        List<Token> tokens = document.tokens();
        Predicate<Token> isReportCue = t -> isCue(tokens, t);
        for (Token token : tokens) {
            Optional<Token> cueOfClause = reportedClauseCue(tokens, token);
            Token cue = cueOfClause.orElse(token);
            Optional<Mention> reportingActor = actOfReporting(document, cue);
            Optional<Span> reportedContent = cueOfClause.isPresent()
                    ? Optional.of(CoordinatedCues.trim(
                            tokens,
                            MisparsedClauses.continued(tokens, cueOfClause.get(), subtreeSpan(tokens, token)),
                            isReportCue))
                    : isParticipleReport(document, token)
                            ? ParticipleReports.clause(document, token)
                            : reportingActor.isPresent()
                                    ? UnattachedClauses.of(tokens, token)
                                    : uncomplementedCueContent(tokens, token);
            if (reportedContent.isEmpty()) {
                continue;
            }
            Optional<Mention> speaker = reportingActor
                    .or(() -> speaker(document, cue))
                    .or(() -> earlierSpeakerOfSentence(tokens, cue, cuesFound, speakersFound))
                    .or(() -> ParticipleReports.reporter(document, cue))
                    .or(() -> TrailingAttributions.reporter(document, cue));
            // Each trim ends the report where another report of the sentence begins.
            Span content = AccompanyingReports.trim(tokens, reportedContent.get(), isReportCue);
            content = CoordinatedCues.trim(tokens, content, isReportCue);
            content = SetOffParticipleCues.trim(tokens, content, isReportCue);
            content = SemicolonReports.trim(tokens, content, isReportCue);
            Span clause = ContinuedReports.extend(tokens, cue, content, isReportCue);
            boolean quoted = marked.stream()
                    .anyMatch(q -> q.kind() == QuoteKind.DIRECT && q.span().overlaps(clause)
                            // A clause that starts inside quotation marks is the quote itself, already found.
                            || q.kind() != QuoteKind.SCARE && q.span().contains(clause.start())
                            // Reported content with a quoted fragment is one partial quote, the fragment.
                            || q.kind() == QuoteKind.PARTIAL && clause.overlaps(q.span())
                            // One reporting act with a quoted fragment is one partial quote, even where the parse
                            // splits the reported content: "informed police she had X, but "that ..."".
                            || FragmentedReports.isRestOf(
                                    document,
                                    q,
                                    clause,
                                    speaker.map(Mention::span).orElse(null),
                                    cue,
                                    cueName(cue),
                                    isReportCue));
            // A subject that names nobody ("officials said") still reports speech; the speaker stays unknown.
            boolean reported = speaker.isPresent()
                    || Speakers.subjectOf(tokens, cue).isPresent()
                    || CitedAsSaying.source(tokens, cue).isPresent();
            // The same clause reached from two cues (a clausal complement and the words after the cue) is one quote.
            boolean again = found.stream().anyMatch(q -> q.span().equals(clause));
            if (reported && !quoted && !again && !isNegated(tokens, cue)) {
                found.add(indirect(document, clause, speakerOfQuote(document, cue, speaker), cue));
                cuesFound.add(cue);
                speakersFound.add(speaker);
            }
        }
        List<Quote> outermost = new ArrayList<>();
        List<Quote> narrators = new ArrayList<>();
        for (int at = 0; at < found.size(); at++) {
            if (!isNested(found, cuesFound, at) && !relaysItsSource(found, cuesFound, at)) {
                outermost.add(found.get(at));
            }
            if (NarratorCues.isNarrators(tokens, cuesFound.get(at))) {
                narrators.add(found.get(at));
            }
        }
        outermost.addAll(accordingTo(document, marked, outermost));
        outermost.addAll(reportFrames(document, marked, outermost));
        outermost.addAll(reportNounContents(document, marked, outermost));
        outermost.addAll(readFromWords(document, marked, outermost));
        // The narrator's reports drop out only now: what they cover stays covered, as part of the speaker's text.
        outermost.removeAll(narrators);
        return outermost;
    }

    /**
     * Reports whose shape the parse lost, read from the word order: an aside inside its clause ("Fuel, officials
     * said, spilled") and a cue inside a relative clause ("which he has said may be ready"). Only where no report
     * or quotation found already covers the words.
     */
    private List<Quote> readFromWords(Document document, List<Quote> marked, List<Quote> found) {
        List<Token> tokens = document.tokens();
        Predicate<Token> isReportCue = t -> isCue(tokens, t);
        List<Quote> read = new ArrayList<>();
        for (Token token : tokens) {
            Optional<Quote> quote = SetOffAttributions.isAsideCue(tokens, token, isReportCue, cues::contains)
                    ? SetOffAttributions.clause(tokens, token, isReportCue)
                            .map(c -> indirect(document, c, SetOffAttributions.reporter(document, token), token))
                    : isReportCue.test(token)
                            ? RelativeCueWords.clause(tokens, token)
                                    .map(c -> indirect(document, c, RelativeCueWords.reporter(document, token), token))
                            : NounTaggedCues.isCue(document, token, cues::contains)
                                    ? NounTaggedCues.clause(tokens, token)
                                            .map(c -> indirect(
                                                    document, c, NounTaggedCues.reporter(document, token), token))
                                    : Optional.empty();
            quote.filter(q -> !NarratorCues.isNarrators(tokens, token))
                    .filter(q -> found.stream().noneMatch(f -> f.span().overlaps(q.span())))
                    .filter(q -> marked.stream().noneMatch(m -> m.span().overlaps(q.span())))
                    .ifPresent(read::add);
        }
        return read;
    }

    /** "made an announcement that he was running": a report noun's content clause, when its holder is named. */
    private List<Quote> reportNounContents(Document document, List<Quote> marked, List<Quote> found) {
        List<Token> tokens = document.tokens();
        List<Quote> contents = new ArrayList<>();
        for (Token token : tokens) {
            Optional<Token> noun = reportNouns.nounOf(tokens, token);
            if (noun.isEmpty()) {
                continue;
            }
            Span clause = subtreeSpan(tokens, token);
            // A content clause inside quotation marks, even ones read as a scare quote, is part of what is quoted.
            boolean taken = found.stream().anyMatch(q -> q.span().overlaps(clause))
                    || marked.stream()
                            .anyMatch(
                                    q -> q.kind() != QuoteKind.SCARE && q.span().overlaps(clause)
                                            || q.span().contains(clause.start()));
            Optional<Mention> holder = ReportNouns.namedHolder(tokens, noun.get())
                    .flatMap(t -> Speakers.mentionOf(document, t))
                    .map(m -> ShortNames.fullName(document, m))
                    .or(() -> reportNouns.holdingVerb(tokens, noun.get()).flatMap(v -> speaker(document, v)));
            if (holder.isPresent() && !taken) {
                contents.add(indirect(document, clause, holder, noun.get()));
            }
        }
        return contents;
    }

    /** "In a report of X, CLAUSE", "CLAUSE, by X's report": a source's account read as "according to X" is. */
    private List<Quote> reportFrames(Document document, List<Quote> marked, List<Quote> found) {
        List<Token> tokens = document.tokens();
        List<Quote> framed = new ArrayList<>();
        for (Token token : tokens) {
            ReportFrames.of(tokens, token, t -> isCue(tokens, t))
                    .filter(source -> found.stream().noneMatch(q -> q.span().overlaps(source.clause())))
                    .flatMap(source -> readSource(document, source, marked))
                    .filter(quote -> quote.speakerSpan() != null)
                    .ifPresent(framed::add);
        }
        return framed;
    }

    /**
     * "X said local media reported she was ill": a report whose cue lies inside another report is part of that
     * report's content, as the guidelines count nested quotes; the speaker is the outer one.
     */
    /**
     * "Officials said the man was ill; his death, they reported, was ...": "they" with no named antecedent is the
     * speaker of the report before it in the same sentence.
     */
    private static Optional<Mention> earlierSpeakerOfSentence(
            List<Token> tokens, Token cue, List<Token> cues, List<Optional<Mention>> speakers) {
        boolean they = Speakers.subjectOf(tokens, cue)
                .map(s -> s.word().equalsIgnoreCase("they"))
                .orElse(false);
        for (int at = cues.size() - 1; they && at >= 0; at--) {
            if (cues.get(at).sentence() == cue.sentence() && speakers.get(at).isPresent()) {
                return speakers.get(at);
            }
        }
        return Optional.empty();
    }

    private static boolean isNested(List<Quote> found, List<Token> cues, int at) {
        Span inner = found.get(at).span();
        Span cue = cues.get(at).span();
        for (int other = 0; other < found.size(); other++) {
            Span outer = found.get(other).span();
            // "The site reported its source said ...": what a medium reports of a source stays the source's quote.
            boolean mediumsSource = cues.get(other).lemma().equalsIgnoreCase("report");
            if (!outer.equals(inner) && outer.contains(inner) && outer.contains(cue) && !mediumsSource) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The site reported its source said the tenant moved in": the medium's report is the source's words relayed,
     * one reporting act whose speaker is the source, so the medium's enclosing quote gives way to the source's.
     */
    private static boolean relaysItsSource(List<Quote> found, List<Token> cues, int at) {
        Token cue = cues.get(at);
        Span outer = found.get(at).span();
        if (!cue.lemma().equalsIgnoreCase("report")) {
            return false;
        }
        for (int other = 0; other < found.size(); other++) {
            Token innerCue = cues.get(other);
            boolean complement = innerCue.head() == cue.index();
            if (other != at
                    && complement
                    && outer.contains(found.get(other).span())
                    && outer.contains(innerCue.span())) {
                return true;
            }
        }
        return false;
    }

    /** "did not say he ordered it", "never claimed that": a report denied is no report. */
    private static boolean isNegated(List<Token> tokens, Token cue) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, cue);
        for (int at = range.first(); at < cue.index(); at++) {
            Token token = tokens.get(at);
            String word = token.word().toLowerCase(Locale.ROOT);
            boolean negation = word.equals("not") || word.equals("n't") || word.equals("never");
            if (negation && token.head() == cue.index()) {
                return true;
            }
        }
        return false;
    }

    /** "held a press conference claiming ...": who speaks by the act a participle cue hangs on, if anyone. */
    private Optional<Mention> actOfReporting(Document document, Token cue) {
        List<Token> tokens = document.tokens();
        return isCue(tokens, cue)
                ? reportingActs.makingVerb(tokens, cue).flatMap(verb -> speaker(document, verb))
                : Optional.empty();
    }

    /** "groups claiming the vote was rigged": a restrictive participle cue's clause, read from the words. */
    private boolean isParticipleReport(Document document, Token token) {
        boolean cue = isCue(document.tokens(), token) && !DirectiveClauses.isDirective(token) || isClauseCue(token);
        return cue && ParticipleReports.applies(document, token);
    }

    /**
     * What a cue without a clausal complement reports: a judgement as an object with "to be" or with "as", a
     * directive's infinitive, the clause after "quoted X as saying", or a clause the parse missed.
     */
    private Optional<Span> uncomplementedCueContent(List<Token> tokens, Token token) {
        Optional<Span> belief = BeliefClauses.of(tokens, token, beliefs).or(() -> asJudgements.of(tokens, token));
        if (belief.isPresent()) {
            return belief;
        }
        if (!isCue(tokens, token)) {
            // "speculated [the virus] obj [was transferred] dep": a clause-only cue's finite clause, misparsed.
            return isClauseCue(token) ? MisparsedClauses.objectTakenForSubject(tokens, token) : Optional.empty();
        }
        Optional<Span> cited = CitedAsSaying.clause(tokens, token);
        if (cited.isPresent()) {
            return cited;
        }
        return DirectiveClauses.isDirective(token)
                ? DirectiveClauses.of(tokens, token).or(() -> SmallClauses.of(tokens, token))
                : DirectiveClauses.instruction(tokens, token)
                        .or(() -> ParentheticalReports.of(tokens, token))
                        .or(() -> UnattachedClauses.of(tokens, token))
                        .or(() -> MisparsedClauses.of(tokens, token))
                        .or(() -> TrailingReports.of(tokens, token))
                        .or(() -> RelativeClauseReports.of(tokens, token))
                        .or(() -> TrailingAttributions.clause(tokens, token, t -> isCue(tokens, t)));
    }

    /** The cue verb whose clausal complement {@code clauseHead} is ("said [prices rose]"), if any. */
    private Optional<Token> reportedClauseCue(List<Token> tokens, Token clauseHead) {
        if (!clauseHead.deprel().equals("ccomp") || clauseHead.head() < 0) {
            return Optional.empty();
        }
        Token cue = tokens.get(clauseHead.head());
        // "asked whether the city was safe", "refused to answer whether they would": a question reports no content,
        // so no cue reports an open question (docs/quote-annotation.md, questions are no quotes).
        if (FrontedAdverbials.isMisreadAdverbial(tokens, clauseHead, cue) || OpenQuestions.isOpen(tokens, clauseHead)) {
            return Optional.empty();
        }
        // "declared they would stay": a verb whose objects are acts ("declared a state of emergency") reports only a
        // finite clause of its own.
        boolean clauseOnly = (isClauseCue(cue) || CourtFindings.isFinding(tokens, cue))
                && MisparsedClauses.isFiniteClause(tokens, clauseHead);
        return isCue(tokens, cue) || clauseOnly ? Optional.of(cue) : Optional.empty();
    }

    private boolean isClauseCue(Token token) {
        return token.isVerb() && clauseCues.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "According to the BBC, the talks failed": the rest of the clause is what the source vouches for; the
     * source is the first mention after "to".
     */
    private List<Quote> accordingTo(Document document, List<Quote> marked, List<Quote> reports) {
        List<Quote> found = new ArrayList<>();
        List<Token> tokens = document.tokens();
        for (Token token : tokens) {
            if (!SourcePhrases.isCue(tokens, token)) {
                continue;
            }
            boolean parsed = isParsedSource(tokens, token);
            Optional<SourcePhrases.Source> read = SourcePhrases.setOff(tokens, token)
                    .or(() -> parsed ? Optional.empty() : SourcePhrases.of(tokens, token));
            Optional<Quote> quote = parsed && read.isEmpty()
                    ? parsedSource(document, token, marked)
                            // "X emphasized they were ready, according to the report": the medium relays X's word.
                            .filter(q -> reports.stream().noneMatch(r -> isRelayedReport(tokens, q.span(), r)))
                    : read
                            // "X said the name must be short, per the guidelines": a source inside a report of its
                            // own is part of what X said.
                            .filter(source ->
                                    reports.stream().noneMatch(r -> r.span().overlaps(source.clause())))
                            .flatMap(source -> readSource(document, source, marked));
            // A source the parse hung on a closing quotation mark vouches for no words of its own.
            quote.filter(q -> q.text().codePoints().anyMatch(Character::isLetterOrDigit))
                    .filter(q -> found.stream().noneMatch(f -> f.span().equals(q.span())))
                    .ifPresent(found::add);
        }
        return found;
    }

    /** A report inside the clause a source vouches for, whose cue is in that clause too. */
    private static boolean isRelayedReport(List<Token> tokens, Span vouched, Quote report) {
        return vouched.contains(report.span())
                && tokens.stream()
                        .anyMatch(t -> vouched.contains(t.span())
                                && !report.span().contains(t.span())
                                && t.isVerb()
                                && cueName(t).equals(report.cue()));
    }

    /** "according to" hung by the parse on the clause it vouches for. */
    private boolean isParsedSource(List<Token> tokens, Token token) {
        if (!token.word().equalsIgnoreCase("according") || !token.deprel().equals("case") || token.head() < 0) {
            return false;
        }
        Token source = tokens.get(token.head());
        // A source hung on a comma is a parse that failed ("..., according to X" under a stray "dep"): the word
        // order reads it.
        return source.head() >= 0
                && source.sentence() == token.sentence()
                && !tokens.get(source.head()).deprel().equals("punct");
    }

    private Optional<Quote> parsedSource(Document document, Token token, List<Quote> marked) {
        List<Token> tokens = document.tokens();
        Token source = tokens.get(token.head());
        Span phrase = subtreeSpan(tokens, source);
        Token hung = SubjectHungSources.clauseOf(tokens, tokens.get(source.head()), phrase);
        // "According to X, the man died; officials said ...": a report after a semicolon is no part of what X vouches
        // for.
        Predicate<Token> isReportCue = t -> isCue(tokens, t);
        Span whole = SemicolonReports.trim(tokens, subtreeSpan(tokens, hung), isReportCue);
        Span clause = SemicolonReports.trim(
                tokens, vouchedClause(tokens, TrailingSources.vouchedVerb(tokens, hung, phrase), phrase), isReportCue);
        // With quotation marks in the clause, the marked quote is what the source vouches for.
        boolean quoted = marked.stream()
                .anyMatch(q -> q.kind() != QuoteKind.SCARE && q.span().overlaps(whole));
        if (clause.length() == 0 || quoted || Recordings.isRecording(tokens, source)) {
            return Optional.empty();
        }
        return Optional.of(indirect(document, clause, speaker(document, token), token));
    }

    /**
     * A source phrase the parse did not hang on its clause, read from the word order. "per" needs a name in its
     * phrase: "5 per cent" and "per capita" name nobody.
     */
    private static Optional<Quote> readSource(Document document, SourcePhrases.Source source, List<Quote> marked) {
        List<Token> tokens = document.tokens();
        List<Mention> named = document.mentions().stream()
                .filter(m -> source.phrase().contains(m.span()) && SOURCE_TYPES.contains(m.type()))
                .filter(m -> !possessesAGroup(tokens, m))
                .toList();
        Optional<Token> head = tokens.stream()
                // "according to officials on Saturday": the day is not the source.
                .filter(t -> source.phrase().contains(t.span()) && t.isNoun() && !DescribedSpeakers.namesATime(t))
                .reduce((first, second) -> second);
        boolean quoted = marked.stream()
                .anyMatch(q -> q.kind() != QuoteKind.SCARE && q.span().overlaps(source.clause()));
        boolean recording = head.map(h -> Recordings.isRecording(tokens, h)).orElse(false);
        boolean per = source.cue().word().equalsIgnoreCase("per");
        boolean nameless =
                named.stream().noneMatch(m -> m.type() == MentionType.PERSON || m.type() == MentionType.ORGANISATION);
        if (quoted || recording || head.isEmpty() || per && nameless) {
            return Optional.empty();
        }
        Optional<Mention> speaker = named.stream()
                .min(java.util.Comparator.comparing(QuoteStage::sourceRank))
                .map(m -> ShortNames.fullName(document, m))
                .or(() -> DescribedSpeakers.of(document, head.get()));
        return Optional.of(indirect(document, source.clause(), speaker, source.cue()));
    }

    /**
     * "Rates had risen and stood at 80% according to X": a source after the last of coordinated clauses vouches for
     * all of them, though the parser hangs it on the last.
     */
    private static Token outermostConjunct(List<Token> tokens, Token head, Span phrase) {
        Token current = head;
        while (current.deprel().equals("conj")
                && current.head() >= 0
                && current.span().end() <= phrase.start()) {
            current = tokens.get(current.head());
        }
        return current;
    }

    /** The clause of {@code head} on the far side of the "according to" phrase, without punctuation at its ends. */
    private static Span vouchedClause(List<Token> tokens, Token head, Span phrase) {
        Span clause = subtreeSpan(tokens, outermostConjunct(tokens, MisparsedClauses.clauseHead(tokens, head), phrase));
        // "..., and according to X he died": a phrase after only a coordinator still opens the clause it vouches for.
        boolean opens = phrase.start() <= clause.start() || onlyJoinsBefore(tokens, clause, phrase);
        int start = opens ? phrase.end() : clause.start();
        int end = opens ? clause.end() : Math.min(clause.end(), phrase.start());
        List<Token> inside = tokens.stream()
                .filter(t -> t.span().start() >= start && t.span().end() <= end)
                .filter(t -> !t.deprel().equals("punct") && !t.word().equalsIgnoreCase("according"))
                .toList();
        if (inside.isEmpty()) {
            return new Span(start, start);
        }
        return new Span(
                inside.get(0).span().start(),
                inside.get(inside.size() - 1).span().end());
    }

    /**
     * Only coordinators, adverbs, a relative adverb and punctuation in the clause before the source phrase: "Friday was
     * when, according to the plans, crowds were to ..." vouches for the words after the phrase.
     */
    private static boolean onlyJoinsBefore(List<Token> tokens, Span clause, Span phrase) {
        return tokens.stream()
                .filter(t -> t.span().start() >= clause.start() && t.span().end() <= phrase.start())
                .allMatch(t -> t.pos().equals("CC")
                        || t.pos().startsWith("RB")
                        || t.pos().equals("WRB")
                        || t.deprel().equals("punct"));
    }

    /** The clause under a head, without a leading "that" and trailing punctuation. */
    private static Span subtreeSpan(List<Token> tokens, Token head) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, head);
        int first = head.index();
        int last = head.index();
        for (int at = range.first(); at < range.end(); at++) {
            if (Heads.dominates(tokens, head, tokens.get(at))
                    && !tokens.get(at).deprel().equals("punct")) {
                first = Math.min(first, at);
                last = Math.max(last, at);
            }
        }
        if (tokens.get(first).deprel().equals("mark") && first < last) {
            first++;
        }
        // A quote opened inside the clause closes with it: keep the closing mark the parser left outside.
        if (last + 1 < range.end() && isClosingMark(tokens.get(last + 1)) && opensQuote(tokens, first, last)) {
            last++;
        }
        return new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end());
    }

    private static boolean isClosingMark(Token token) {
        return token.word().equals("''")
                || token.word().equals("”")
                || token.word().equals("»");
    }

    private static boolean opensQuote(List<Token> tokens, int first, int last) {
        int depth = 0;
        for (int at = first; at <= last; at++) {
            String word = tokens.get(at).word();
            if (word.equals("``") || word.equals("“") || word.equals("«")) {
                depth++;
            } else if (isClosingMark(tokens.get(at))) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** A marked quote whose speaker a rule found outside a cue clause of its own sentence. */
    private static Quote credited(
            Document document, Span span, String text, QuoteKind kind, Mention speaker, String cue) {
        return new Quote(span, text, kind, speaker.actorId(), speaker.span(), cue, date(document, span));
    }

    /** The day of a resolved time in the quote's sentence, else the publication date. */
    private static String date(Document document, Span span) {
        Optional<Span> sentence = document.sentenceAt(span.start()).map(s -> s.span());
        for (TimeMention time : document.times()) {
            if (time.granularity() == Granularity.DAY
                    && sentence.map(s -> s.contains(time.span())).orElse(false)) {
                return time.value();
            }
        }
        return document.metadata().publishedDate().map(Object::toString).orElse("");
    }

    private static List<Token> tokensIn(Document document, Span span) {
        return document.tokens().stream()
                .filter(t -> span.contains(t.span()) && !isQuoteMark(t))
                .toList();
    }
}
