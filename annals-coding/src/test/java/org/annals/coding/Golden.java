package org.annals.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.annals.core.Actor;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Mention;
import org.annals.core.Quantity;

/** Compares a stage's output with a golden file; run with -Dgolden.update=true to rewrite the files. */
final class Golden {
    private Golden() {}

    static void check(String stage, String name, String actual) {
        Path path = Path.of("src", "test", "resources", "golden", stage, name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, "golden file " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String actors(Document document) {
        StringBuilder out = new StringBuilder("# actors: id kind country role sector name evidence\n");
        for (Actor a : document.actors()) {
            String evidence = a.evidence().stream().map(document::textOf).collect(Collectors.joining("|"));
            out.append(String.join(
                            "\t", a.id(), a.kind().name(), a.country(), a.role(), a.sector(), a.name(), evidence))
                    .append('\n');
        }
        out.append("# mentions: text type actor role\n");
        for (Mention m : document.mentions()) {
            out.append(String.join("\t", m.text(), m.type().name(), m.actorId(), m.role()))
                    .append('\n');
        }
        return out.toString();
    }

    static String events(Document document) {
        StringBuilder out = new StringBuilder(
                "# id type mode sources targets date granularity place placeId modality intensity rule quantities trigger"
                        + " contexts location quote\n");
        for (Event e : document.events()) {
            String quantities = e.quantities().stream().map(Quantity::text).collect(Collectors.joining("|"));
            out.append(String.join(
                            "\t",
                            e.id(),
                            e.type(),
                            e.mode(),
                            String.join(",", e.sourceIds()),
                            String.join(",", e.targetIds()),
                            e.date(),
                            e.dateGranularity().name(),
                            e.place(),
                            e.placeId(),
                            e.modality().name(),
                            String.valueOf(e.intensity()),
                            e.rule(),
                            quantities,
                            document.textOf(e.trigger()),
                            String.join(",", e.contexts()),
                            location(e.location()),
                            e.quote() == null ? "" : document.textOf(e.quote())))
                    .append('\n');
        }
        return out.toString();
    }

    private static String location(Location location) {
        return location.isResolved()
                ? String.format(
                        Locale.ROOT,
                        "%s %s %s %.4f,%.4f",
                        location.id(),
                        location.kind(),
                        location.country(),
                        location.latitude(),
                        location.longitude())
                : "";
    }
}
