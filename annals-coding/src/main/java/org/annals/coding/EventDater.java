package org.annals.coding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Granularity;
import org.annals.core.Modality;
import org.annals.core.QuoteKind;
import org.annals.core.Sentence;
import org.annals.core.Span;
import org.annals.core.TimeMention;
import org.annals.core.TimeRelation;
import org.annals.core.Token;

/**
 * Dates an event: the time attached to its predicate or to an occasion it hangs on ({@link TimeHosts}), else the
 * time of an occasion the sentence opens by pointing back to ({@link ReferredOccasions}), else, for a clause placed
 * after or before another happening, that happening's time counted by the amount that places it
 * ({@link CountedOffsets}), else the time of the report
 * that tells it, else the only time in its sentence, else, for an act in the simple past, a day carried over from
 * the previous sentence of the paragraph or the day a verb of the paragraph or the lead was told on, else the
 * publication date for asserted reports (the month a round-up's headline names, when that month was over before
 * publication: {@link HeadlinePeriod}). Events made by saying something take
 * the day their paragraph or lead sets for the speech ({@link SpeechDays}). Background events are never dated with
 * the publication date, nor is an act whose tense or adverb of sequence ({@link TenseBackground}), whose span of
 * years or series up to now ({@link SpansAndSeries}), whose simple past right after a sentence that sets an earlier
 * month or week ({@link EarlierPeriods}), whose telling in the past inside a quotation, or whose simple past going on
 * from a pluperfect flashback ({@link Flashbacks})
 * places it before the report: the text gives it no day, so it gets none.
 */
final class EventDater {
    /** The confidence of a date taken from publication because the text gives none. */
    static final double PUBLISHED_CONFIDENCE = 0.4;

    /** A date with its precision, how sure we are, and the modality it implies. */
    record Dated(String value, Granularity granularity, double confidence, Modality modality) {
        static Dated none(Modality modality) {
            return new Dated("", Granularity.UNRESOLVED, 0.5, modality);
        }
    }

    private static final Set<String> FRAMING_RELATIONS = Set.of("parataxis", "advcl");
    private static final Set<String> RELATIONAL_PREPOSITIONS = Set.of("since", "until", "till", "before", "after");
    /** Adverbs that place a happening at some unstated time before the report ("years ago", "was once jailed"). */
    private static final int MAX_CLAUSE_DEPTH = 8;

