package org.annals.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.core.Actor;
import org.annals.core.Block;
import org.annals.core.BlockKind;
import org.annals.core.Document;
import org.annals.core.Event;
import org.annals.core.Location;
import org.annals.core.Mention;
import org.annals.core.Quantity;
import org.annals.core.Quote;
import org.annals.core.Span;
import org.annals.core.TimeMention;

/** The analysis of one document as text for a person to read. */
final class TextReport {
    private static final int QUOTE_WIDTH = 100;

    private final Document doc;
    private final PrintWriter out;
    private final Map<String, Actor> actors = new HashMap<>();

    private TextReport(Document doc, PrintWriter out) {
        this.doc = doc;
        this.out = out;
        doc.actors().forEach(a -> actors.put(a.id(), a));
    }

    static void print(Document doc, PrintWriter out) {
        new TextReport(doc, out).print();
    }

    private void print() {
        header();
        blocks();
        actorsSection();
        timesSection();
        quantitiesSection();
        quotesSection();
        eventsSection();
        problems();
        out.println();
    }

    private void header() {
        String date = doc.metadata().publishedDate().map(Object::toString).orElse("date unknown");
        String publisher = doc.metadata().publisher().isEmpty()
                ? "publisher unknown"
                : doc.metadata().publisher();
        out.println("== " + doc.provenance().source() + "  (" + publisher + ", " + date + ")");
        if (!doc.metadata().title().isEmpty()) {
            out.println("   " + doc.metadata().title());
        }
        String byline = byline(doc.metadata());
        if (!byline.isEmpty()) {
            out.println("   " + byline);
        }
        String language = doc.metadata().language();
        if (!AnnalsEngine.isEnglishOrUnknown(language)) {
            out.println("   language: " + language + " (not English: extraction only, no English analysis)");
        }
    }

    /** "by Jane Doe, John Roe · World · updated 2025-09-03", leaving out what is unknown. */
    private static String byline(org.annals.core.Metadata metadata) {
        List<String> parts = new ArrayList<>();
        if (!metadata.authors().isEmpty()) {
            parts.add("by " + String.join(", ", metadata.authors()));
        }
        if (!metadata.section().isEmpty()) {
            parts.add(metadata.section());
        }
        metadata.modifiedDate().ifPresent(date -> parts.add("updated " + date));
        return String.join(" · ", parts);
    }

