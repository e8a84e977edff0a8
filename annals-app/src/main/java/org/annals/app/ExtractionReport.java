package org.annals.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.annals.core.Block;
import org.annals.core.Document;

/** What extraction found in one page, for a person to read: metadata with origins, then every block in order. */
final class ExtractionReport {
    private ExtractionReport() {}

    static void print(Document doc, PrintWriter out) {
        out.println("== " + doc.provenance().source() + "  (" + doc.provenance().format() + ")");
        Map<String, String> sources = MetadataSources.parse(doc.provenance().metadataSources());
        field(out, "title", doc.metadata().title(), sources.get("title"));
        field(out, "url", doc.metadata().url(), sources.get("url"));
        field(out, "publisher", doc.metadata().publisher(), sources.get("publisher"));
        field(out, "date", doc.metadata().publishedDate().map(Object::toString).orElse(""), sources.get("date"));
        field(out, "authors", String.join("; ", doc.metadata().authors()), sources.get("authors"));
        field(
                out,
                "modified",
                doc.metadata().modifiedDate().map(Object::toString).orElse(""),
                sources.get("modified"));
        field(out, "section", doc.metadata().section(), sources.get("section"));
        field(out, "language", doc.metadata().language(), sources.get("language"));
        field(out, "charset", sources.getOrDefault("charset", ""), null);
        out.println();
        out.println("Blocks (" + doc.blocks().size() + ")");
        for (Block block : doc.blocks()) {
            String kind = block.kind().name().toLowerCase(Locale.ROOT);
            String reason = block.reason().isEmpty() ? "" : " (" + block.reason() + ")";
            out.println("  [" + kind + reason + "] " + doc.textOf(block.span()));
        }
        doc.problems().forEach(p -> out.println("  problem: " + p.stage() + ": " + p.message()));
        out.println();
    }

    private static void field(PrintWriter out, String name, String value, String origin) {
        if (value.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%-10s %s%s%n", name + ":", value, origin == null ? "" : "  [" + origin + "]");
    }
}
