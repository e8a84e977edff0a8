package org.annals.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The PETRARCH2 actor dictionary and CAMEO table that the evaluator reads for the petrarch2 set. */
class PetrDictionaryTest {
    private final PetrDictionary dictionary = PetrDictionary.parse(
            "actors.txt",
            List.of(
                    "GONDOR [GON]",
                    "+MINAS_TIRITH",
                    "ARGENTIN  [ARG]",
                    "ARNOR_  [ARN]",
                    "ITHILEN  [ITH]",
                    "ITHILEN MILITARY  [ITHMIL]",
                    "GOLLUM  # pas 27 Apr 03",
                    "+SMEAGOL",
                    "\t[HOB < 950601]",
                    "\t[HOBGOV 19950601 - 19990815]",
                    "BOROMIR  [---]"));

    @Test
    void phrasesSynonymsAndIndentedCodesAreRead() {
        assertEquals(Optional.of("GON"), dictionary.codeIn("the mayor of Minas Tirith"));
        assertEquals(Optional.of("HOB"), dictionary.codeIn("Smeagol's cave"), "first of the dated codes");
        assertEquals(Optional.empty(), dictionary.codeIn("Boromir"), "null codes are skipped");
    }

    @Test
    void theLongestPhraseWinsAndStemsNeedNoUnderscore() {
        assertEquals(Optional.of("ITHMIL"), dictionary.codeIn("the Ithilen military"));
        assertEquals(Optional.of("ARG"), dictionary.codeIn("Argentinian troops"));
        assertEquals(Optional.of("ARN"), dictionary.codeIn("Arnor's envoy"));
        assertEquals(Optional.empty(), dictionary.codeIn("Arnorian envoy"), "a trailing underscore ends the word");
    }

    @Test
    void petrCodesBecomeCountryDotSector() {
        assertEquals("ARN.GOV", PetrarchSet.asAnnalsCode("ARNGOV"));
        assertEquals("ARN", PetrarchSet.asAnnalsCode("arn"));
    }

    @Test
    void cameoCodesMapByLongestPrefix() {
        CameoTypes types = CameoTypes.read(Repository.root().resolve(Path.of("eval", "petrarch2", "cameo-plover.tsv")));
        assertEquals(Optional.of("CONSULT"), types.typeOf("041"));
        assertEquals(Optional.of("AGREE"), types.typeOf("057"));
        assertEquals(Optional.of("SUPPORT"), types.typeOf("051"));
        assertEquals(Optional.of("RETREAT"), types.typeOf("0871"));
        assertEquals(Optional.of("COERCE"), types.typeOf("1721"));
        assertEquals(Optional.empty(), types.typeOf("010"), "public statements are no event");
        assertEquals(Optional.empty(), types.typeOf("903"), "test-only codes are left out");
    }
}
