package org.annals.extract.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppealLeakTest {
    private final FixturePage page = new FixturePage(
            "p",
            "",
            "<html></html>",
            "The council voted on Monday to close the old bridge to traffic.",
            List.of("Support us\nPlease give what you can so our small newsroom can keep reporting"));

    @Test
    void mostOfTheBoxInTheOutputIsALeak() {
        assertTrue(AppealLeak.leaked(page, page.gold() + "\n\nPlease give what you can so our small newsroom"));
    }

    @Test
    void aFewSharedWordsAreNoLeak() {
        assertFalse(AppealLeak.leaked(page, page.gold() + "\n\nThey said our small newsroom was closed."));
        assertFalse(AppealLeak.leaked(page, page.gold()));
    }
}
