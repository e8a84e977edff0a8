package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Actor;
import org.annals.core.ActorKind;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;

/**
 * A speaker named by a common noun and no name: "the president insists", "the agency said", "police said". A title
 * goes to the person the article gave that role, an institution word to the latest organisation whose name holds
 * it; otherwise the noun phrase itself is the speaker, so a reader (and the scorer) sees who spoke.
 */
final class DescribedSpeakers {
    // Parts of a subject phrase that say more about it without naming it ("police, who arrived later").
    private static final Set<String> LEFT_OUT =
            Set.of("acl", "acl:relcl", "appos", "punct", "cc", "conj", "dep", "case");

    // Parts of a subject phrase that are clauses of their own; a name there is not the subject's.
    private static final Set<String> CLAUSES = Set.of("acl", "acl:relcl", "cc", "conj", "parataxis");

    private static final Set<String> TITLE_QUALIFIERS =
            Set.of("former", "ex", "vice", "deputy", "then", "late", "elect", "designate", "assistant");
    private static final int QUALIFIER_WORDS = 3;
    private static final int QUALIFIER_REACH = 40;

    private static final Set<String> SPOKESPERSONS =
            Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen");
    // How the organisation hangs on the spokesperson: "for"/"of" phrases, possessives and names before the noun.
    private static final Set<String> VOICED = Set.of("nmod", "nmod:poss", "compound");

