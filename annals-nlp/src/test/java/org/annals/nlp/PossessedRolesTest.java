package org.annals.nlp;

import static org.annals.nlp.FoundQuotes.quote;
import static org.annals.nlp.FoundQuotes.speaker;
import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Mention;
import org.annals.core.MentionType;
import org.annals.core.Token;
import org.junit.jupiter.api.Test;

/** "According to his wife, Ana, ...": a relation or role without an agent ending is vouched for by its holder. */
class PossessedRolesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 9, 2);

    private static Document parsed(String role) {
        return HandDocuments.of(
                TUESDAY,
                "According/VBG/O/3/case to/IN/O/0/fixed his/PRP$/O/3/nmod:poss " + role + "/NN/O/8/obl ,/,/O/8/punct",
                "Ana/NNP/PERSON/8/nsubj ,/,/O/8/punct Brown/NNP/PERSON/8/nsubj died/VBD/O/-1/root of/IN/O/11/case",
                "an/DT/O/11/det illness/NN/O/8/obl ././O/8/punct");
    }

    private static Document accordingTo(String role) {
        return quoted(parsed(role));
    }

    /** The role as the actors stage leaves it before quotes: a described actor of its own ("group:wife"). */
    private static Document accordingToADescribed(String role) {
        Document found = new MentionStage().apply(parsed(role));
        Token head = found.tokens().get(3);
        List<Mention> mentions = new ArrayList<>(found.mentions());
        mentions.add(new Mention(head.span(), role, MentionType.DESCRIPTION, "group:" + role, ""));
        return new QuoteStage().apply(found.withActors(List.of(), mentions));
    }

    /** The parser hangs the name set off by commas on the clause; the wife named there vouches. */
    @Test
    void regressionAccordingToAPossessedRelationWithANameIsTheNamedHolder() {
        Document done = accordingTo("wife");
        assertEquals("Ana", speaker(done, quote(done, "Ana , Brown died of an illness")));
    }

    /** "his wife" taken as a described actor is still a role of the possessor's, and the name set off vouches. */
    @Test
    void regressionAccordingToAPossessedRoleReadAsADescriptionIsTheNamedHolder() {
        Document done = accordingToADescribed("wife");
        assertEquals("Ana", speaker(done, quote(done, "Ana , Brown died of an illness")));
    }

    /** "According to the wife, Ana, ...": without a possessor, the described role keeps the credit. */
    @Test
    void anUnpossessedDescribedRoleKeepsTheCredit() {
        Document found = new MentionStage()
                .apply(HandDocuments.of(
                        TUESDAY,
                        "According/VBG/O/3/case to/IN/O/0/fixed the/DT/O/3/det wife/NN/O/8/obl ,/,/O/8/punct",
                        "Ana/NNP/PERSON/8/nsubj ,/,/O/8/punct Brown/NNP/PERSON/8/nsubj died/VBD/O/-1/root of/IN/O/11/case",
                        "an/DT/O/11/det illness/NN/O/8/obl ././O/8/punct"));
        List<Mention> mentions = new ArrayList<>(found.mentions());
        mentions.add(new Mention(found.tokens().get(3).span(), "wife", MentionType.DESCRIPTION, "group:wife", ""));
        Document done = new QuoteStage().apply(found.withActors(List.of(), mentions));
        assertEquals("wife", speaker(done, quote(done, "Ana , Brown died of an illness")));
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
