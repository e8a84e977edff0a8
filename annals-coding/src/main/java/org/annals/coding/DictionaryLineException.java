package org.annals.coding;

/** A line of a user actor dictionary that cannot be read, named by file and line number. */
final class DictionaryLineException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    DictionaryLineException(String file, int line, String problem) {
        super("actor dictionary " + file + ", line " + line + ": " + problem);
    }
}
