package org.annals.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.core.Actor;
import org.annals.core.Block;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Quote;
import org.annals.core.TimeMention;

/** A stable, line-per-fact text of what the pipeline found in a document, for golden-file comparison. */
final class GoldenSummary {
    private GoldenSummary() {}

    static String of(Document doc) {
        Map<String, String> names = new HashMap<>();
        doc.actors().forEach(a -> names.put(a.id(), a.name()));
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(doc.metadata().title())
                .append(" (")
                .append(doc.metadata().published())
                .append(")\n");
        for (Block block : doc.blocks()) {
            if (!block.kind().isArticle()) {
                out.append("set-aside ")
                        .append(block.kind())
                        .append(" | ")
                        .append(TextReport.clip(doc.textOf(block.span()), 50))
                        .append('\n');
            }
        }
        for (Actor a : doc.actors()) {
            out.append(String.format(
                    Locale.ROOT,
                    "actor %s | %s | %s | %s | %s | %s%n",
                    a.id(),
                    a.name(),
                    a.kind(),
                    a.country(),
                    a.role(),
                    a.sector()));
        }
        for (TimeMention t : doc.times()) {
            out.append(String.format(
                    Locale.ROOT, "time \"%s\" -> %s %s %s%n", t.text(), t.value(), t.granularity(), t.relation()));
        }
        for (Quote q : doc.quotes()) {
            out.append(String.format(
                    Locale.ROOT,
                    "quote %s | %s | %s | \"%s\"%n",
                    q.kind(),
                    names.getOrDefault(q.speakerId(), q.speakerId()),
                    q.cue(),
                    TextReport.clip(q.text(), 60)));
        }
        for (Event e : doc.events()) {
            out.append(String.format(
                    Locale.ROOT,
                    "event %s %s/%s %s | %s -> %s | @%s%s | %s | [%s]%s%s%n",
                    e.date().isEmpty() ? "undated" : e.date(),
                    e.type(),
                    e.mode(),
                    e.modality(),
                    join(e.sourceIds(), names),
                    join(e.targetIds(), names),
                    e.place(),
                    e.location().isResolved()
                            ? String.format(
                                    Locale.ROOT,
                                    " (%s %s %.2f,%.2f)",
                                    e.location().id(),
                                    e.location().country(),
                                    e.location().latitude(),
                                    e.location().longitude())
                            : "",
                    doc.textOf(e.trigger()),
                    String.join(",", e.contexts()),
                    e.quote() == null ? "" : " | quote \"" + TextReport.clip(doc.textOf(e.quote()), 60) + "\"",
                    e.mentions().stream()
                            .map(m -> " | also told in \"" + TextReport.clip(doc.textOf(m), 60) + "\"")
                            .collect(Collectors.joining())));
        }
        return out.toString();
    }

    private static String join(List<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(" + "));
    }
}
