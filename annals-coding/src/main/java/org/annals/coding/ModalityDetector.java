package org.annals.coding;

import java.util.Optional;
import java.util.Set;
import org.annals.core.Modality;
import org.annals.core.Token;

/**
 * Reads how a clause presents its predicate: negated ("not", "avoided condemning"), hypothetical ("could", "if",
 * "ready to"), future ("will", "expected to", "scheduled") or background ("since ..."). Asserted otherwise.
 */
final class ModalityDetector {
    /** The words that negate the predicate they modify; shared by every reader of negation. */
    static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

    /** Whether one of the token's dependents is a negator ("did not impose", "never tolerated", "no protests"). */
    static boolean hasNegator(Tree tree, int token) {
        return tree.children(token).stream()
                .anyMatch(c -> NEGATORS.contains(Tree.lower(tree.token(c).word())));
    }

    private static final Set<String> NEGATIVE_GOVERNORS = Set.of("avoid", "refuse", "decline", "fail", "deny");
    private static final Set<String> FUTURE_GOVERNORS = Set.of(
            "expect",
            "plan",
            "schedule",
            "set",
            "intend",
            "intention",
            "intent",
            "aim",
            "due",
            "prepare",
            "agree",
            "vow",
            "pledge",
            "promise");
    private static final Set<String> HYPOTHETICAL_GOVERNORS = Set.of(
            "ready",
            "willing",
            "prepared",
            "want",
            "seek",
            "try",
            "offer",
            "propose",
            "threaten",
            "hope",
            "attempt",
            "bid",
            "effort");
    /** "troops were sent to defeat the rebels": what the sent are to do is the sender's purpose, not yet done. */
    private static final Set<String> SENDING_GOVERNORS = Set.of("send", "deploy", "dispatch");
    /** "in order to", "so as to": the first word of a marker that makes an infinitive a purpose. */
    private static final Set<String> PURPOSE_MARKERS = Set.of("in", "so");
    /** "asked the minister to resign": what one actor asks of another has not happened because it was asked. */
    private static final Set<String> REQUESTING_GOVERNORS = Set.of(
            "ask",
            "urge",
            "request",
            "demand",
            "call",
            "press",
            "encourage",
            "order",
            "instruct",
            "invite",
            "tell",
            "persuade",
            "appeal",
            "beg");

    /** Past verbs of saying whose reported "would" is a shifted "will" ("said she would appeal"). */
    private static final Set<String> REPORTING_VERBS = Set.of(
            "say", "tell", "announce", "state", "indicate", "confirm", "add", "write", "tweet", "declare", "warn");

