package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Span;
import org.annals.core.Token;

/** Who a cue verb attributes speech to: its subject's mention, a pronoun resolved to its antecedent. */
final class Speakers {
    // The auxiliaries of a passive; a word of a name taken for one is a misparse ("Operation Inherent Resolve").
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("be", "get");
    private static final int MAX_CLIMB = 3;
    private static final int MAX_TITLE_WORDS = 6;
    // The preposition of a passive's agent when the parser gives it as a plain oblique.
    private static final java.util.Set<String> BY = java.util.Set.of("by");
    // "with Ana Ruiz calling the plan ...": the absolute phrase whose name does what its participle says.
    private static final java.util.Set<String> WITH = java.util.Set.of("with");
    private static final java.util.Set<MentionType> SPEAKER_TYPES =
            java.util.EnumSet.of(MentionType.PERSON, MentionType.ORGANISATION, MentionType.DESCRIPTION);

    private static final java.util.Set<String> PLURAL_PRONOUNS =
            java.util.Set.of("they", "them", "their", "theirs", "we", "us", "our");

    private Speakers() {}

    /** The subject of the verb, climbing through "adding", "stressed" and the like to the verb that has one. */
    static Optional<Token> subjectOf(List<Token> tokens, Token verb) {
        Optional<Token> inverted = invertedSubject(tokens, verb);
        if (inverted.isPresent()) {
            return inverted;
        }
        Optional<Token> quoted = quotedAsSaying(tokens, verb);
        if (quoted.isPresent()) {
            return quoted;
        }
        if (isPassive(tokens, verb)) {
            return agentOf(tokens, verb);
        }
        Optional<Token> participleAgent = ParticipleAgents.of(tokens, verb);
        if (participleAgent.isPresent()) {
            return participleAgent;
        }
        Optional<Token> displaced = DisplacedSubjects.of(tokens, verb);
        if (displaced.isPresent()) {
            return displaced;
        }
        Token current = verb;
        for (int step = 0; step <= MAX_CLIMB; step++) {
            Optional<Token> subject = directSubject(tokens, current);
            Token climbed = current;
            if (current != verb) {
                subject = subject.filter(s -> !InfinitiveSubjects.isMisparsed(tokens, climbed, s));
            }
            if (subject.isPresent()) {
                Token found = antecedentOfRelative(tokens, current, subject.get());
                return Optional.of(
                        current == verb ? lostFirstConjunct(tokens, verb, found).orElse(found) : found);
            }
            if (current.head() < 0) {
                break;
            }
            Token governor = tokens.get(current.head());
            if (isParticiple(current) && governor.isNoun()) {
                Optional<Token> understood = participleSubject(tokens, current, governor);
                if (understood.isPresent() || !isFreeAdjunct(tokens, current) || governor.head() < 0) {
                    return understood;
                }
                // "addressed reporters, calling for ...": the participle shares the clause's subject, though the
                // parser hung it on the nearest noun.
                current = tokens.get(governor.head());
                continue;
            }
            if (!isShared(tokens, current)) {
                break;
            }
            Token cue = current;
            Optional<Token> controller =
                    objectController(tokens, current, governor).or(() -> EmbeddedSources.of(tokens, cue, governor));
            if (controller.isPresent()) {
                return controller;
            }
            current = governor;
        }
        return lostVerbSubject(tokens, verb).or(() -> freeAdjunctSubject(tokens, verb));
    }

