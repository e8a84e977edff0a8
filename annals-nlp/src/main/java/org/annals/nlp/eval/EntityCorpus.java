package org.annals.nlp.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Metadata;
import org.annals.core.Provenance;
import org.annals.core.Span;

/**
 * The entity gold sets (GUM, MEANTIME, re3d) as {@link EntityDocument}s, their types mapped to ours as the table in
 * docs/evaluation.md says; types without a counterpart (objects, products, weapons, ...) are left out.
 */
public enum EntityCorpus {
    GUM("gum-train", EntityCorpus::gum, false),
    MEANTIME("meantime-apple", EntityCorpus::meantime, false),
    RE3D("re3d-dev", EntityCorpus::re3d, true);

    static final String PERSON = "PERSON";
    static final String ORGANISATION = "ORGANISATION";
    static final String LOCATION = "LOCATION";
    private static final Map<String, String> GUM_TYPES =
            Map.of("person", PERSON, "organization", ORGANISATION, "place", LOCATION);
    private static final Map<String, String> MEANTIME_TYPES =
            Map.of("PER", PERSON, "ORG", ORGANISATION, "LOC", LOCATION);
    private static final Set<String> MEANTIME_NAMES = Set.of("NAM", "PRE.NAM");
    private static final Map<String, String> RE3D_TYPES =
            Map.of("Person", PERSON, "Organisation", ORGANISATION, "Location", LOCATION);
    // re3d keeps every annotator's entity with the share that agreed; below half it is one annotator's nested guess.
    private static final double RE3D_MIN_CONFIDENCE = 0.5;
    private static final Set<String> NAME_FUNCTION_WORDS =
            Set.of("of", "and", "the", "for", "de", "du", "von", "van", "al", "bin", "&", "-", ".", "'s", "'", ",");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String folder;
    private final Function<JsonNode, EntityDocument> parser;
    private final boolean scoresPronouns;

    EntityCorpus(String folder, Function<JsonNode, EntityDocument> parser, boolean scoresPronouns) {
        this.folder = folder;
        this.parser = parser;
        this.scoresPronouns = scoresPronouns;
    }

    /**
     * Whether the gold set marks personal pronouns ("he", "her") as person mentions, as re3d does; GUM and MEANTIME
     * are scored on names only, so a system's pronoun mentions are out of scope there.
     */
    public boolean scoresPronouns() {
        return scoresPronouns;
    }

    /** Keeps the system mentions this set scores: a personal pronoun only where the gold marks pronouns too. */
    public List<EntitySpan> inScope(EntityDocument document, List<EntitySpan> found) {
        String text = document.document().text();
        return found.stream()
                .filter(e -> document.scored().contains(e.span()))
                .filter(e -> scoresPronouns
                        || !PersonalPronouns.is(
                                text.substring(e.span().start(), e.span().end())))
                .toList();
    }

    /** The folder under {@code eval/}. */
    public String folder() {
        return folder;
    }

    public List<EntityDocument> read(Path evalDirectory) {
        Path file = evalDirectory.resolve(folder).resolve("docs.jsonl");
        try {
            List<EntityDocument> documents = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    documents.add(parse(line));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public EntityDocument parse(String jsonLine) {
        try {
            return parser.apply(MAPPER.readTree(jsonLine));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    private static EntityDocument gum(JsonNode node) {
        Document document = document(node, "gum");
        List<EntitySpan> gold = new ArrayList<>();
        for (JsonNode entity : node.path("entities")) {
            String type = GUM_TYPES.get(entity.path("type").asText(""));
            String text = entity.path("text").asText("");
            if (type != null && isProperName(text)) {
                gold.add(new EntitySpan(document.id(), span(entity, "start"), type));
            }
        }
        return new EntityDocument(document, new Span(0, document.text().length()), gold);
    }

    /**
     * GUM marks every mention, named or not ("the team", "he"); a name is one whose every word is capitalised,
     * function words aside, after a leading determiner. GUM tokens are space-separated.
     */
    static boolean isProperName(String text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.strip().split(" +")));
        if (!words.isEmpty() && words.get(0).equalsIgnoreCase("the")) {
            words.remove(0);
        }
        boolean anyCapital = false;
        for (String word : words) {
            if (NAME_FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0)) && !Character.isDigit(word.codePointAt(0))) {
                return false;
            }
            anyCapital |= Character.isUpperCase(word.codePointAt(0));
        }
        return anyCapital && !PRONOUNS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PRONOUNS =
            Set.of("i", "we", "he", "she", "it", "they", "you", "his", "her", "its", "their", "our", "my", "this");

    private static EntityDocument meantime(JsonNode node) {
        GoldDocument parsed = MeantimeCorpus.parse(node.toString());
        List<EntitySpan> gold = new ArrayList<>();
        for (JsonNode mention : node.path("mentions")) {
            String type = MEANTIME_TYPES.get(mention.path("inst_ent_type").asText(""));
            Span span = span(mention, "start");
            if (mention.path("kind").asText("").equals("ENTITY_MENTION")
                    && MEANTIME_NAMES.contains(mention.path("syntactic_type").asText(""))
                    && type != null
                    && parsed.scored().contains(span)) {
                gold.add(new EntitySpan(parsed.document().id(), span, type));
            }
        }
        return new EntityDocument(parsed.document(), parsed.scored(), gold);
    }

    private static EntityDocument re3d(JsonNode node) {
        Document document = document(node, "re3d");
        List<EntitySpan> gold = new ArrayList<>();
        for (JsonNode entity : node.path("entities")) {
            String type = RE3D_TYPES.get(entity.path("type").asText(""));
            if (type != null && entity.path("confidence").asDouble(0) >= RE3D_MIN_CONFIDENCE) {
                gold.add(new EntitySpan(document.id(), span(entity, "begin"), type));
            }
        }
        return new EntityDocument(document, new Span(0, document.text().length()), gold);
    }

    private static Span span(JsonNode node, String startField) {
        return new Span(node.path(startField).asInt(), node.path("end").asInt());
    }

    // Every non-blank line is a body block: these sets have no boilerplate, and a line never spans two paragraphs.
    private static Document document(JsonNode node, String source) {
        String text = node.path("text").asText("");
        LocalDate published = null;
        try {
            published = LocalDate.parse(node.path("date").asText(""));
        } catch (DateTimeParseException e) {
            // re3d records carry no date; the time stages then leave relative dates unresolved.
        }
        Metadata metadata =
                new Metadata(node.path("url").asText(""), "", node.path("title").asText(""), published, "en");
        Document document =
                Document.of(node.path("id").asText(""), new Provenance(source, "jsonl", "", ""), metadata, text);
        return document.withBlocks(lineBlocks(text));
    }

    private static List<Block> lineBlocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            if (!text.substring(start, end).isBlank()) {
                blocks.add(new Block(new Span(start, end), BlockKind.BODY, ""));
            }
            start = end + 1;
        }
        return blocks;
    }
}
