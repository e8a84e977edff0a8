package org.annals.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annals.core.Span;

/**
 * "Former President", "President-elect", "the late King": words next to a title that say its bearer does not hold
 * the office now (out-of-office.tsv). Such a title is recorded in its written form ("president-elect"), not as the
 * office's role, so that a bare "the president" is left to the person who holds it.
 */
final class OutOfOffice {
    private static final int LONGEST_MODIFIER = 3;
    // "former US President": the country or demonym between the modifier and the title belongs to the title.
    private static final int MOST_SKIPPED = 2;

    private OutOfOffice() {}

    /** The title as its modifiers make it, with the evidence widened to them; the title itself when none does. */
    static Modifiers.TitleFound mark(
            Modifiers.TitleFound found, int first, int last, Set<Integer> modifiers, Tree tree, KnowledgeBase kb) {
        Optional<Modifiers.TitleFound> after = after(found, last, tree, kb);
        return after.or(() -> before(found, first, modifiers, tree, kb)).orElse(found);
    }

    private static Optional<Modifiers.TitleFound> after(
            Modifiers.TitleFound found, int last, Tree tree, KnowledgeBase kb) {
        for (int length = LONGEST_MODIFIER; length >= 1; length--) {
            int end = last + length;
            Optional<String> form = phrase(last + 1, end, tree).flatMap(p -> kb.outOfOfficeForm("after", p));
            if (form.isPresent()) {
                return Optional.of(renamed(found, form.get(), found.evidence().start(), endOf(end, tree)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Modifiers.TitleFound> before(
            Modifiers.TitleFound found, int first, Set<Integer> modifiers, Tree tree, KnowledgeBase kb) {
        int end = first - 1;
        for (int skipped = 0; skipped <= MOST_SKIPPED && end >= 0; skipped++, end--) {
            for (int length = LONGEST_MODIFIER; length >= 1; length--) {
                int start = end - length + 1;
                Optional<String> form = phrase(start, end, tree).flatMap(p -> kb.outOfOfficeForm("before", p));
                if (form.isPresent()) {
                    return Optional.of(renamed(
                            found,
                            form.get(),
                            tree.token(start).span().start(),
                            found.evidence().end()));
                }
            }
            if (!modifiers.contains(end)) {
                break;
            }
        }
        return Optional.empty();
    }

    // The words from first to last, lower case, when they lie in one sentence.
    private static Optional<String> phrase(int first, int last, Tree tree) {
        if (first < 0
                || last >= tree.size()
                || tree.token(first).sentence() != tree.token(last).sentence()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            words.add(tree.token(i).word().toLowerCase(Locale.ROOT));
        }
        return Optional.of(String.join(" ", words));
    }

    private static int endOf(int token, Tree tree) {
        return tree.token(token).span().end();
    }

    private static Modifiers.TitleFound renamed(Modifiers.TitleFound found, String form, int start, int end) {
        String role = form.replace("{role}", found.title().role());
        return new Modifiers.TitleFound(
                new KnowledgeBase.Title(role, found.title().sector()), new Span(start, end));
    }
}
