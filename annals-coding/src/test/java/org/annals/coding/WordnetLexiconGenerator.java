package org.annals.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes wordnet-verbs.tsv: single-word verbs missing from verbs.tsv that WordNet 3.1 gives as a synonym or a
 * troponym (one level down) of a listed verb, each inheriting that verb's row (docs/lexicon.md). Run by
 * scripts/generate-wordnet-lexicon; the events stage reads only the file written, never WordNet.
 */
public final class WordnetLexiconGenerator {
    private static final String DIR = "/org/annals/coding/";

    // Verbs so general or light that a synonym or troponym says little about the act ("give", "take"), or whose
    // listed row holds one sense among many equally common ones ("call", "strike", "fire", "leave").
    private static final Set<String> GENERAL = Set.of(
            "be",
            "have",
            "do",
            "say",
            "make",
            "take",
            "give",
            "get",
            "go",
            "come",
            "put",
            "hold",
            "set",
            "let",
            "keep",
            "run",
            "turn",
            "bring",
            "move",
            "see",
            "find",
            "show",
            "work",
            "use",
            "pass",
            "carry",
            "break",
            "cut",
            "play",
            "stand",
            "change",
            "act",
            "cause",
            "open",
            "close",
            "start",
            "end",
            "begin",
            "stop",
            "call",
            "leave",
            "strike",
            "hit",
            "fire",
            "press",
            "try",
            "remove",
            "rule",
            "question",
            "charge",
            "back",
            "side",
            "second",
            "host",
            "free",
            "sign",
            "yield",
            "target",
            "train",
            "join",
            "provide",
            "tell",
            "ask",
            "speak",
            "talk",
            "meet",
            "receive",
            "face",
            "draw",
            "raise",
            "follow",
            "reach",
            "pull",
            "push",
            "send",
            "place",
            "point",
            "mark",
            "treat",
            "handle",
            "deal",
            "touch",
            "catch",
            "drop",
            "fall",
            "lead",
            "serve",
            "support");

    /** The share of a word's tagged uses a sense needs to count as dominant when it is not the first sense. */
    static final double DOMINANT_SHARE = 0.5;

    record Candidate(String lemma, String source, String relation, Synset synset, int rank, String type) {}

    private final Dictionary wordnet;
    private final Set<String> listed = new HashSet<>();
    private final Set<String> blocked = new HashSet<>();
    private final Map<String, List<Candidate>> candidates = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private final List<String[]> exclusions = new ArrayList<>();

    private WordnetLexiconGenerator(Dictionary wordnet) {
        this.wordnet = wordnet;
    }

