package org.annals.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.core.Metadata;

/** The metadata fields added after the first JSON schemas, written the same way by every JSON output. */
final class MetadataJson {
    private MetadataJson() {}

    /** {@code authors} (an array, empty when unknown), {@code modified} (YYYY-MM-DD or "") and {@code section}. */
    static void addRichFields(Metadata metadata, ObjectNode into) {
        ArrayNode authors = into.putArray("authors");
        metadata.authors().forEach(authors::add);
        into.put("modified", metadata.modifiedDate().map(Object::toString).orElse(""));
        into.put("section", metadata.section());
    }
}
