package org.annals.nlp;

/**
 * Punctuation that looks like a full stop, hyphen or apostrophe but is another code point ("Sergey M\u2024" typed with
 * a one-dot leader, "Jean\u2010Paul" with a Unicode hyphen). The tokenizer and the NER model know only the ASCII
 * forms, so a look-alike cuts a name at the odd character. Each look-alike is replaced by its ASCII form, one char
 * for one, so token offsets still point into the article's own text and names keep their original spelling there.
 */
final class LookAlikePunctuation {
    private static final String LOOK_ALIKES = "\u2024\uFE52\uFF0E\u2010\u2011\u2043\uFE63\uFF0D\u02BC\uFF07";
    private static final String ASCII_FORMS = "...-----''";

    private LookAlikePunctuation() {}

    /** The text with every look-alike replaced by its ASCII form; the same length as the text. */
    static String asAscii(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            int kind = LOOK_ALIKES.indexOf(text.charAt(i));
            if (kind >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ASCII_FORMS.charAt(kind);
            }
        }
        return chars == null ? text : new String(chars);
    }
}
