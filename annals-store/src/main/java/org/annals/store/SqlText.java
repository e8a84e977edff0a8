package org.annals.store;

/** Just enough SQL lexing to see comments, quoted text and statement separators. */
final class SqlText {
    private SqlText() {}

    /** The SQL with -- and block comments replaced by spaces; quoted text is kept as it is. */
    static String withoutComments(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
                out.append(' ');
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? sql.length() : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether anything but whitespace and semicolons follows a semicolon outside quotes. */
    static boolean hasSecondStatement(String sqlWithoutComments) {
        String sql = sqlWithoutComments;
        int i = 0;
        boolean separated = false;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                if (separated) {
                    return true;
                }
                i = closingQuote(sql, i);
                continue;
            }
            if (c == ';') {
                separated = true;
            } else if (separated && !Character.isWhitespace(c)) {
                return true;
            }
            i++;
        }
        return false;
    }

    /** The index just past the quote that closes the one at {@code open}; a doubled quote is an escaped one. */
    private static int closingQuote(String sql, int open) {
        char quote = sql.charAt(open);
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
