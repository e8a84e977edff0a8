package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.annals.coding.CameoDictionaryParser.CodeChoice;
import org.annals.coding.CameoDictionaryParser.Entry;
import org.junit.jupiter.api.Test;

/** One reader of the CAMEO/PETRARCH format; which dated code an entry keeps is the caller's choice. */
class CameoDictionaryParserTest {
    private static final List<String> GOLLUM = List.of(
            "<!-- hobbits -->",
            "GOLLUM  # pas 27 Apr 03",
            "+SMEAGOL_",
            "\t[HOB < 950601]",
            "\t[HOBGOV 19950601 - 19990815]",
            "\t[HOBREB >990816]");

    @Test
    void namesAreKeptAsWrittenWithTheirLine() {
        Entry gollum = CameoDictionaryParser.read("actors.txt", GOLLUM, CodeChoice.CURRENT)
                .get(0);
        assertEquals(new Entry(2, List.of("GOLLUM", "SMEAGOL_"), "HOBREB"), gollum);
    }

    @Test
    void theFirstCodeOrTheCurrentOneIsKept() {
        assertEquals(
                "HOB",
                CameoDictionaryParser.read("actors.txt", GOLLUM, CodeChoice.FIRST)
                        .get(0)
                        .code());
        assertEquals(
                "HOBREB",
                CameoDictionaryParser.read("actors.txt", GOLLUM, CodeChoice.CURRENT)
                        .get(0)
                        .code());
    }
}
