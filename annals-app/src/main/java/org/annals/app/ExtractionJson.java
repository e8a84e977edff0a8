package org.annals.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.core.Block;
import org.annals.core.Document;

/**
 * What extraction found in one page as JSON ({@code annals.extract/1}): the fields of the analysis schema up to
 * {@code blocks}, with each block's text, and the metadata sources as an object ({@code {"date": "json-ld"}}).
 */
final class ExtractionJson {
    static final String SCHEMA = "annals.extract/1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() {}

    static String of(Document doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", doc.id());
        root.put("source", doc.provenance().source());
        root.put("format", doc.provenance().format());
        ObjectNode metadata = root.putObject("metadata");
        metadata.put("url", doc.metadata().url());
        metadata.put("publisher", doc.metadata().publisher());
        metadata.put("title", doc.metadata().title());
        metadata.put(
                "published",
                doc.metadata().publishedDate().map(Object::toString).orElse(""));
        metadata.put("language", doc.metadata().language());
        MetadataJson.addRichFields(doc.metadata(), metadata);
        ObjectNode sources = metadata.putObject("sources");
        MetadataSources.parse(doc.provenance().metadataSources()).forEach(sources::put);
        root.put("text", doc.text());
        ArrayNode blocks = root.putArray("blocks");
        for (Block block : doc.blocks()) {
            blocks.addObject()
                    .put("kind", block.kind().name())
                    .put("start", block.span().start())
                    .put("end", block.span().end())
                    .put("reason", block.reason())
                    .put("text", doc.textOf(block.span()));
        }
        ArrayNode problems = root.putArray("problems");
        doc.problems().forEach(p -> problems.addObject().put("stage", p.stage()).put("message", p.message()));
        return root.toString();
    }
}
