package org.annals.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.core.Token;
import org.annals.core.WordLists;

/**
 * "The unanimous court decided their actions did not qualify", "the court determined his driving history made him a
 * danger": what a court or a jury decides or determines with a finite clause of its own is a finding it reports,
 * while anyone else's "decided that ..." is a decision, "police were able to determine ..." is finding out, and
 * everyone's "decided to ..." is a plan (docs/quote-annotation.md). The judging bodies are data: judging-bodies.txt.
 */
final class CourtFindings {
    private static final Set<String> VERBS = Set.of("decide", "determine");
    private static final Set<String> BODIES = WordLists.read("/org/annals/nlp/judging-bodies.txt");

    private CourtFindings() {}

    /** Whether {@code cue} is "decide" or "determine" said of a court or a jury. */
    static boolean isFinding(List<Token> tokens, Token cue) {
        return cue.isVerb()
                && VERBS.contains(cue.lemma().toLowerCase(Locale.ROOT))
                && Speakers.subjectOf(tokens, cue)
                        .map(s -> BODIES.contains(s.lemma().toLowerCase(Locale.ROOT)))
                        .orElse(false);
    }
}
