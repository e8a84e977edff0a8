package org.annals.extract;

import java.util.List;
import java.util.Objects;
import org.annals.core.Block;
import org.annals.core.Metadata;

/**
 * Article text taken from a page, with its blocks (spans into {@code text}) and metadata. {@code metadataSources}
 * says where each field came from, such as {@code date=json-ld,title=given}.
 */
public record Extraction(String text, Metadata metadata, List<Block> blocks, String metadataSources) {
    public Extraction {
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        metadataSources = metadataSources == null ? "" : metadataSources;
    }
}