    public static void main(String[] args) throws JWNLException, IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: WordnetLexiconGenerator OUTPUT_TSV");
        }
        WordnetLexiconGenerator generator = new WordnetLexiconGenerator(Dictionary.getDefaultResourceInstance());
        List<String> rows = generator.generate();
        Files.write(Path.of(args[0]), rows, StandardCharsets.UTF_8);
        System.out.println("wrote " + (rows.size() - HEADER.size()) + " rows to " + args[0]);
        generator.conflicts.forEach(c -> System.out.println("left out, sources disagree on the type: " + c));
    }

    private List<String> generate() throws JWNLException {
        List<String[]> rows = Tsv.read(DIR + "verbs.tsv", 5);
        for (String[] row : rows) {
            listed.add(row[0]);
            listed.add(row[0].split(" ")[0]);
        }
        blocked.addAll(Tsv.words(DIR + "receiving-verbs.tsv"));
        exclusions.addAll(Tsv.read(DIR + WordnetVerbs.EXCLUSIONS, 3));
        for (String[] row : rows) {
            if (!row[0].contains(" ") && !GENERAL.contains(row[0])) {
                expand(row[0], row[1]);
            }
        }
        List<String> out = new ArrayList<>(HEADER);
        for (Map.Entry<String, List<Candidate>> entry : candidates.entrySet()) {
            chosen(entry.getKey(), entry.getValue()).ifPresent(c -> out.add(line(c)));
        }
        return out;
    }

    private void expand(String source, String type) throws JWNLException {
        IndexWord word = wordnet.getIndexWord(POS.VERB, source);
        if (word == null) {
            return;
        }
        for (Synset sense : word.getSenses()) {
            if (!dominant(source, sense)) {
                continue;
            }
            for (Word synonym : sense.getWords()) {
                offer(synonym.getLemma(), source, "synonym", sense, type);
            }
            for (Pointer pointer : sense.getPointers(PointerType.HYPONYM)) {
                Synset troponym = pointer.getTargetSynset();
                for (Word special : troponym.getWords()) {
                    offer(special.getLemma(), source, "troponym", troponym, type);
                }
            }
        }
    }

    private void offer(String wordnetLemma, String source, String relation, Synset synset, String type)
            throws JWNLException {
        String lemma = wordnetLemma.toLowerCase(Locale.ROOT);
        if (lemma.contains(" ")
                || lemma.contains("_")
                || listed.contains(lemma)
                || blocked.contains(lemma)
                || GENERAL.contains(lemma)
                || !dominant(lemma, synset)
                || WordnetVerbs.links(List.<String[]>of(new String[] {lemma, source, relation}), exclusions)
                        .isEmpty()) {
            return;
        }
        candidates
                .computeIfAbsent(lemma, k -> new ArrayList<>())
                .add(new Candidate(lemma, source, relation, synset, rank(lemma, synset), type));
    }

    // A synonym beats a troponym, then the earlier row of verbs.tsv; sources of different types leave the word out.
    private Optional<Candidate> chosen(String lemma, List<Candidate> offers) {
        if (offers.stream().map(Candidate::type).distinct().count() > 1) {
            conflicts.add(lemma + " "
                    + offers.stream().map(c -> c.source() + ":" + c.type()).toList());
            return Optional.empty();
        }
        return offers.stream()
                .filter(c -> c.relation().equals("synonym"))
                .findFirst()
                .or(() -> offers.stream().findFirst());
    }

    // The sense is the word's first in WordNet, or holds at least DOMINANT_SHARE of its tagged uses.
    private boolean dominant(String lemma, Synset synset) throws JWNLException {
        IndexWord word = wordnet.getIndexWord(POS.VERB, lemma);
        if (word == null) {
            return false;
        }
        int rank = rank(lemma, synset);
        if (rank == 1) {
            return true;
        }
        List<Synset> senses = word.getSenses();
        int total = 0;
        int here = 0;
        for (Synset sense : senses) {
            int count = useCount(sense, lemma);
            total += count;
            if (sense.getOffset() == synset.getOffset()) {
                here = count;
            }
        }
        boolean tiesFirst = rank == 2 && here >= useCount(senses.get(0), lemma);
        return tiesFirst || (total > 0 && here >= DOMINANT_SHARE * total);
    }

    private int rank(String lemma, Synset synset) throws JWNLException {
        List<Synset> senses = wordnet.getIndexWord(POS.VERB, lemma).getSenses();
        for (int i = 0; i < senses.size(); i++) {
            if (senses.get(i).getOffset() == synset.getOffset()) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int useCount(Synset sense, String lemma) {
        return sense.getWords().stream()
                .filter(w -> w.getLemma().equalsIgnoreCase(lemma))
                .mapToInt(Word::getUseCount)
                .sum();
    }

    private static String line(Candidate c) {
        return String.join(
                "\t",
                c.lemma(),
                c.source(),
                c.relation(),
                String.format(Locale.ROOT, "%08d-v", c.synset().getOffset()),
                Integer.toString(c.rank()),
                c.type(),
                c.synset().getGloss().replace('\t', ' '));
    }

    private static final List<String> HEADER = List.of(
            "# Generated by scripts/generate-wordnet-lexicon from verbs.tsv and WordNet 3.1 (see docs/lexicon.md); do"
                    + " not edit: reject a pair in wordnet-exclusions.tsv and generate again.",
            "# Derived from WordNet 3.1, whose licence follows (also in NOTICE):",
            "#   This software and database is being provided to you, the LICENSEE, by Princeton University under the following license.  By obtaining, using and/or copying this software and database, you agree that you have read, understood, and will comply with these terms and conditions.:",
            "#   Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution.",
            "#   WordNet 3.1 Copyright 2011 by Princeton University.  All rights reserved.",
            "#   THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.",
            "#   The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database.  Title to copyright in this software, database and any associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.",
            "# lemma<TAB>listed verb whose row it inherits<TAB>relation (synonym: same synset; troponym: a manner of"
                    + " the listed verb's synset)<TAB>WordNet 3.1 synset<TAB>sense number of the synset for the"
                    + " lemma<TAB>type inherited (for review)<TAB>gloss (for review)");
}
