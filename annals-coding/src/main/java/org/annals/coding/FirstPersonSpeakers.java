package org.annals.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.annals.core.Span;

/**
 * The speaker of a quotation or statement as the source of a speech act they make in the first person: "I offer my
 * sincere condolences to the families", "we call on all parties to respect the ceasefire". Only acts done by saying
 * them count, and only as said now: a past "I asked him to resign" retells an act the article reports elsewhere. A
 * verb whose own subject is "I" or "we" ("I urge the mayor to resign") is left to {@link StanceCoder}, which reads it
 * with its own targets; this gives the source of a noun its light verb carries and of a verb another one controls.
 */
final class FirstPersonSpeakers {
    // Acts a speaker performs by uttering them; a first-person "we struck" or "I met" is a report, whose "we" may be
    // a command or a government the words do not name.
    private static final Set<String> SPEECH_ACTS = Set.of("SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> CLIMBING = Set.of("xcomp", "conj");
    private static final String PAST = "VBD";
    private static final int DEEPEST = 4;

    private final Tree tree;
    private final List<Quote> spoken;

    FirstPersonSpeakers(Tree tree, Document document, ActorIndex index) {
        this.tree = tree;
        this.spoken = document.quotes().stream()
                .filter(q ->
                        !q.speakerId().isEmpty() && index.actor(q.speakerId()).isPresent())
                .filter(q -> !StanceCoder.unheld(q.cue()))
                .toList();
    }

    /** The speaker who says, in the first person and the present, the act of {@code type} at {@code predicate}. */
    Arguments.Found source(int trigger, int predicate, String type) {
        if (!SPEECH_ACTS.contains(type)) {
            return Arguments.Found.NONE;
        }
        return subject(predicate)
                .filter(subject -> !tree.children(trigger, "nsubj").contains(subject))
                .flatMap(this::speakerOf)
                .map(speaker -> new Arguments.Found(List.of(speaker), "first-person", false))
                .orElse(Arguments.Found.NONE);
    }

    // "we will continue to call for": the subject of the verb or of the verbs it is the complement or conjunct of.
    private Optional<Integer> subject(int predicate) {
        int current = predicate;
        for (int depth = 0; depth < DEEPEST && current >= 0; depth++) {
            Optional<Integer> subject = tree.children(current, "nsubj").stream().findFirst();
            if (subject.isPresent()) {
                return said(current, subject.get());
            }
            if (!CLIMBING.contains(tree.token(current).deprel())) {
                return Optional.empty();
            }
            current = tree.head(current);
        }
        return Optional.empty();
    }

    private Optional<Integer> said(int verb, int subject) {
        boolean firstPerson =
                FIRST_PERSON.contains(Tree.lower(tree.token(subject).word()));
        boolean past = tree.token(verb).pos().equals(PAST);
        return firstPerson && !past ? Optional.of(subject) : Optional.empty();
    }

    private Optional<String> speakerOf(int token) {
        Span span = tree.token(token).span();
        return spoken.stream()
                .filter(q -> q.span().contains(span))
                .map(Quote::speakerId)
                .findFirst();
    }
}
