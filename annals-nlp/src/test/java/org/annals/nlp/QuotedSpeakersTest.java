package org.annals.nlp;

import static org.annals.nlp.QuotedDocuments.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.annals.core.Document;
import org.annals.core.Quote;
import org.junit.jupiter.api.Test;

/** Words in quotation marks never name who speaks. */
class QuotedSpeakersTest {
    private static final LocalDate DAY = LocalDate.of(2020, 11, 2);

    private static List<String> kindsAndSpeakers(Document document) {
        return document.quotes().stream()
                .map(q -> q.kind() + " " + q.text() + " | " + speaker(document, q))
                .toList();
    }

    private static String speaker(Document document, Quote quote) {
        return quote.speakerSpan() == null ? "" : document.textOf(quote.speakerSpan());
    }

    /** CoreNLP's parse: a plan's name in marks is the subject of "calls for" (before, the speaker of both quotes). */
    @Test
    void regressionAQuotedNameIsNoSpeaker() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "“/``/O/5/punct Build/NNP/MISC/3/compound Back/NNP/MISC/3/compound Better/NNP/MISC/5/nsubj"
                        + " ”/''/O/5/punct calls/VBZ/O/-1/root for/IN/O/8/case an/DT/O/8/det"
                        + " increase/NN/O/5/obl in/IN/O/11/case corporate/JJ/O/11/amod taxes/NNS/O/8/nmod"
                        + " among/IN/O/14/case economic/JJ/O/14/amod incentives/NNS/O/8/nmod to/TO/O/17/mark"
                        + " “/``/O/17/punct Buy/VB/O/14/acl American/NNP/MISC/17/obj ././O/5/punct"
                        + " ”/''/O/5/punct"));

        assertEquals(List.of("SCARE Build Back Better | ", "SCARE Buy American . | "), kindsAndSpeakers(done));
    }

    /** The parse takes a name at the end of a quoted clause for the cue's subject: the clause stays direct. */
    @Test
    void regressionANameInsideItsOwnQuotedClauseIsNoSpeaker() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "“/``/O/2/punct I/PRP/O/2/nsubj introduce/VBP/O/-1/root to/IN/O/4/case you/PRP/O/2/obl"
                        + " Rocky/NNP/ORGANIZATION/6/compound Linux/NNP/ORGANIZATION/10/nsubj ”/''/O/6/punct"
                        + " ,/,/O/6/punct Acme/NNP/ORGANIZATION/6/appos wrote/VBD/O/2/parataxis ././O/2/punct"));

        assertEquals(List.of("DIRECT I introduce to you Rocky Linux | "), kindsAndSpeakers(done));
    }

    /** A nickname in marks inside the speaker's name leaves the name the speaker of the statement. */
    @Test
    void aNameHoldingANicknameStillSpeaks() {
        Document done = quoted(HandDocuments.of(
                DAY,
                "“/``/O/3/punct We/PRP/O/3/nsubj will/MD/O/3/aux win/VB/O/10/ccomp ,/,/O/3/punct"
                        + " ”/''/O/3/punct said/VBD/O/-1/root John/NNP/PERSON/10/compound"
                        + " “/``/O/9/punct J.D./NNP/PERSON/10/compound ”/''/O/9/punct"
                        + " Dorrian/NNP/PERSON/6/nsubj ././O/6/punct"));

        assertEquals(
                "Dorrian",
                done.quotes().stream()
                        .filter(q -> q.text().startsWith("We"))
                        .map(q -> speaker(done, q))
                        .map(s -> s.substring(s.lastIndexOf(' ') + 1))
                        .findFirst()
                        .orElse(""));
    }

    /** An answerer first named inside a quoted remark of another sentence still speaks the answers. */
    @Test
    void anAnswererNamedInsideAnEarlierQuotationStillSpeaks() {
        String wanted = "I/PRP/O wanted/VBD/O to/TO/O study/VB/O birds/NNS/O ././O";
        Document done = quoted(HandDocuments.paragraphs(
                DAY,
                List.of(
                        List.of("Ruiz/NNP/PERSON said/VBD/O ,/,/O “/``/O I/PRP/O thank/VBP/O Natasha/NNP/PERSON"
                                + " Gownaris/NNP/PERSON ././O ”/''/O"),
                        List.of("Wikinews/NNP/ORGANIZATION interviewed/VBD/O Gownaris/NNP/PERSON ././O"),
                        List.of("((WN))/NN/O How/WRB/O did/VBD/O it/PRP/O start/VB/O ?/./O"),
                        List.of("Natasha/NNP/PERSON Gownaris/NNP/PERSON :/:/O " + wanted),
                        List.of("((WN))/NN/O Why/WRB/O ?/./O"),
                        List.of("Gownaris/NNP/PERSON :/:/O " + wanted))));

        assertEquals(
                List.of("DIRECT I wanted to study birds .", "DIRECT I wanted to study birds ."),
                done.quotes().stream()
                        .filter(q -> q.text().startsWith("I wanted") && q.speakerSpan() != null)
                        .map(q -> q.kind() + " " + q.text())
                        .toList());
    }
}
