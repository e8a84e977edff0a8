package org.annals.extract.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an appeal or newsletter box got into an extractor's output. A box leaks when at least half of its word
 * 4-grams that are not also article text appear in the output; boxes shorter than four words count their one
 * shingle. Half, not all, because extractors drop button lines and headings and still keep the ask.
 */
public final class AppealLeak {
    private AppealLeak() {}

    public static boolean leaked(FixturePage page, String output) {
        Set<List<String>> gold = ShingleScore.shingles(page.gold()).keySet();
        Set<List<String>> out = ShingleScore.shingles(output).keySet();
        for (String box : page.boxes()) {
            Set<List<String>> own = new HashSet<>(ShingleScore.shingles(box).keySet());
            own.removeAll(gold);
            if (own.isEmpty()) {
                continue;
            }
            long found = own.stream().filter(out::contains).count();
            if (found * 2 >= own.size()) {
                return true;
            }
        }
        return false;
    }
}
