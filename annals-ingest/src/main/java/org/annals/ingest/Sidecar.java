package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code name.json} beside {@code name.txt} or {@code name.html}: url, date, publisher and title. */
final class Sidecar {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    private Sidecar() {}

    /** The sidecar's metadata, or none; a broken sidecar adds an error to {@code errors} and is ignored. */
    static SourcedMetadata read(Path document, List<SourceItem> errors) {
        Path sidecar = document.resolveSibling(Formats.baseName(document) + ".json");
        if (!Files.isRegularFile(sidecar)) {
            return SourcedMetadata.NONE;
        }
        String name = sidecar.toString();
        try {
            if (Files.size(sidecar) > MAX_SIDECAR_BYTES) {
                errors.add(new SourceError(name, name + ": sidecar metadata over 1 MB; ignored"));
                return SourcedMetadata.NONE;
            }
            JsonNode node = JSON.readTree(new String(Files.readAllBytes(sidecar), StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                errors.add(new SourceError(
                        name, name + ": sidecar metadata must be a JSON object with url, date, publisher, title"));
                return SourcedMetadata.NONE;
            }
            SourcedMetadata.Parsed parsed = SourcedMetadata.fromJson(node, "sidecar");
            parsed.problemMessage().ifPresent(p -> errors.add(new SourceError(name, name + ": " + p)));
            return parsed.value();
        } catch (JsonProcessingException e) {
            errors.add(new SourceError(
                    name,
                    name + ": invalid JSON in sidecar metadata (" + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line " + e.getLocation().getLineNr())
                            + "); fix it or remove it"));
            return SourcedMetadata.NONE;
        } catch (IOException e) {
            errors.add(new SourceError(name, name + ": " + SourceReader.describe(e)));
            return SourcedMetadata.NONE;
        }
    }
}