    /**
     * "He sued to stop the bank from releasing the files, arguing that ...": a participle after a comma shares the
     * subject of the sentence's main verb, though the parser hung it on a verb without one. Hung on a common noun
     * whose own head leads to no subject ("repeated the commitment, saying"), it shares that subject only when the
     * subject is a name, a pronoun or a document: "The hashtag went viral, suggesting users wished ..." reports
     * nobody's words.
     */
    private static Optional<Token> freeAdjunctSubject(List<Token> tokens, Token participle) {
        boolean onAVerb =
                participle.head() >= 0 && tokens.get(participle.head()).isVerb();
        boolean onANoun = participle.head() >= 0 && isCommonNoun(tokens.get(participle.head()));
        if (!participle.pos().equals("VBG") || !isFreeAdjunct(tokens, participle) || !(onAVerb || onANoun)) {
            return Optional.empty();
        }
        Sentencewise range = Sentencewise.of(tokens, participle);
        return tokens.subList(range.first(), range.end()).stream()
                .filter(t -> t.head() < 0 && t.isVerb() && t.index() < participle.index())
                .findFirst()
                .flatMap(root -> directSubject(tokens, root))
                .filter(subject -> onAVerb || canSpeak(subject));
    }

    private static boolean canSpeak(Token subject) {
        return subject.isProperNoun() || subject.pos().equals("PRP") || IssuedDocuments.isDocument(subject);
    }

    /**
     * "The backlash led Ana Ruiz to express ...", "they asked him to explain": the object of the verb an infinitive
     * completes is who does what the infinitive says.
     */
    private static Optional<Token> objectController(List<Token> tokens, Token infinitive, Token governor) {
        if (!infinitive.deprel().equals("xcomp")) {
            return Optional.empty();
        }
        Sentencewise range = Sentencewise.of(tokens, governor);
        for (int at = governor.index() + 1; at < infinitive.index() && at < range.end(); at++) {
            Token token = tokens.get(at);
            // Only someone can be made to speak: "criticised the refusal to debate" leaves the subject in charge.
            boolean someone = token.ner().equals("PERSON") || token.pos().equals("PRP");
            if (token.head() == governor.index() && token.deprel().equals("obj") && someone) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /** "It was reported by Reuters that ...", "he was told that ...": a passive cue's subject is not who spoke. */
    private static boolean isPassive(List<Token> tokens, Token verb) {
        Sentencewise range = Sentencewise.of(tokens, verb);
        boolean passiveSubject = false;
        boolean passiveAuxiliary = false;
        boolean misreadAuxiliary = false;
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() != verb.index()) {
                continue;
            }
            passiveSubject |= token.deprel().equals("nsubj:pass");
            if (token.deprel().equals("aux:pass")) {
                boolean nameWord = !token.ner().equals("O")
                        && !PASSIVE_AUXILIARIES.contains(token.lemma().toLowerCase(Locale.ROOT));
                passiveAuxiliary |= !nameWord;
                misreadAuxiliary |= nameWord;
            }
        }
        // "Operation Inherent Resolve released a statement": the parser took a word of the name, tagged a verb, for
        // the auxiliary of a passive and the name for its subject; the verb is active and the name its subject.
        return passiveAuxiliary || (passiveSubject && !misreadAuxiliary);
    }

