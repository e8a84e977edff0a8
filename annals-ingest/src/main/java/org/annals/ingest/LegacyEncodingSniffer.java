package org.annals.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Optional;

/**
 * Guesses the legacy encoding of bytes that are not UTF-8: each candidate decodes the bytes strictly, and the
 * decoding that reads most like text in the candidate's script wins, if it reads like text at all. Only the
 * characters decoded from non-ASCII bytes are judged, since ASCII reads the same in every candidate.
 */
final class LegacyEncodingSniffer {
    /** Below this share of plausible characters no candidate is believed, and the bytes are reported as undecodable. */
    static final double MIN_SCORE = 0.5;

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("windows-1252", "windows-1252", ScriptPlausibility.LATIN),
            new Candidate("windows-1251", "windows-1251", ScriptPlausibility.CYRILLIC),
            new Candidate("KOI8-R", "KOI8-R", ScriptPlausibility.CYRILLIC),
            new Candidate("GB18030", "GB18030", ScriptPlausibility.CHINESE),
            new Candidate("Shift_JIS", "windows-31j", ScriptPlausibility.JAPANESE));

    /** The encodings tried, for messages. */
    static final String NAMES = "windows-1251, KOI8-R, GB18030, Shift_JIS, windows-1252 or ISO-8859-1";

    private LegacyEncodingSniffer() {}

    record Guess(String label, Charset charset, String text, double score) {}

    static Optional<Guess> sniff(byte[] bytes) {
        Guess best = null;
        for (Candidate candidate : CANDIDATES) {
            Optional<String> text = strictDecode(bytes, candidate.charset());
            if (text.isEmpty()) {
                continue;
            }
            double score = candidate.script().score(text.get());
            if (best == null || score > best.score()) {
                best = new Guess(candidate.label(), candidate.charset(), text.get(), score);
            }
        }
        return best == null || best.score() < MIN_SCORE ? Optional.empty() : Optional.of(best);
    }

    static Optional<String> strictDecode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private record Candidate(String label, Charset charset, ScriptPlausibility script) {
        Candidate(String label, String javaName, ScriptPlausibility script) {
            this(label, Charset.forName(javaName), script);
        }
    }
}
