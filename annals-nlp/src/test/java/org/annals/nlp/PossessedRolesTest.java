package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.annals.core.Document;
import org.junit.jupiter.api.Test;

/** "According to his wife, Ana, ...": a relation or role without an agent ending is vouched for by its holder. */
class PossessedRolesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    private static Document accordingTo(String role) {
        return quoted(HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case to/IN/O/0/fixed his/PRP$/O/3/nmod:poss " + role + "/NN/O/8/obl ,/,/O/8/punct",
                "Ana/NNP/PERSON/8/nsubj ,/,/O/8/punct Brown/NNP/PERSON/8/nsubj died/VBD/O/-1/root of/IN/O/11/case",
                "an/DT/O/11/det illness/NN/O/8/obl ././O/8/punct"));
    }

    /** The parser hangs the name set off by commas on the clause; the wife named there vouches. */
    @Test
    void regressionAccordingToAPossessedRelationWithANameIsTheNamedHolder() {
        Document done = accordingTo("wife");
        assertEquals("Ana", speaker(done, quote(done, "Ana , Brown died of an illness")));
    }

    /** "According to his attorney, Ana, ...": a role without an agent ending, listed, counts as well. */
    @Test
    void regressionAccordingToAPossessedListedRoleIsTheNamedHolder() {
        Document done = accordingTo("attorney");
        assertEquals("Ana", speaker(done, quote(done, "Ana , Brown died of an illness")));
    }

    /** "According to his company, Acme, ...": a body is no relation; the phrase keeps its first source. */
    @Test
    void aPossessedBodyIsNoRole() {
        Document done = accordingTo("company");
        assertEquals("his", speaker(done, quote(done, "Ana , Brown died of an illness")));
    }
}
