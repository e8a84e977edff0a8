package org.annals.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Which files found inside a folder are read: {@code glob:} patterns matched against the path relative to that
 * folder, with {@code /} between names. A pattern without {@code /} is matched against the file name alone, so
 * {@code *.html} selects HTML files at any depth, while {@code drafts/**} selects everything under the folder's own
 * {@code drafts} subfolder. A file is read when it matches some include (or there are none) and no exclude. Files
 * named directly, not found in a folder, are always read. Immutable.
 */
public final class FileSelection {
    public static final FileSelection ALL = new FileSelection(List.of(), List.of());

    private final List<String> includes;
    private final List<String> excludes;
    private final List<PathMatcher> includeMatchers;
    private final List<PathMatcher> excludeMatchers;

    private FileSelection(List<String> includes, List<String> excludes) {
        this.includes = List.copyOf(includes);
        this.excludes = List.copyOf(excludes);
        this.includeMatchers = includes.stream().map(FileSelection::matcher).toList();
        this.excludeMatchers = excludes.stream().map(FileSelection::matcher).toList();
    }

    /** Throws IllegalArgumentException naming the pattern when one is not a valid glob. */
    public static FileSelection of(List<String> includes, List<String> excludes) {
        return new FileSelection(includes == null ? List.of() : includes, excludes == null ? List.of() : excludes);
    }

    /** Checks one pattern; throws IllegalArgumentException saying what is wrong with it. */
    public static void validate(String glob) {
        matcher(glob);
    }

    public boolean selectsAll() {
        return includes.isEmpty() && excludes.isEmpty();
    }

    /** Whether {@code relative}, a file's path relative to the folder it was found in, is read. */
    public boolean selects(Path relative) {
        boolean included = includeMatchers.isEmpty() || matchesAny(includeMatchers, includes, relative);
        return included && !matchesAny(excludeMatchers, excludes, relative);
    }

    /** The patterns, for messages: {@code --include '*.html' --exclude 'drafts/**'}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        includes.forEach(glob -> text.append(" --include '").append(glob).append('\''));
        excludes.forEach(glob -> text.append(" --exclude '").append(glob).append('\''));
        return text.toString().strip();
    }

    private static boolean matchesAny(List<PathMatcher> matchers, List<String> globs, Path relative) {
        Path fileName = relative.getFileName();
        for (int i = 0; i < matchers.size(); i++) {
            Path subject = globs.get(i).contains("/") || fileName == null ? relative : fileName;
            if (matchers.get(i).matches(subject)) {
                return true;
            }
        }
        return false;
    }

    private static PathMatcher matcher(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new IllegalArgumentException("empty glob pattern; give one such as '*.html' or 'news/**/*.html'");
        }
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid glob pattern '" + glob + "': " + e.getDescription()
                    + " at index " + e.getIndex() + "; globs use * (within a name), ** (across"
                    + " folders), ?, [abc] and {a,b}, for example '**/*.html'");
        }
    }
}