    private static final Set<String> CLAUSE_RELATIONS =
            Set.of("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "csubj", "csubj:pass");

    private static final Set<String> EARLIER_ADVERBS =
            Set.of("ago", "recently", "previously", "formerly", "once", "lately");
    /** The cue of an interviewee's answer, a quotation printed without marks (annals-nlp InterviewTurns). */
    private static final String INTERVIEW_ANSWER = "interview";

    private static final Set<String> ORDERING_MARKERS = Set.of("after", "before", "until", "till");

    private final Tree tree;
    private final Document document;
    private final TimeHosts hosts;
    private final SpeechDays speechDays;
    private final ReferredOccasions occasions;
    private final CountedOffsets offsets;
    private final TenseBackground tenses;
    private final Flashbacks flashbacks;
    private final SpansAndSeries spans;

    EventDater(Tree tree, Document document) {
        this.tree = tree;
        this.document = document;
        this.hosts = new TimeHosts(tree);
        this.speechDays = new SpeechDays(document, tree, this::usableTimes, this::anchor);
        this.occasions = new ReferredOccasions(tree, document, this::usableTimes, this::anchor);
        this.offsets = new CountedOffsets(tree, this::anchor);
        this.tenses = new TenseBackground(tree);
        this.flashbacks = new Flashbacks(tree, document, this::namesAPointInTime);
        this.spans = new SpansAndSeries(tree);
    }

    Dated date(Sentence sentence, List<Integer> predicates, Modality modality, boolean bareNoun) {
        List<TimeMention> usable = usableTimes(sentence);
        Optional<TimeMention> attached = usable.stream()
                .filter(t -> predicates.contains(anchor(t)) || countsBackTo(t, predicates))
                .findFirst()
                .or(() -> usable.stream()
                        .filter(t -> hosts.occasionOf(anchor(t), predicates))
                        .findFirst());
        if (attached.isPresent()) {
            return from(attached.get(), modality, 0.8);
        }
        Optional<TimeMention> referred =
                usable.isEmpty() ? occasions.timeFor(sentence, governingVerb(predicates.get(0))) : Optional.empty();
        if (referred.isPresent()) {
            return from(referred.get(), modality, 0.6);
        }
        if (placedRelativeToAnother(predicates.get(0))) {
            return countedFromItsHost(sentence, predicates.get(0), usable, modality);
        }
        if (modality == Modality.HISTORICAL) {
            return Dated.none(modality);
        }
        if (modality == Modality.ASSERTED && toldAsEarlier(predicates.get(0))) {
            return Dated.none(Modality.HISTORICAL);
        }
        Optional<TimeMention> report = usable.stream()
                .filter(t -> hosts.reportOf(anchor(t), predicates))
                .findFirst();
        if (report.isPresent()) {
            return from(report.get(), modality, 0.6);
        }
        if (usable.stream().map(TimeMention::value).distinct().count() == 1) {
            return from(usable.get(0), modality, 0.6);
        }
        if (bareNoun || modality != Modality.ASSERTED && modality != Modality.NEGATED) {
            return Dated.none(modality);
        }
        Token verb = tree.token(clauseVerb(predicates.get(0)));
        Optional<TimeMention> carried = carriedDay(sentence);
        if (carried.isPresent() && simplePast(verb)) {
            return from(carried.get(), modality, 0.5);
        }
        if (mayBeBackground(sentence, predicates.get(0), usable)
                || narratedInAQuotation(predicates.get(0))
                || flashbacks.toldOnIn(sentence, governingVerb(predicates.get(0)))
                || toldOnFromAnEarlierPeriod(sentence, verb)) {
            return Dated.none(modality);
        }
        Optional<TimeMention> scene =
                simplePast(verb) ? speechDays.dayFor(sentence).filter(this::datesAVerb) : Optional.empty();
        return scene.map(day -> from(day, modality, 0.5)).orElseGet(() -> published(modality));
    }

    // "announced in September 2019, two months after Red Hat was acquired": the time the sentence gives is the
    // host's; the clause placed after or before it takes that time counted by the amount that places it. Without an
    // amount, what came just before a happening of a year shares its year ("established in 2003 after a coalition
    // ousted Saddam Hussein"), but not its month or day, and a clause placed before it may lie in any later year.
    private Dated countedFromItsHost(Sentence sentence, int predicate, List<TimeMention> usable, Modality modality) {
        int clause = governingVerb(predicate);
        Optional<TimeMention> counted = offsets.timeOf(clause, durations(sentence), usable);
        if (counted.isPresent()) {
            return from(counted.get(), modality, 0.6);
        }
        Optional<TimeMention> later = offsets.laterHostTime(clause, usable);
        if (later.filter(t -> t.granularity() == Granularity.YEAR).isPresent()) {
            return from(later.get(), modality, 0.5);
        }
        boolean earlierYear = later.filter(this::beforePublicationYear).isPresent();
        return Dated.none(modality == Modality.ASSERTED && earlierYear ? Modality.HISTORICAL : modality);
    }

    private List<TimeMention> durations(Sentence sentence) {
        return document.times().stream()
                .filter(t -> sentence.span().contains(t.span()))
                .filter(t -> t.value().startsWith("P"))
                .toList();
    }

    // "granted him a pardon": a noun's tense is that of the verb whose clause holds it.
    private int clauseVerb(int predicate) {
        int clause = governingVerb(predicate);
        return clause >= 0 ? clause : predicate;
    }

    // "Pelosi yesterday resumed the office" sets the day of the scene that the next paragraphs go on telling in the
    // simple past; "the November 27 deal" dates the deal, which a later act answers on a day of its own.
    private boolean datesAVerb(TimeMention day) {
        int anchored = anchor(day);
        return anchored >= 0 && tree.token(anchored).isVerb();
    }

    // "was sentenced by the judge" is the simple past as much as "sentenced" is; "has been sentenced" is not.
    private boolean simplePast(Token verb) {
        return verb.pos().equals("VBD")
                || verb.pos().equals("VBN")
                        && tree.children(verb.index(), "aux:pass").stream()
                                .anyMatch(aux -> tree.token(aux).pos().equals("VBD"));
    }

    /**
     * Dates an event made by saying something (a stance or a request in a quotation, a judgement in a verb of
     * naming): the date of its speech clause, else the day the paragraph or the lead sets for the speech, else the
     * publication date, unless the sentence tells background.
     */
    Dated dateSaid(Sentence sentence, List<Integer> predicates, Modality modality) {
        Dated own = date(sentence, predicates, modality, true);
        if (!own.value().isEmpty()
                || own.modality() != modality
                || modality != Modality.ASSERTED && modality != Modality.NEGATED
                || mayBeBackground(sentence, saying(predicates.get(0)), usableTimes(sentence))) {
            return own;
        }
        return speechDays.dayFor(sentence).map(day -> from(day, modality, 0.5)).orElseGet(() -> published(modality));
    }

    // A quoted word hangs on the clause that quotes it ("spoke to the press: 'I urge ...'"), and only that clause can
    // tell whether the saying is background; the quote itself is what is said, not a report of another happening.
    private int saying(int predicate) {
        int current = predicate;
        for (int step = 0; step < MAX_CLAUSE_DEPTH && insideQuote(current) && tree.head(current) >= 0; step++) {
            current = tree.head(current);
        }
        return current;
    }

    // "He met with the Iranian government," an interviewee says of a rival: an act the speaker tells in the simple
    // past inside a direct quotation (an interview answer is one) happened before it was said, on a day the quotation
    // does not give. The words between the marks count, not an attribution a split quotation spans ("A," he said,
    // "B"); the stance the speaker takes by saying it is dated by dateSaid, which never comes here.
    private boolean narratedInAQuotation(int predicate) {
        int verb = clauseVerb(predicate);
        return simplePast(tree.token(verb)) && narratedBySpeaker(predicate) && narratedBySpeaker(verb);
    }

    // A noun whose verb is the attribution ("wrote, 'Congratulations to ...'") is the saying itself, not a narration.
    private boolean narratedBySpeaker(int index) {
        Span word = tree.token(index).span();
        return document.quotes().stream()
                .filter(q -> q.kind() == QuoteKind.DIRECT && q.span().contains(word))
                .anyMatch(q -> tree.quoted(index) || q.cue().equals(INTERVIEW_ANSWER));
    }

    private boolean insideQuote(int index) {
        return document.quotes().stream()
                .anyMatch(q -> q.span().contains(tree.token(index).span()));
    }

    private boolean mayBeBackground(Sentence sentence, int predicate, List<TimeMention> usable) {
        return new ModalityDetector(tree).isPluperfect(predicate)
                || sinceSomeTime(predicate)
                || namesAnEarlierYear(usable)
                || sentenceBefore(sentence)
                        .map(p -> namesAnEarlierYear(usableTimes(p)))
                        .orElse(false)
                || toldOnFromAnEarlierYear(sentence, predicate)
                || reported(predicate)
                || inRelativeClause(predicate)
                || placedRelativeToAnother(predicate)
                || tenses.toldAsBefore(governingVerb(predicate))
                || spans.toldOverAPeriod(predicate, governingVerb(predicate))
                || namesATimeWeCouldNotResolve(sentence);
    }

    // "80 years since Japan surrendered": the clause after "since" hangs on the amount of time, which the time
    // stage resolved by counting back from publication, so that time is the clause's own date.
    private boolean countsBackTo(TimeMention time, List<Integer> predicates) {
        return predicates.stream().anyMatch(predicate -> {
            int head = tree.head(predicate);
            return head >= 0 && time.span().contains(tree.token(head).span()) && hasSince(predicate);
        });
    }

    // "... the remark, for which he was criticized": a relative clause tells about its antecedent, background to the
    // news, so its undated happening is not the report's day.
    private boolean inRelativeClause(int predicate) {
        return tree.token(predicate).deprel().equals("acl:relcl");
    }

    // "Since then, the two have deepened ties" describes a span that began before the report, not a happening on
    // the publication day.
    private boolean sinceSomeTime(int predicate) {
        int clause = governingVerb(predicate);
        return hasSince(predicate) || (clause >= 0 && hasSince(clause));
    }

    private boolean hasSince(int index) {
        return tree.children(index).stream()
                .anyMatch(child -> Tree.lower(tree.token(child).word()).equals("since")
                        || tree.preposition(child).equals("since"));
    }

    // "was convicted years ago", "had previously accused": the text says the happening lies before the report without
    // saying when, so it is background and the publication day would be wrong.
    private boolean toldAsEarlier(int predicate) {
        return hasEarlierAdverb(predicate) || hasEarlierAdverb(governingVerb(predicate));
    }

    // The adverb may hang on a phrase inside the clause ("convicted of terrorism years ago"), not on its verb. The
    // walk is bounded, since a hand-made or broken parse may not be a tree.
    private boolean hasEarlierAdverb(int index) {
        return hasEarlierAdverb(index, 0);
    }

    private boolean hasEarlierAdverb(int index, int depth) {
        if (index < 0 || depth > MAX_CLAUSE_DEPTH) {
            return false;
        }
        for (int child : tree.children(index)) {
            Token token = tree.token(child);
            if (earlierAdverb(token)) {
                return true;
            }
            if (!CLAUSE_RELATIONS.contains(token.deprel()) && hasEarlierAdverb(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    // The parser hangs "ago" on its amount as a case marker ("convicted years/obl ago/case"), and a bare "before"
    // ("threatened the network before") is an adverb of earlier time, unlike "before" with a clause or an object.
    private static boolean earlierAdverb(Token token) {
        String word = Tree.lower(token.word());
        return token.deprel().equals("advmod") && (EARLIER_ADVERBS.contains(word) || word.equals("before"))
                || token.deprel().equals("case") && word.equals("ago");
    }

    // "began its probe after his lawyer was convicted": a clause placed before or after another happening has no
    // day of its own, and the report's day would date the earlier of the two.
    private boolean placedRelativeToAnother(int predicate) {
        int clause = governingVerb(predicate);
        return clause >= 0
                && tree.token(clause).deprel().equals("advcl")
                && tree.children(clause, "mark").stream()
                        .anyMatch(mark -> ORDERING_MARKERS.contains(
                                Tree.lower(tree.token(mark).word())));
    }

    // A nominal event ("the 2016 killing") takes its time from the verb that governs it.
    private int governingVerb(int predicate) {
        int clause = predicate;
        for (int step = 0; clause >= 0 && !tree.token(clause).isVerb(); step++) {
            clause = step < MAX_CLAUSE_DEPTH ? tree.head(clause) : -1;
        }
        return clause;
    }

    // "Chirac was convicted in 2011. The charges were held back while he was president. He was given a suspended
    // sentence.": a paragraph that reaches back to an earlier year goes on telling that year in the simple past until
    // it names another time.
    private boolean toldOnFromAnEarlierYear(Sentence sentence, int predicate) {
        int clause = governingVerb(predicate);
        return clause >= 0
                && simplePast(tree.token(clause))
                && lastTimedSentenceOfTheParagraph(sentence)
                        .map(earlier -> namesAnEarlierYear(usableTimes(earlier)))
                        .orElse(false);
    }

    // "Mohr spoke about Blankenship with Wikinews in June. Mohr lauded Blankenship's ...": a sentence right after one
    // that sets a month or week over before publication goes on telling it; the month is not carried as the act's
    // date, since the sentence before may name it for something else ("a similar fire in Cork in August last year").
    // A round-up's fall-back is the month it chronicles, not the publication day, and stays the better guess there.
    private boolean toldOnFromAnEarlierPeriod(Sentence sentence, Token verb) {
        return simplePast(verb)
                && HeadlinePeriod.of(document.metadata()).isEmpty()
                && !namesAPointInTime(sentence)
                && previousSentence(sentence)
                        .map(before -> usableTimes(before).stream()
                                .anyMatch(t -> EarlierPeriods.endedBefore(
                                        t, document.metadata().publishedDate())))
                        .orElse(false);
    }

    // The nearest earlier sentence of the same block that names a point in time; a length ("for two years") does not
    // move the reference time.
    private Optional<Sentence> lastTimedSentenceOfTheParagraph(Sentence sentence) {
        return document.sentences().stream()
                .filter(s -> s.index() < sentence.index() && SpeechDays.sameBlock(document, s, sentence))
                .filter(this::namesAPointInTime)
                .max(Comparator.comparingInt(Sentence::index));
    }

    private boolean namesAPointInTime(Sentence sentence) {
        return document.times().stream()
                .filter(t -> sentence.span().contains(t.span()))
                .anyMatch(t ->
                        t.granularity() != Granularity.DURATION && !t.value().startsWith("P"));
    }

    // "found guilty on Thursday of raping a tourist in 2014": a sentence that reaches back to an earlier year mixes
    // background with news, and an undated predicate in it is as likely the background as the news.
    private boolean namesAnEarlierYear(List<TimeMention> usable) {
        return usable.stream().anyMatch(this::beforePublicationYear);
    }

    // "issued the following day" with no day to count from: the text dates the event, just not in a way we can
    // read, so the publication date would be a guess presented as a fact.
    private boolean namesATimeWeCouldNotResolve(Sentence sentence) {
        return document.times().stream()
                .filter(t -> sentence.span().contains(t.span()))
                .anyMatch(t -> t.value().isEmpty() || t.value().equals("PAST_REF"));
    }

    // A round-up published after the month its headline names tells that month's acts: the month is as far as the
    // text dates an act it gives no day of its own, and the publication day would be a day after all of them.
    private Dated published(Modality modality) {
        Optional<YearMonth> period = HeadlinePeriod.of(document.metadata());
        if (period.isPresent()) {
            boolean earlierYear = period.get().getYear()
                    < document.metadata().publishedDate().orElseThrow().getYear();
            Modality told = modality == Modality.ASSERTED && earlierYear ? Modality.HISTORICAL : modality;
            return new Dated(period.get().toString(), Granularity.MONTH, PUBLISHED_CONFIDENCE, told);
        }
        return document.metadata()
                .publishedDate()
                .map(d -> new Dated(d.toString(), Granularity.DAY, PUBLISHED_CONFIDENCE, modality))
                .orElse(Dated.none(modality));
    }

    private Dated from(TimeMention time, Modality modality, double confidence) {
        Modality result = modality;
        if (modality == Modality.ASSERTED && time.relation() == TimeRelation.FUTURE) {
            result = Modality.FUTURE;
        }
        if ((modality == Modality.ASSERTED || modality == Modality.HISTORICAL) && beforePublicationYear(time)) {
            result = Modality.HISTORICAL;
        }
        return new Dated(time.value(), time.granularity(), confidence, result);
    }

    private boolean beforePublicationYear(TimeMention time) {
        Optional<LocalDate> published = document.metadata().publishedDate();
        if (published.isEmpty()
                || time.value().length() < 4
                || !time.value().substring(0, 4).matches("\\d{4}")) {
            return false;
        }
        return Integer.parseInt(time.value().substring(0, 4)) < published.get().getYear();
    }

    private List<TimeMention> usableTimes(Sentence sentence) {
        return document.times().stream()
                .filter(t -> sentence.span().contains(t.span()))
                .filter(t -> t.isResolved() && t.granularity() != Granularity.DURATION)
                .filter(t -> !t.value().startsWith("P"))
                .filter(t -> headToken(t)
                        .map(h -> tree.inArticle(h) && !RELATIONAL_PREPOSITIONS.contains(tree.preposition(h)))
                        .orElse(false))
                .toList();
    }

    // The day of the previous sentence in the same block, which narrative text keeps as its reference time.
    private Optional<TimeMention> carriedDay(Sentence sentence) {
        Optional<Sentence> before = previousSentence(sentence);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        List<TimeMention> days = usableTimes(before.get()).stream()
                .filter(t -> t.granularity() == Granularity.DAY)
                .toList();
        return days.size() == 1 ? Optional.of(days.get(0)) : Optional.empty();
    }

    // "... at the August 2017 rally. In that event, Fields killed": a sentence right after one that reaches back to
    // an earlier year may go on telling the background, even across a paragraph break.
    private Optional<Sentence> sentenceBefore(Sentence sentence) {
        return document.sentenceBefore(sentence);
    }

    // The previous sentence of the same block, whose time narrative text keeps as its reference time.
    private Optional<Sentence> previousSentence(Sentence sentence) {
        return sentenceBefore(sentence).filter(previous -> SpeechDays.sameBlock(document, previous, sentence));
    }

    // "she testified she was attacked", "police said the men fled": what a report tells happened before the
    // report, so the publication day dates the telling, not the happening.
    private boolean reported(int predicate) {
        for (int current = predicate; current >= 0; current = tree.head(current)) {
            if (tree.token(current).deprel().equals("ccomp") || framedBySpeech(current)) {
                return true;
            }
        }
        return false;
    }

    // "In between, she testified, she was attacked": the speech verb hangs on the clause as a parataxis (or, misparsed,
    // an adverbial clause).
    private boolean framedBySpeech(int clause) {
        return tree.children(clause).stream()
                .filter(child -> FRAMING_RELATIONS.contains(tree.token(child).deprel()))
                .anyMatch(child -> TimeHosts.SPEECH_VERBS.contains(
                                Tree.lower(tree.token(child).lemma()))
                        && !tree.children(child, "nsubj").isEmpty()
                        && tree.children(child, "obj").isEmpty()
                        && tree.children(child, "ccomp").isEmpty());
    }

    /** The nearest verb or noun predicate above the time expression. */
    private int anchor(TimeMention time) {
        Optional<Integer> head = headToken(time);
        if (head.isEmpty()) {
            return -1;
        }
        int current = tree.head(head.get());
        while (current >= 0
                && !tree.token(current).isVerb()
                && !tree.token(current).isNoun()) {
            current = tree.head(current);
        }
        return current;
    }

    private Optional<Integer> headToken(TimeMention time) {
        Integer best = null;
        for (int i = 0; i < tree.size(); i++) {
            Token token = tree.token(i);
            if (time.span().contains(token.span())) {
                int head = token.head();
                boolean headOutside =
                        head < 0 || !time.span().contains(tree.token(head).span());
                if (headOutside && best == null) {
                    best = i;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
