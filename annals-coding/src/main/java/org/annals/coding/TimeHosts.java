package org.annals.coding;

import java.util.List;
import java.util.Set;

/**
 * Finds the word that lends its time to an event whose own predicate has none: an occasion the predicate hangs on
 * ("in a phone call in late July, the president encouraged ...") or the report that tells the event ("late on
 * Sunday, the rebels announced they had signed an agreement"). An event that happens in a call, a meeting or a
 * speech happens when it does, and what a report announces is the news of the report's day.
 */
final class TimeHosts {
    private static final Set<String> OCCASIONS = Set.of(
            "call",
            "meeting",
            "speech",
            "interview",
            "statement",
            "conversation",
            "conference",
            "address",
            "talks",
            "summit",
            "briefing",
            "broadcast",
            "session",
            "hearing",
            "debate",
            "visit");
    /** Verbs that frame what someone says ("she testified", "police said"). */
    static final Set<String> SPEECH_VERBS = Set.of(
            "say", "tell", "testify", "claim", "allege", "report", "state", "add", "recall", "write", "explain",
            "insist");
    // Announcing the news is reporting it too; testifying, alleging and recalling tell of earlier happenings.
    private static final Set<String> REPORT_VERBS = Set.of(
            "say",
            "tell",
            "announce",
            "state",
            "declare",
            "confirm",
            "report",
            "write",
            "tweet",
            "add",
            "explain",
            "insist",
            "reveal");
    // A relative or adverbial clause tells another happening than the reported one ("after Turkey began ...").
    private static final Set<String> OTHER_CLAUSES = Set.of("advcl", "acl", "acl:relcl", "parataxis", "csubj");
    private static final int MAX_DEPTH = 8;

    private final Tree tree;

    TimeHosts(Tree tree) {
        this.tree = tree;
    }

    /** Whether the time on {@code anchor} is the time of an occasion the predicate hangs on. */
    boolean occasionOf(int anchor, List<Integer> predicates) {
        return anchor >= 0
                && tree.token(anchor).isNoun()
                && OCCASIONS.contains(Tree.lower(tree.token(anchor).lemma()))
                && predicates.contains(tree.head(anchor));
    }

    /** Whether {@code anchor} is the report verb whose reported clause holds one of the predicates. */
    boolean reportOf(int anchor, List<Integer> predicates) {
        return anchor >= 0 && predicates.stream().anyMatch(p -> reportingVerb(p) == anchor);
    }

    // A nominal trigger ("an agreement") sits in its clause below the clause's verb, so the walk climbs to the first
    // clausal complement and stops there: only the nearest report tells the event.
    private int reportingVerb(int predicate) {
        int current = predicate;
        for (int step = 0; current >= 0 && step < MAX_DEPTH; step++) {
            int head = tree.head(current);
            if (head < 0) {
                return -1;
            }
            if (tree.token(current).deprel().equals("ccomp")) {
                return REPORT_VERBS.contains(Tree.lower(tree.token(head).lemma())) ? head : -1;
            }
            if (OTHER_CLAUSES.contains(tree.token(current).deprel())) {
                return -1;
            }
            current = head;
        }
        return -1;
    }
}
