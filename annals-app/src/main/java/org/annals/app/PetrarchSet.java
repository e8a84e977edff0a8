package org.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.coding.eval.ArticleCase;
import org.annals.coding.eval.EvalActor;
import org.annals.coding.eval.GoldEvent;
import org.annals.core.Actor;
import org.annals.core.ContentHash;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.ingest.SourceRecord;

/**
 * PETRARCH2's unit-test sentences as a scored set: each sentence is an article, each expected coding a gold event
 * whose CAMEO code is mapped to an Annals type ({@link CameoTypes}) and whose actors carry only PETR codes. System
 * actors get PETR codes from the validation actor dictionary (by their name, aliases and mention texts), the
 * coder itself untouched; codes are compared by their three-letter prefix as ISO3 codes are (ARN vs ARNGOV). The
 * codings are dyads (one source, one target), so the system's events are scored as their dyads too ({@code Dyads}).
 */
final class PetrarchSet {
    /** The validation actor dictionary, read by the coder (see EventEvalCommand) and by the code mapping here. */
    static final String ACTORS = "PETR.Validate.actors.txt";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final Path dir;
    private final AnnalsEngine engine;
    private final CameoTypes types;
    private final PetrDictionary dictionary;
    private int unmappedCodings;

    PetrarchSet(Path dir, AnnalsEngine engine) {
        if (!Files.isRegularFile(dir.resolve("unit_test_records.jsonl"))) {
            throw new UserException("no unit_test_records.jsonl in " + dir);
        }
        this.dir = dir;
        this.engine = engine;
        this.types = CameoTypes.read(dir.resolve("cameo-plover.tsv"));
        this.dictionary = PetrDictionary.read(dir.resolve(ACTORS));
    }

    /** Expected codings whose CAMEO code has no Annals type, left out of the score. */
    int unmappedCodings() {
        return unmappedCodings;
    }

    List<ArticleCase> cases() {
        List<ArticleCase> cases = new ArrayList<>();
        try (Stream<String> lines = Files.lines(dir.resolve("unit_test_records.jsonl"), StandardCharsets.UTF_8)) {
            for (String line : lines.filter(l -> !l.isBlank()).toList()) {
                cases.add(score(MAPPER.readTree(line)));
            }
        } catch (IOException e) {
            throw new UserException("cannot read PETRARCH2 records in " + dir + ": " + e.getMessage());
        }
        return cases;
    }

    private ArticleCase score(JsonNode record) {
        String id = record.path("id").asText("");
        String text = record.path("text").asText("");
        LocalDate date = LocalDate.parse(record.path("date").asText(""), BASIC);
        Metadata metadata = new Metadata("", "", "", date, "en");
        Document document = engine.analyse(
                new SourceRecord("petrarch2#" + id, "text", text, metadata, "date=given", ContentHash.sha256(text)));
        List<GoldEvent> gold = new ArrayList<>();
        for (JsonNode coding : record.path("codings")) {
            String code = coding.path("eventcode").asText("");
            if (code.isEmpty()) {
                continue;
            }
            types.typeOf(code)
                    .ifPresentOrElse(type -> gold.add(goldEvent(type, coding, text)), () -> unmappedCodings++);
        }
        Map<String, Actor> actors = SystemEvents.actorsById(document);
        return new ArticleCase(
                id,
                record.path("category").asText(""),
                date.toString(),
                gold,
                SystemEvents.dyadsOf(
                        document, actorId -> new EvalActor(petrCode(document, actors.get(actorId), actorId), "")));
    }

    private static GoldEvent goldEvent(String type, JsonNode coding, String text) {
        return new GoldEvent(
                type,
                side(coding.path("sourcecode").asText("")),
                side(coding.path("targetcode").asText("")),
                "",
                "unresolved",
                "",
                List.of(text),
                "");
    }

    private static List<EvalActor> side(String petrCode) {
        return petrCode.isEmpty() ? List.of() : List.of(new EvalActor(asAnnalsCode(petrCode), ""));
    }

    /** ARNGOV becomes ARN.GOV, so that the ISO3-prefix rule compares the country part only. */
    static String asAnnalsCode(String petrCode) {
        String upper = petrCode.strip().toUpperCase(java.util.Locale.ROOT);
        return upper.length() > 3 ? upper.substring(0, 3) + "." + upper.substring(3) : upper;
    }

    private String petrCode(Document document, Actor actor, String actorId) {
        List<String> surfaces = new ArrayList<>();
        if (actor != null) {
            surfaces.add(actor.name());
            surfaces.addAll(actor.aliases());
        }
        document.mentions().stream().filter(m -> m.actorId().equals(actorId)).forEach(m -> surfaces.add(m.text()));
        return surfaces.stream()
                .map(dictionary::codeIn)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .map(PetrarchSet::asAnnalsCode)
                .orElse(actorId);
    }
}