    /**
     * The "by" phrase of a passive verb, the one who acted; empty when the passive names nobody. "was announced to be
     * a "pandemic" by the WHO": the parser may hang the phrase on the verb's complement instead.
     */
    static Optional<Token> agentOf(List<Token> tokens, Token verb) {
        Sentencewise range = Sentencewise.of(tokens, verb);
        for (int at = verb.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            boolean byPhrase = token.deprel().equals("obl:agent")
                    || (token.deprel().equals("obl") || token.deprel().equals("nmod"))
                            && Heads.hasCase(tokens, token, BY);
            if (byPhrase && (token.head() == verb.index() || isComplementOf(tokens, token.head(), verb))) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    private static boolean isComplementOf(List<Token> tokens, int head, Token verb) {
        return head >= 0
                && tokens.get(head).head() == verb.index()
                && tokens.get(head).deprel().equals("xcomp");
    }

    private static boolean isShared(List<Token> tokens, Token verb) {
        return verb.deprel().equals("conj")
                || verb.deprel().startsWith("advcl")
                || verb.deprel().equals("xcomp")
                || verb.deprel().equals("parataxis")
                || verb.deprel().equals("dep")
                || isInfinitive(tokens, verb);
    }

    private static boolean isCommonNoun(Token token) {
        return token.isNoun() && !token.isProperNoun();
    }

    private static boolean isParticiple(Token verb) {
        return verb.pos().equals("VBG")
                && (verb.deprel().equals("acl") || verb.deprel().equals("dep"));
    }

    private static boolean isFreeAdjunct(List<Token> tokens, Token participle) {
        return participle.index() > 0
                && tokens.get(participle.index() - 1).word().equals(",");
    }

    /**
     * "an open letter urging ...": a document speaks through a participle on it. "President Ana Ruiz, ...,
     * calling for ...": with the sentence's verb lost in the parse, a free participle hangs on the name, which is
     * its subject. "with Ana Ruiz calling the plan ...": the name of a "with" phrase is its participle's subject.
     */
    private static Optional<Token> participleSubject(List<Token> tokens, Token participle, Token noun) {
        if (IssuedDocuments.isDocument(noun) && participle.deprel().equals("acl")) {
            return Optional.of(noun);
        }
        if (isFreeAdjunct(tokens, participle) && noun.isProperNoun() && noun.index() < participle.index()) {
            return Optional.of(noun);
        }
        if (participle.deprel().equals("acl") && noun.isProperNoun() && Heads.hasCase(tokens, noun, WITH)) {
            return Optional.of(nearestConjunctBefore(tokens, noun, participle));
        }
        return Optional.empty();
    }

    /**
     * "with Ana Ruiz calling the plan "reckless" and Tom Brown calling it ...": the parser hangs every participle of
     * the "with" phrase on its first name; each belongs to the name right before it.
     */
    private static Token nearestConjunctBefore(List<Token> tokens, Token noun, Token participle) {
        Token nearest = noun;
        for (int at = noun.index() + 1; at < participle.index(); at++) {
            Token token = tokens.get(at);
            if (token.head() == noun.index() && token.deprel().equals("conj") && token.isProperNoun()) {
                nearest = token;
            }
        }
        return nearest;
    }

    /**
     * "Acme, which makes soap, and Zenith Paper emphasized ...": the parser made the first conjunct the sentence's
     * root and the second the verb's subject; of two joint speakers the first named speaks.
     */
    private static Optional<Token> lostFirstConjunct(List<Token> tokens, Token verb, Token subject) {
        Sentencewise range = Sentencewise.of(tokens, verb);
        boolean joined = tokens.subList(range.first(), subject.index()).stream()
                .anyMatch(t -> t.head() == verb.index() && t.deprel().equals("cc") && t.index() < subject.index());
        if (!joined) {
            return Optional.empty();
        }
        return tokens.subList(range.first(), subject.index()).stream()
                .filter(t -> t.head() < 0)
                .findFirst()
                .filter(Token::isProperNoun);
    }

    /**
     * "Ana Ruiz, a rapporteur who had studied the case, cautioned justice is slow": the parser lost the finite verb
     * (making it a subject itself) and the sentence's root is the name before it, which is the verb's subject.
     */
    private static Optional<Token> lostVerbSubject(List<Token> tokens, Token verb) {
        boolean finite = verb.pos().equals("VBD")
                || verb.pos().equals("VBZ")
                || verb.pos().equals("VBP")
                || MisreadPastTenses.isLostPastTense(tokens, verb);
        if (!finite) {
            return Optional.empty();
        }
        Sentencewise range = Sentencewise.of(tokens, verb);
        for (int at = range.first(); at < verb.index(); at++) {
            Token token = tokens.get(at);
            if (token.head() < 0) {
                return token.isNoun() ? Optional.of(token) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "She went on to say", "he continued to insist": an infinitive has no subject of its own and takes the one of
     * the verb it completes, whatever relation the parser gave it.
     */
    private static boolean isInfinitive(List<Token> tokens, Token verb) {
        if (!verb.isVerb() || !verb.pos().equals("VB") || verb.index() == 0) {
            return false;
        }
        Token before = tokens.get(verb.index() - 1);
        return before.word().equalsIgnoreCase("to") && before.head() == verb.index();
    }

    /**
     * Quotative inversion: in "“...,” wrote student leader Ana Ruiz" the speaker follows the verb, and parsers take
     * her for its object. Only for a verb right after a quotation (a closing mark, maybe with a comma) that has no
     * subject of its own after it.
     */
    private static Optional<Token> invertedSubject(List<Token> tokens, Token verb) {
        int before = verb.index() - 1;
        while (before >= 0 && tokens.get(before).word().equals(",")) {
            before--;
        }
        // "“...,” adding Iran will ...": a participle after a quotation is no inverted attribution.
        // ""Who would do that?" wrote Ruiz.": the splitter may end the sentence at the closing mark.
        boolean afterQuotation = !verb.pos().equals("VBG")
                && before >= 0
                && (tokens.get(before).sentence() == verb.sentence() || before == verb.index() - 1)
                && isClosingMark(tokens.get(before).word());
        // A subject inside the quotation ("“..., as did others,” wrote X") is a misparse; one after the verb is found
        // the ordinary way.
        boolean subjectOutside =
                directSubject(tokens, verb).map(s -> s.index() > verb.index()).orElse(false);
        if (!afterQuotation && !subjectOutside && opensQuotedStatement(tokens, verb)) {
            // "Remarked Acme Lab scientist Ana Ruiz, "..."": the parser hangs the verb on the name as a modifier.
            return nameAfter(tokens, verb, Sentencewise.of(tokens, verb), Set.of("PERSON"));
        }
        if (!afterQuotation) {
            // "The plan, says the study, would ...": an inverted aside inside the clause it reports.
            return subjectOutside ? Optional.empty() : InvertedAsides.speaker(tokens, verb);
        }
        if (subjectOutside) {
            return Optional.empty();
        }
        Sentencewise range = Sentencewise.of(tokens, verb);
        // "wrote Acme Books editor Ana Ruiz": the person after a title that names her employer is who wrote.
        Optional<Token> person = nameAfter(tokens, verb, range, Set.of("PERSON"));
        if (person.isPresent()) {
            return person;
        }
        for (int at = verb.index() + 1; at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == verb.index()
                    && (token.deprel().equals("obj") || token.deprel().equals("iobj"))) {
                return Optional.of(token);
            }
        }
        return nameAfter(tokens, verb, range, Set.of("PERSON", "ORGANIZATION"));
    }

    /**
     * When the parse of an inverted attribution is broken ("tweeted" taken for an adjective of the name), the name
     * right after the verb, past a title ("tweeted Mayor of Springfield Ana Ruiz"): the last word of the first
     * person or organisation name.
     */
    private static Optional<Token> nameAfter(List<Token> tokens, Token verb, Sentencewise range, Set<String> kinds) {
        int limit = Math.min(range.end(), verb.index() + 1 + MAX_TITLE_WORDS);
        for (int at = verb.index() + 1; at < limit; at++) {
            Token token = tokens.get(at);
            if (kinds.contains(token.ner())) {
                int end = at;
                while (end + 1 < range.end() && tokens.get(end + 1).ner().equals(token.ner())) {
                    end++;
                }
                return Optional.of(tokens.get(end));
            }
            // "said lead author Professor Ana Ruiz": a modifier of the title, even one tagged as a verb, is part of it.
            // "said Center for Biological Diversity scientist Ana Ruiz": the employer's name is part of the title.
            boolean title = token.isNoun()
                    || !token.ner().equals("O") && !token.ner().isEmpty()
                    || token.pos().equals("DT")
                    || token.word().equalsIgnoreCase("of")
                    || isTitleModifier(tokens, at, limit);
            if (!title) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A finite verb that opens its sentence and a comma and an opening mark that follow the phrase after it: the
     * inverted attribution before a quotation, "Said Ana Ruiz, "..."". A verb with an object or an adverbial before
     * the comma ("Asked about it, Ruiz said") has a comma after other words than a name.
     */
    private static boolean opensQuotedStatement(List<Token> tokens, Token verb) {
        Sentencewise range = Sentencewise.of(tokens, verb);
        if (verb.index() != range.first()
                || !(verb.pos().equals("VBD") || verb.pos().equals("VBZ"))
                || verb.index() + 2 >= range.end()) {
            return false;
        }
        for (int at = verb.index() + 1; at + 1 < range.end(); at++) {
            if (tokens.get(at).word().equals(",")) {
                return isOpeningMark(tokens.get(at + 1).word())
                        && tokens.get(at - 1).ner().equals("PERSON");
            }
        }
        return false;
    }

    private static boolean isOpeningMark(String word) {
        return word.equals("``") || word.equals("“") || word.equals("\"") || word.equals("«");
    }

    private static boolean isTitleModifier(List<Token> tokens, int at, int limit) {
        Token token = tokens.get(at);
        boolean modifierTag = token.pos().equals("JJ")
                || token.pos().equals("VB")
                || token.pos().equals("VBP");
        return modifierTag
                && token.word().chars().allMatch(Character::isLowerCase)
                && at + 1 < limit
                && tokens.get(at + 1).isNoun();
    }

    private static boolean isClosingMark(String word) {
        return word.equals("''") || word.equals("”") || word.equals("\"") || word.equals("»") || word.equals("’");
    }

    /** "The paper quoted Ana Ruiz as saying": the speaker is the object of the verb that "as saying" hangs on. */
    private static Optional<Token> quotedAsSaying(List<Token> tokens, Token verb) {
        if (!verb.pos().equals("VBG")
                || verb.head() < 0
                || directSubject(tokens, verb).isPresent()) {
            return Optional.empty();
        }
        Sentencewise range = Sentencewise.of(tokens, verb);
        boolean afterAs = false;
        Token reporting = tokens.get(verb.head());
        Token object = null;
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == verb.index() && token.word().equalsIgnoreCase("as") && at < verb.index()) {
                afterAs = true;
            }
            if (token.head() == reporting.index() && token.deprel().equals("obj") && at < verb.index()) {
                object = token;
            }
        }
        return afterAs ? Optional.ofNullable(object) : Optional.empty();
    }

    /** "Chris Christie, who denounced ...": a relative pronoun stands for the noun its clause hangs on. */
    private static Token antecedentOfRelative(List<Token> tokens, Token verb, Token subject) {
        boolean relative = subject.pos().equals("WP") || subject.pos().equals("WDT");
        if (relative && verb.deprel().equals("acl:relcl") && verb.head() >= 0) {
            return tokens.get(verb.head());
        }
        // "spoke to the Navy, who told it ...", the relative clause parsed as a clause of its own: "who" right after
        // a noun and its comma stands for that noun.
        int at = subject.index();
        if (subject.pos().equals("WP")
                && at >= 2
                && tokens.get(at - 1).word().equals(",")
                && tokens.get(at - 2).isNoun()
                && tokens.get(at - 2).sentence() == subject.sentence()) {
            return tokens.get(at - 2);
        }
        return subject;
    }

    /**
     * The verb's subject; of two before it ("Many rivers, the survey found, are warm" parsed with both on "found"),
     * the one nearer the verb, the other being the subject of the clause the verb interrupts.
     */
    private static Optional<Token> directSubject(List<Token> tokens, Token verb) {
        Sentencewise range = Sentencewise.of(tokens, verb);
        Token found = null;
        for (int at = range.first(); at < range.end(); at++) {
            Token token = tokens.get(at);
            if (token.head() == verb.index() && token.deprel().startsWith("nsubj")) {
                if (found == null || token.index() < verb.index()) {
                    found = token;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The mention that names the speaker: the one covering the subject, a pronoun replaced by its antecedent. */
    static Optional<Mention> mentionOf(Document document, Token subject) {
        Optional<Mention> covering = covering(document, subject);
        if (CampaignVoices.speaksForItself(subject)) {
            return covering.filter(m -> m.type() != MentionType.PERSON && m.type() != MentionType.PRONOUN)
                    .or(() -> DescribedSpeakers.of(document, subject));
        }
        if (covering.isEmpty()) {
            covering = BodyPronouns.of(document, subject)
                    .or(() -> attachedName(document, subject, MentionType.PERSON))
                    .or(() -> StrayAppositions.of(document, subject))
                    .or(() -> NewsroomVoices.of(document, subject))
                    .or(() -> attachedName(document, subject, null));
        } else if (covering.get().type() != MentionType.PERSON && covering.get().type() != MentionType.PRONOUN) {
            // "Senate Minority Leader Chuck Schumer said": the title is the subject, the person hangs on it. Looked
            // for only here: it walks every mention and token.
            Optional<Mention> title = covering;
            covering = attachedName(document, subject, MentionType.PERSON)
                    .or(() -> StrayAppositions.of(document, subject))
                    .or(() -> AffiliatedPersons.of(document, subject, title.get()))
                    .or(() -> title);
        }
        if (covering.isPresent() && covering.get().type() == MentionType.MISC && subject.isProperNoun()) {
            Optional<Mention> misTyped = covering;
            covering = personBySurname(document, subject).or(() -> misTyped);
        }
        if (covering.isPresent() && covering.get().type() == MentionType.PRONOUN) {
            Mention pronoun = covering.get();
            // An actor the "actors" stage gave the pronoun wins, named by its latest mention before the pronoun.
            Optional<Mention> named = pronoun.isResolved() ? latestNaming(document, pronoun) : Optional.empty();
            if (!pronoun.isResolved() && !document.actors().isEmpty()) {
                // The actors stage weighed gender, salience and nearer unnamed people and found no antecedent sure
                // enough: the latest name before, whatever its gender, would be a guess against that.
                return Optional.empty();
            }
            return named.or(() -> antecedent(document, pronoun)
                    .map(a -> pronoun.isResolved() ? a.withActor(pronoun.actorId(), a.role()) : a));
        }
        if (covering.isPresent() && covering.get().type() == MentionType.DESCRIPTION) {
            Optional<Mention> description = covering;
            return DescribedSpeakers.namedNext(document, subject)
                    .or(() -> DescribedSpeakers.possessedTitleHolder(document, subject))
                    .or(() -> description);
        }
        return covering.or(() -> DescribedSpeakers.namedNext(document, subject))
                .or(() -> DescribedSpeakers.of(document, subject));
    }

    /** The last token of {@code mention}: the head of most names and descriptions. */
    static Optional<Token> lastToken(List<Token> tokens, Mention mention) {
        return tokens.stream().filter(t -> mention.span().contains(t.span())).reduce((a, b) -> b);
    }

    /** The first mention whose span holds {@code token}. */
    static Optional<Mention> covering(Document document, Token token) {
        return document.mentions().stream()
                .filter(m -> m.span().contains(token.span()))
                .findFirst();
    }

    /**
     * "wrote Trump on Twitter" tagged as one miscellaneous name: a subject word that is the last name of a person
     * named earlier in the article is that person.
     */
    static Optional<Mention> personBySurname(Document document, Token subject) {
        Mention latest = null;
        for (Mention mention : document.mentions()) {
            if (mention.span().start() >= subject.span().start()) {
                break;
            }
            String[] words = mention.text().split("\\s+");
            if (mention.type() == MentionType.PERSON && words[words.length - 1].equalsIgnoreCase(subject.word())) {
                latest = mention;
            }
        }
        return Optional.ofNullable(latest)
                .map(m -> new Mention(subject.span(), subject.word(), MentionType.PERSON, m.actorId(), m.role()));
    }

    /**
     * A name that hangs on the subject token: "The mayor of London, Sadiq Khan, said" (appos), "First Minister of
     * Scotland Nicola Sturgeon said" (nmod), "President Trump said" (compound). {@code type} null takes persons,
     * organisations and descriptions; possessives ("Trump's spokesman") are not the speaker.
     */
    private static Optional<Mention> attachedName(Document document, Token subject, MentionType type) {
        return document.mentions().stream()
                .filter(m -> type == null ? SPEAKER_TYPES.contains(m.type()) : m.type() == type)
                .filter(m -> !m.span().contains(subject.span()))
                .filter(m -> headOf(document, m)
                        .map(h -> h.head() == subject.index()
                                && (isNameAttachment(h.deprel()) || isTitledConjunct(document, m, h)))
                        .orElse(false))
                .min(java.util.Comparator.comparing(m -> isModifier(document, m)));
    }

    /**
     * "Another former Trump adviser, Ana Ruiz,": a name compounded before the subject noun qualifies it (whose
     * adviser); the name in apposition is the speaker's own. The modifier is kept only when nothing else attaches.
     */
    private static boolean isModifier(Document document, Mention mention) {
        return headOf(document, mention)
                .map(h -> h.deprel().startsWith("compound") && h.index() < h.head())
                .orElse(false);
    }

    /**
     * "Road Transport and Bridges Minister Ana Ruiz said": the parser joins the ministry's name and the titled person
     * as two subjects; a person with a capitalised title before the name is the one who speaks.
     */
    private static boolean isTitledConjunct(Document document, Mention mention, Token head) {
        return mention.type() == MentionType.PERSON
                && head.deprel().equals("conj")
                && document.tokens().stream()
                        .anyMatch(t -> t.head() == head.index()
                                && t.deprel().equals("compound")
                                && t.isProperNoun()
                                && t.ner().equals("O")
                                && !mention.span().contains(t.span()));
    }

    private static boolean isNameAttachment(String deprel) {
        return deprel.startsWith("compound")
                || deprel.equals("appos")
                || deprel.startsWith("flat")
                || deprel.equals("dep")
                || deprel.equals("nmod");
    }

    private static Optional<Token> headOf(Document document, Mention mention) {
        return document.tokens().stream()
                .filter(t -> mention.span().contains(t.span()))
                .reduce((first, second) -> second);
    }

    private static Optional<Mention> latestNaming(Document document, Mention pronoun) {
        Mention latest = null;
        for (Mention mention : document.mentions()) {
            if (mention.span().start() >= pronoun.span().start()) {
                break;
            }
            if (mention.type() != MentionType.PRONOUN && mention.actorId().equals(pronoun.actorId())) {
                latest = mention;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The most recent person before the pronoun, preferring the subject of the sentence before. */
    static Optional<Mention> antecedent(Document document, Mention pronoun) {
        if (PLURAL_PRONOUNS.contains(pronoun.text().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.empty(); // "they" is a group or a body; a single person is never its antecedent
        }
        Mention latest = null;
        Mention latestSubject = null;
        for (Mention mention : document.mentions()) {
            if (mention.span().start() >= pronoun.span().start()) {
                break;
            }
            if (mention.type() == MentionType.PERSON) {
                latest = mention;
                if (coversSubject(document, mention.span())) {
                    latestSubject = mention;
                }
            }
        }
        if (latestSubject != null && sentenceGap(document, latestSubject, pronoun) <= 1) {
            return Optional.of(latestSubject);
        }
        return Optional.ofNullable(latest);
    }

    private static boolean coversSubject(Document document, Span span) {
        return document.tokens().stream()
                .anyMatch(t -> span.contains(t.span()) && t.deprel().startsWith("nsubj"));
    }

    private static int sentenceGap(Document document, Mention earlier, Mention later) {
        int first =
                document.sentenceAt(earlier.span().start()).map(s -> s.index()).orElse(0);
        int second =
                document.sentenceAt(later.span().start()).map(s -> s.index()).orElse(0);
        return second - first;
    }

    /** The token range of the sentence holding a token. */
    record Sentencewise(int first, int end) {
        static Sentencewise of(List<Token> tokens, Token token) {
            int first = token.index();
            while (first > 0 && tokens.get(first - 1).sentence() == token.sentence()) {
                first--;
            }
            int end = token.index() + 1;
            while (end < tokens.size() && tokens.get(end).sentence() == token.sentence()) {
                end++;
            }
            return new Sentencewise(first, end);
        }
    }
}