    // Words that describe a body by what it is to the story, beyond the tagger's organisation nouns.
    private static final Set<String> BODY_DESCRIPTIONS =
            Set.of("publication", "partner", "paper", "magazine", "website", "charity", "supplier", "buyer", "seller");
    private static final int DESCRIBED_REACH = 2;
    // How far before a name its description may start ("Austrian mortar and shell manufacturer Acme").
    private static final int DESCRIPTION_WORDS = 6;

    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> TIME_WORDS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "morning",
            "afternoon",
            "evening",
            "night",
            "week",
            "weekend",
            "month",
            "year");

    private DescribedSpeakers() {}

    /** The speaker a common-noun subject stands for; empty for anything but a noun. */
    static Optional<Mention> of(Document document, Token subject) {
        if (!subject.isNoun()) {
            return Optional.empty();
        }
        String head = subject.lemma().toLowerCase(Locale.ROOT);
        if (CampaignVoices.speaksForItself(subject)) {
            return Optional.of(phrase(document, subject));
        }
        return personInside(document, subject)
                .or(() -> IssuedDocuments.issuerOf(document, subject))
                .or(() -> voiceOf(document, subject, head))
                .or(() -> personWithRole(document, subject, head))
                .or(() -> personTitled(document, subject, head))
                .or(() -> possessedTitleHolder(document, subject))
                .or(() -> organisationNamed(document, subject, subject.word().toLowerCase(Locale.ROOT)))
                .or(() -> organisationDescribed(document, subject, head))
                .or(() -> Optional.of(phrase(document, subject)));
    }

    /**
     * "the prosecutor general of Tehran, Ali Mehr, said": a person named in the subject phrase or its apposition,
     * never one inside a relative clause ("a statement which said, "Hagia Sophia ..."").
     */
    private static Optional<Mention> personInside(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, subject);
        int end = subject.span().end();
        for (int at = subject.index() + 1; at < range.end() && inPhrase(tokens, subject, tokens.get(at), true); at++) {
            end = tokens.get(at).span().end();
        }
        Span whole = new Span(subject.span().start(), end);
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON && whole.contains(m.span()))
                .findFirst();
    }

    /**
     * "a spokeswoman for the ministry", "the ministry's spokesman", "a Kremlin spokesperson": a spokesperson speaks
     * for the organisation, which is the speaker.
     */
    private static Optional<Mention> voiceOf(Document document, Token subject, String head) {
        if (!SPOKESPERSONS.contains(head)) {
            return Optional.empty();
        }
        List<Token> tokens = document.tokens();
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.ORGANISATION)
                .filter(m -> tokens.stream()
                        .filter(t -> m.span().contains(t.span()))
                        .reduce((first, second) -> second)
                        .map(t -> t.head() == subject.index() && VOICED.contains(t.deprel()))
                        .orElse(false))
                .findFirst();
    }

    /**
     * "The President insists": the latest person before the subject whose role ends in the noun; with none before,
     * a definite or possessed title is the one person the article names with that role later.
     */
    private static Optional<Mention> personWithRole(Document document, Token subject, String head) {
        if (subject.isPluralNoun()) {
            return Optional.empty();
        }
        List<Actor> withRole = document.actors().stream()
                .filter(a -> a.kind() == ActorKind.PERSON && lastWord(a.role()).equals(head))
                .filter(a -> a.evidence().stream().noneMatch(e -> isQualifiedTitle(document, e)))
                .toList();
        Set<String> holders = QualifiedTitles.narrow(document, subject, withRole).stream()
                .map(Actor::id)
                .collect(java.util.stream.Collectors.toSet());
        Optional<Mention> before = latestBefore(document, subject, m -> holders.contains(m.actorId()));
        if (before.isPresent() || holders.size() != 1 || !isDefiniteOrPossessed(document.tokens(), subject)) {
            return before;
        }
        // "The region's governor promised ... Governor Bo Kim said": the one holder the article names later.
        return document.mentions().stream()
                .filter(m -> m.span().start() > subject.span().end() && holders.contains(m.actorId()))
                .findFirst();
    }

    private static boolean isDefiniteOrPossessed(List<Token> tokens, Token noun) {
        return isDefinite(tokens, noun)
                || tokens.subList(Math.max(0, noun.index() - QUALIFIER_WORDS), noun.index()).stream()
                        .anyMatch(t -> t.head() == noun.index() && t.deprel().equals("nmod:poss"));
    }

    /**
     * "The actress recalled" after "Actress Ana Ruiz" or "Ana Ruiz, an actress,": the latest person the article gave
     * that noun as a title or an apposition. Only a definite noun ("a professor said" is someone else).
     */
    private static Optional<Mention> personTitled(Document document, Token subject, String head) {
        List<Token> tokens = document.tokens();
        if (subject.isPluralNoun() || !isDefinite(tokens, subject)) {
            return Optional.empty();
        }
        return latestBefore(
                document,
                subject,
                m -> m.type() == MentionType.PERSON
                        && Speakers.lastToken(tokens, m)
                                .map(name -> isTitledAs(tokens, name, head))
                                .orElse(false));
    }

    /**
     * "A federal judge in Ohio ruled ... U.S. District Judge Ana Ruiz ruled ...": a lead names someone by an
     * indefinite title and the next sentence names the holder; the first person given that title as a compound or
     * apposition in the same or the next sentence is the speaker.
     */
    static Optional<Mention> namedNext(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        if (!subject.pos().equals("NN") || !isIndefinite(tokens, subject)) {
            return Optional.empty();
        }
        String head = subject.lemma().toLowerCase(Locale.ROOT);
        return document.mentions().stream()
                .filter(m -> m.type() == MentionType.PERSON
                        && m.span().start() > subject.span().end())
                .filter(m -> Speakers.lastToken(tokens, m)
                        .map(name -> name.sentence() - subject.sentence() <= 1 && isTitledAs(tokens, name, head))
                        .orElse(false))
                .findFirst();
    }

    /**
     * "his daughter said" after "confirmed with his daughter Ana Ruiz", "his father says" before "said his father,
     * Bo Ruiz,": a singular noun possessed by a pronoun is the person the article gives that noun as a title or an
     * apposition, the latest before it or else the first after it.
     */
    static Optional<Mention> possessedTitleHolder(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        if (!subject.pos().equals("NN") || !isPossessedByPronoun(tokens, subject)) {
            return Optional.empty();
        }
        String head = subject.lemma().toLowerCase(Locale.ROOT);
        java.util.function.Predicate<Mention> titled = m -> m.type() == MentionType.PERSON
                && !m.span().contains(subject.span())
                && Speakers.lastToken(tokens, m)
                        .map(name -> isTitledAs(tokens, name, head) || isNameAfter(tokens, name, head))
                        .orElse(false);
        return latestBefore(document, subject, titled).or(() -> document.mentions().stream()
                .filter(m -> m.span().start() > subject.span().end() && titled.test(m))
                .findFirst());
    }

    /** "his daughter Ana Ruiz" with the name hung on the noun as a loose dependent rather than an apposition. */
    private static boolean isNameAfter(List<Token> tokens, Token name, String lemma) {
        return name.deprel().equals("dep")
                && name.head() >= 0
                && name.head() < name.index()
                && tokens.get(name.head()).lemma().toLowerCase(Locale.ROOT).equals(lemma);
    }

    private static boolean isPossessedByPronoun(List<Token> tokens, Token noun) {
        return tokens.subList(Math.max(0, noun.index() - QUALIFIER_WORDS), noun.index()).stream()
                .anyMatch(t -> t.head() == noun.index()
                        && t.deprel().equals("nmod:poss")
                        && t.pos().equals("PRP$"));
    }

    private static boolean isIndefinite(List<Token> tokens, Token noun) {
        return tokens.subList(Math.max(0, noun.index() - QUALIFIER_WORDS), noun.index()).stream()
                .anyMatch(t -> t.head() == noun.index()
                        && t.deprel().equals("det")
                        && (t.word().equalsIgnoreCase("a") || t.word().equalsIgnoreCase("an")));
    }

    private static boolean isDefinite(List<Token> tokens, Token noun) {
        return noun.index() > 0
                && tokens.subList(Math.max(0, noun.index() - QUALIFIER_WORDS), noun.index()).stream()
                        .anyMatch(t -> t.head() == noun.index()
                                && t.deprel().equals("det")
                                && t.word().equalsIgnoreCase("the"));
    }

    /** A noun with the lemma compounded before the name or in apposition with it, either way round. */
    private static boolean isTitledAs(List<Token> tokens, Token name, String lemma) {
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, name);
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (!token.lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
                continue;
            }
            boolean titleOfName = token.head() == name.index()
                            && (token.deprel().startsWith("compound")
                                    || token.deprel().equals("appos"))
                    || CoordinatedTitles.titles(tokens, token, name);
            boolean nameOfTitle = name.head() == token.index() && name.deprel().equals("appos");
            if (titleOfName || nameOfTitle) {
                return true;
            }
        }
        return false;
    }

    /** "The agency said" after "the Saudi Press Agency": the latest organisation whose name holds the noun. */
    private static Optional<Mention> organisationNamed(Document document, Token subject, String noun) {
        // The organisation the article names most often wins ("the court" of a story about one court that also
        // mentions a higher one); among equals, the latest.
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Mention> latest = new java.util.HashMap<>();
        for (Mention mention : document.mentions()) {
            if (mention.span().start() >= subject.span().start()) {
                break;
            }
            if (mention.type() == MentionType.ORGANISATION
                    && List.of(mention.text().toLowerCase(Locale.ROOT).split("\\W+"))
                            .contains(noun)) {
                counts.merge(identity(mention), 1, Integer::sum);
                latest.put(identity(mention), mention);
            }
        }
        return latest.values().stream()
                .max(java.util.Comparator.comparing((Mention m) -> counts.get(identity(m)))
                        .thenComparing(m -> m.span().start()));
    }

    /**
     * "The Herald reported ... The industry publication stated", "Acme issued a release ... The Austrian partner
     * asked": a definite singular noun for a body whose name does not hold it is the latest organisation that was the
     * subject of a clause in the same or the two sentences before.
     */
    private static Optional<Mention> organisationDescribed(Document document, Token subject, String head) {
        List<Token> tokens = document.tokens();
        boolean describesABody = BODY_DESCRIPTIONS.contains(head) || NerConsistency.isOrganisationNoun(head);
        if (!describesABody || !subject.pos().equals("NN") || !isDefinite(tokens, subject)) {
            return Optional.empty();
        }
        return describedAs(document, subject)
                .or(() -> latestBefore(
                        document,
                        subject,
                        m -> m.type() == MentionType.ORGANISATION
                                && Speakers.lastToken(tokens, m)
                                        .map(name -> subject.sentence() - name.sentence() <= DESCRIBED_REACH
                                                && name.deprel().startsWith("nsubj"))
                                        .orElse(false)));
    }

    /**
     * "Austrian maker Acme ... The Austrian partner": a capitalised adjective of the description that the article
     * put before an organisation's name picks that organisation, however far back.
     */
    private static Optional<Mention> describedAs(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        Set<String> adjectives =
                tokens.subList(Math.max(0, subject.index() - QUALIFIER_WORDS), subject.index()).stream()
                        .filter(t -> t.head() == subject.index() && t.deprel().equals("amod"))
                        .map(Token::word)
                        .filter(word -> Character.isUpperCase(word.charAt(0)))
                        .collect(java.util.stream.Collectors.toSet());
        if (adjectives.isEmpty()) {
            return Optional.empty();
        }
        return latestBefore(
                document,
                subject,
                m -> m.type() == MentionType.ORGANISATION
                        && tokens.stream()
                                .filter(t -> m.span().contains(t.span()))
                                .findFirst()
                                .map(first -> isDescribedBefore(tokens, first, adjectives))
                                .orElse(false));
    }

    private static boolean isDescribedBefore(List<Token> tokens, Token name, Set<String> adjectives) {
        return tokens.subList(Math.max(0, name.index() - DESCRIPTION_WORDS), name.index()).stream()
                .anyMatch(t -> t.sentence() == name.sentence() && adjectives.contains(t.word()));
    }

    private static String identity(Mention mention) {
        return mention.actorId().isEmpty() ? mention.text() : mention.actorId();
    }

    private static Optional<Mention> latestBefore(
            Document document, Token subject, java.util.function.Predicate<Mention> wanted) {
        Mention latest = null;
        for (Mention mention : document.mentions()) {
            if (mention.span().start() >= subject.span().start()) {
                break;
            }
            if (wanted.test(mention)) {
                latest = mention;
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * "former Vice President Bo Kim", "President-elect Ana Lopez": the title was held once, will be held, or is
     * someone's second; "the president" of the same article is the one who holds it now.
     */
    private static boolean isQualifiedTitle(Document document, Span evidence) {
        String text = document.text();
        String before = text.substring(Math.max(0, evidence.start() - QUALIFIER_REACH), evidence.start());
        String after = text.substring(evidence.end(), Math.min(text.length(), evidence.end() + QUALIFIER_REACH));
        List<String> wordsBefore = List.of(before.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        int from = Math.max(0, wordsBefore.size() - QUALIFIER_WORDS);
        return wordsBefore.subList(from, wordsBefore.size()).stream().anyMatch(TITLE_QUALIFIERS::contains)
                || after.toLowerCase(Locale.ROOT).matches("(?s)^[-\\s]*(elect|designate)\\b.*");
    }

    /**
     * Whether a mention names the speaker known by this actor id (empty when none) and this text: the same actor, or
     * the same last word ("Mr Ellwood" for "Tobias Ellwood").
     */
    static boolean namesSpeaker(Mention mention, String speakerId, String speakerText) {
        return !speakerId.isEmpty() && speakerId.equals(mention.actorId())
                || lastWord(mention.text()).equalsIgnoreCase(lastWord(speakerText));
    }

    /** The last word of a name or role, in lower case. */
    static String lastWord(String role) {
        String[] words = role.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return words[words.length - 1];
    }

    /** The subject's noun phrase without relative clauses, appositions and coordinated phrases. */
    private static Mention phrase(Document document, Token subject) {
        List<Token> tokens = document.tokens();
        Speakers.Sentencewise range = Speakers.Sentencewise.of(tokens, subject);
        int first = subject.index();
        int last = subject.index();
        for (int at = range.first(); at < range.end(); at++) {
            if (at != subject.index() && inPhrase(tokens, subject, tokens.get(at), false)) {
                first = Math.min(first, at);
                last = Math.max(last, at);
            }
        }
        Span span = new Span(
                tokens.get(first).span().start(), tokens.get(last).span().end());
        return new Mention(span, document.textOf(span), MentionType.DESCRIPTION, "", "");
    }

    /**
     * A weekday, a part of the day, a month or a tagged date: when someone spoke, never who. A month counts as a
     * proper noun the tagger gave no name's tag, since the tagger leaves most months untagged and "May" is also a
     * surname.
     */
    static boolean namesATime(Token token) {
        return TIME_TAGS.contains(token.ner())
                || TIME_WORDS.contains(token.word().toLowerCase(Locale.ROOT))
                || token.pos().equals("NNP") && token.ner().equals("O") && CalendarNames.isMonth(token.word());
    }

    private static boolean inPhrase(List<Token> tokens, Token subject, Token token, boolean withApposition) {
        Token current = token;
        for (int step = 0; step < tokens.size() && current.head() >= 0; step++) {
            if ((withApposition ? CLAUSES : LEFT_OUT).contains(current.deprel())) {
                return false;
            }
            if (current.head() == subject.index()) {
                // "according to officials on Saturday": when they spoke is not who they are; "via Twitter" is how.
                return !namesATime(current) && !ChannelPhrases.isCarrier(tokens, current, subject);
            }
            current = tokens.get(current.head());
        }
        return false;
    }
}