    private void blocks() {
        Map<BlockKind, Long> counts =
                doc.blocks().stream().collect(Collectors.groupingBy(Block::kind, Collectors.counting()));
        out.println();
        out.println("Blocks: "
                + counts.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
        for (Block block : doc.blocks()) {
            if (!block.kind().isArticle()) {
                out.printf(
                        Locale.ROOT,
                        "  set aside (%s: %s): %s%n",
                        block.kind().name().toLowerCase(Locale.ROOT),
                        block.reason(),
                        clip(doc.textOf(block.span()), 70));
            }
        }
    }

    private void actorsSection() {
        section("Actors", doc.actors().size());
        Map<String, Long> mentionCounts = doc.mentions().stream()
                .filter(Mention::isResolved)
                .collect(Collectors.groupingBy(Mention::actorId, Collectors.counting()));
        for (Actor actor : doc.actors()) {
            out.printf(
                    Locale.ROOT,
                    "  %-34s %-28s %-12s %-4s %-18s %dx%n",
                    actor.id(),
                    clip(actor.name(), 28),
                    actor.kind().name().toLowerCase(Locale.ROOT),
                    actor.country(),
                    clip(actor.role(), 18),
                    mentionCounts.getOrDefault(actor.id(), 0L));
        }
    }

    private void timesSection() {
        section("Dates", doc.times().size());
        for (TimeMention time : doc.times()) {
            out.printf(
                    Locale.ROOT,
                    "  %-28s -> %-12s %s, %s%n",
                    quoted(time.text()),
                    time.value().isEmpty() ? "?" : time.value(),
                    time.granularity().name().toLowerCase(Locale.ROOT),
                    time.relation().name().toLowerCase(Locale.ROOT));
        }
    }

    private void quantitiesSection() {
        section("Quantities", doc.quantities().size());
        for (Quantity q : doc.quantities()) {
            out.printf(
                    Locale.ROOT,
                    "  %-28s = %s%s%s%s%n",
                    quoted(q.text()),
                    q.approximate() ? "~" : "",
                    formatNumber(q.value()),
                    q.unit().isEmpty() ? "" : " " + q.unit(),
                    q.measure().isEmpty() ? "" : "  (" + q.measure() + ")");
        }
    }

    private void quotesSection() {
        section("Quotes", doc.quotes().size());
        for (Quote quote : doc.quotes()) {
            String speaker = quote.speakerId().isEmpty() ? "(no speaker)" : nameOf(quote.speakerId());
            out.printf(
                    Locale.ROOT,
                    "  %-20s %-8s %-9s %s%s%n",
                    clip(speaker, 20),
                    quote.cue(),
                    quote.kind().name().toLowerCase(Locale.ROOT),
                    quoted(clip(quote.text(), QUOTE_WIDTH)),
                    eventsOn(quote));
        }
    }

    /** The types of the events that rest on the quote, as " -> ACCUSE", or nothing. */
    private String eventsOn(Quote quote) {
        List<String> types = doc.eventsOn(quote).stream().map(Event::type).toList();
        return types.isEmpty() ? "" : "  -> " + String.join(", ", types);
    }

    private void eventsSection() {
        section("Events", doc.events().size());
        for (Event event : doc.events()) {
            out.printf(
                    Locale.ROOT,
                    "  %-10s %-9s %s -> %s%s  [%s%s, conf %.2f]%n",
                    event.date().isEmpty() ? "undated" : event.date(),
                    event.type(),
                    names(event.sourceIds()),
                    names(event.targetIds()),
                    place(event),
                    event.modality().name().toLowerCase(Locale.ROOT),
                    event.mode().isEmpty() ? "" : ", " + event.mode(),
                    event.confidence());
            out.println("      " + quoted(clip(doc.textOf(event.evidence()), 2 * QUOTE_WIDTH)));
            for (Span mention : event.mentions()) {
                out.println("      " + alsoToldIn(doc.textOf(mention)));
            }
            if (!event.contexts().isEmpty()) {
                out.println("      contexts: " + String.join(", ", event.contexts()));
            }
            if (event.quote() != null) {
                out.println("      rests on the quote " + quoted(clip(doc.textOf(event.quote()), QUOTE_WIDTH)));
            }
        }
    }

    private static String place(Event event) {
        if (event.place().isEmpty()) {
            return "";
        }
        Location at = event.location();
        return "  @ " + event.place()
                + (at.isResolved()
                        ? String.format(
                                Locale.ROOT,
                                " (%s %s, %.2f, %.2f)",
                                at.country(),
                                at.kind(),
                                at.latitude(),
                                at.longitude())
                        : "");
    }

    private void problems() {
        if (!doc.problems().isEmpty()) {
            section("Problems", doc.problems().size());
            doc.problems().forEach(p -> out.println("  " + p.stage() + ": " + p.message()));
        }
    }

    private void section(String title, int count) {
        out.println();
        out.println(title + " (" + count + ")");
    }

    private String names(List<String> ids) {
        if (ids.isEmpty()) {
            return "-";
        }
        return ids.stream().map(this::nameOf).collect(Collectors.joining(" + "));
    }

    private String nameOf(String id) {
        Actor actor = actors.get(id);
        return actor == null || actor.name().isEmpty() ? id : actor.name();
    }

    /** The line that shows a further telling of an event: {@code also told in "..."}, its sentence clipped. */
    static String alsoToldIn(String sentence) {
        return "also told in " + quoted(clip(sentence, 2 * QUOTE_WIDTH));
    }

    static String clip(String text, int width) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    static String formatNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