    private static final Set<String> PAST_HAVE = Set.of("had");
    private static final Set<String> PRESENT_HAVE = Set.of("has", "have", "'s", "'ve");

    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "'ll", "wo");
    /** "is to step down", "were to meet": a finite "be" before an infinitive; "the first to be arrested" is not one. */
    private static final Set<String> FINITE_BE = Set.of("is", "are", "was", "were", "am", "'s", "'re");

    private static final Set<String> HYPOTHETICAL_AUXILIARIES = Set.of("could", "might", "may", "would", "should");
    static final Set<String> CONDITIONALS = Set.of("if", "unless");
    private static final Set<String> BOUNDARIES = Set.of("ccomp", "parataxis", "acl:relcl", "root", "");

    private final Tree tree;

    ModalityDetector(Tree tree) {
        this.tree = tree;
    }

    Modality of(int predicate) {
        boolean xcompChain = true;
        boolean sharedClause = true;
        Modality found = Modality.ASSERTED;
        int current = predicate;
        for (int depth = 0; depth < 6 && current >= 0; depth++) {
            Modality here = marked(current, sharedClause && (depth == 0 || xcompChain), sharedClause);
            if (depth == 0 && here == Modality.HISTORICAL) {
                // A clause introduced by "since" is background whatever governs it.
                return Modality.HISTORICAL;
            }
            found = stronger(found, here);
            Token token = tree.token(current);
            if (BOUNDARIES.contains(token.deprel()) || token.head() < 0) {
                break;
            }
            int governor = token.head();
            String governorLemma = Tree.lower(tree.token(governor).lemma());
            if (token.deprel().equals("xcomp") || subjectlessAdverbial(current) || infinitiveOfNoun(current)) {
                found = stronger(
                        found,
                        governed(governorLemma, xcompChain && token.deprel().equals("xcomp"), toInfinitive(current)));
                found = stronger(found, nounBeforeInfinitive(current, governor));
                found = stronger(found, goingTo(current, governor) ? Modality.FUTURE : Modality.ASSERTED);
                found = stronger(found, beTo(current, governor) ? Modality.FUTURE : Modality.ASSERTED);
                found = stronger(found, purpose(current, governorLemma) ? Modality.FUTURE : Modality.ASSERTED);
            }
            xcompChain &= token.deprel().equals("xcomp");
            sharedClause = !ownConjunctClause(current);
            current = governor;
        }
        return found;
    }

    // "her intention to endorse", "the plan to build": a noun governing an infinitive says how it is meant.
    private boolean infinitiveOfNoun(int verb) {
        Token token = tree.token(verb);
        return token.deprel().equals("acl")
                && token.head() >= 0
                && tree.token(token.head()).isNoun()
                && toInfinitive(verb);
    }

    // "was developing plans to attack", "announced its intention to leave": the parser hangs the noun's infinitive
    // on the verb, and the noun just before "to" still says how the act is meant.
    private Modality nounBeforeInfinitive(int verb, int governor) {
        Optional<Integer> to = tree.child(
                verb, t -> t.deprel().equals("mark") && Tree.lower(t.word()).equals("to"));
        if (to.isEmpty()) {
            return Modality.ASSERTED;
        }
        int before = to.get() - 1;
        boolean objectOfGovernor = before >= 0
                && tree.head(before) == governor
                && tree.token(before).isNoun()
                && tree.token(before).deprel().equals("obj");
        return objectOfGovernor ? governed(Tree.lower(tree.token(before).lemma()), false, true) : Modality.ASSERTED;
    }

    // "was going to attack": the progressive "going" with an infinitive tells what is to come, "went to visit" not.
    private boolean goingTo(int verb, int governor) {
        Token going = tree.token(governor);
        return Tree.lower(going.lemma()).equals("go") && going.pos().equals("VBG") && toInfinitive(verb);
    }

    // "is to step down today", "are to meet in June": "be" with an infinitive tells what is arranged to come, whether
    // the parser hangs the infinitive on "is" or "is" on the infinitive; "is to blame" is an idiom of blame, told as a
    // present judgement.
    private boolean beTo(int verb, int governor) {
        return Tree.lower(tree.token(governor).lemma()).equals("be")
                && FINITE_BE.contains(Tree.lower(tree.token(governor).word()))
                && beTo(verb);
    }

    private boolean beTo(int verb) {
        return toInfinitive(verb) && !Tree.lower(tree.token(verb).lemma()).equals("blame");
    }

    // "troops were sent to defeat the rebels", "closed the road in order to stop the march": an infinitive of
    // purpose states what was intended; "gathered to protest" is left asserted, as the protest is usually told done.
    private boolean purpose(int verb, String governorLemma) {
        if (!tree.token(verb).deprel().equals("advcl") || !toInfinitive(verb)) {
            return false;
        }
        boolean purposeMarker = tree.children(verb, "mark").stream()
                .anyMatch(m -> PURPOSE_MARKERS.contains(Tree.lower(tree.token(m).word()))
                        && !tree.children(m, "fixed").isEmpty());
        return purposeMarker || SENDING_GOVERNORS.contains(governorLemma);
    }

    // "the caliphate would not have fallen, and I applaud them": a conjunct with its own subject is a clause of its
    // own, and the other conjunct's auxiliaries and negation are not its.
    private boolean ownConjunctClause(int verb) {
        return tree.token(verb).deprel().equals("conj") && hasSubject(verb);
    }

    // "aimed at defeating them" tells what was aimed at; "vowed support, while Russia called for talks" is another
    // actor's act beside the vow, not its content.
    private boolean subjectlessAdverbial(int verb) {
        return tree.token(verb).deprel().equals("advcl") && !hasSubject(verb);
    }

    private boolean hasSubject(int verb) {
        return tree.children(verb).stream().anyMatch(c -> tree.token(c).deprel().startsWith("nsubj"));
    }

    private boolean toInfinitive(int verb) {
        return tree.hasMark(verb, "to");
    }

    // "called the move a manoeuvre" is a judgement, "called on them to leave" a request: only an infinitive asks.
    private Modality governed(String lemma, boolean directXcomp, boolean infinitive) {
        if (directXcomp && NEGATIVE_GOVERNORS.contains(lemma)) {
            return Modality.NEGATED;
        }
        if (HYPOTHETICAL_GOVERNORS.contains(lemma) || infinitive && REQUESTING_GOVERNORS.contains(lemma)) {
            return Modality.HYPOTHETICAL;
        }
        return FUTURE_GOVERNORS.contains(lemma) ? Modality.FUTURE : Modality.ASSERTED;
    }

    private Modality marked(int token, boolean negationApplies, boolean auxiliariesApply) {
        Modality found = Modality.ASSERTED;
        for (int child : tree.children(token)) {
            Token c = tree.token(child);
            String word = Tree.lower(c.word());
            String deprel = c.deprel();
            boolean auxiliary = auxiliariesApply && deprel.startsWith("aux");
            if (negationApplies && NEGATORS.contains(word) && (deprel.equals("advmod") || deprel.equals("det"))) {
                found = stronger(found, Modality.NEGATED);
            } else if (auxiliary && word.equals("would") && reportedWill(token)) {
                found = stronger(found, Modality.FUTURE);
            } else if (auxiliary && FINITE_BE.contains(word) && beTo(token)) {
                found = stronger(found, Modality.FUTURE);
            } else if (auxiliary && HYPOTHETICAL_AUXILIARIES.contains(word)) {
                found = stronger(found, Modality.HYPOTHETICAL);
            } else if (auxiliary && FUTURE_AUXILIARIES.contains(word)) {
                found = stronger(found, Modality.FUTURE);
            } else if (deprel.equals("mark") && CONDITIONALS.contains(word)) {
                found = stronger(found, Modality.HYPOTHETICAL);
            } else if (deprel.equals("mark") && word.equals("since")) {
                found = stronger(found, Modality.HISTORICAL);
            }
        }
        return found;
    }

    // "She said she would challenge the oath": in a clause reported by a past speech verb, "would" is the speaker's
    // "will" shifted back, an intent; "would challenge it if ..." stays a condition.
    private boolean reportedWill(int verb) {
        Token token = tree.token(verb);
        if (!token.deprel().equals("ccomp") || token.head() < 0) {
            return false;
        }
        Token speech = tree.token(token.head());
        boolean pastSpeech = speech.pos().equals("VBD") && REPORTING_VERBS.contains(Tree.lower(speech.lemma()));
        boolean conditioned = tree.children(verb, "advcl").stream().anyMatch(c -> tree.children(c, "mark").stream()
                .anyMatch(m -> CONDITIONALS.contains(Tree.lower(tree.token(m).word()))));
        return pastSpeech && !conditioned;
    }

    /** Whether the verb is pluperfect ("had reached"), which places it before the reported time. */
    boolean isPluperfect(int verb) {
        return perfectWith(verb, PAST_HAVE);
    }

    /** Whether the verb is present perfect ("has voted", "'ve accused"), past acts that reach up to the report. */
    boolean isPresentPerfect(int verb) {
        return perfectWith(verb, PRESENT_HAVE);
    }

    private boolean perfectWith(int verb, Set<String> auxiliaries) {
        return tree.token(verb).pos().equals("VBN")
                && tree.children(verb, "aux").stream()
                        .anyMatch(c ->
                                auxiliaries.contains(Tree.lower(tree.token(c).word())));
    }

    static Modality stronger(Modality a, Modality b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Modality modality) {
        return switch (modality) {
            case NEGATED -> 4;
            case HYPOTHETICAL -> 3;
            case FUTURE -> 2;
            case HISTORICAL -> 1;
            case ASSERTED -> 0;
        };
    }
}
