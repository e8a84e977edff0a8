package org.annals.app;

import java.util.ArrayList;
import java.util.List;
import org.annals.ingest.FileSelection;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which files inside the folders given are read: repeatable include and exclude globs. */
final class FileSelectionOptions {
    private static final String RULE = "matched against the path relative to the folder given; a GLOB without '/'"
            + " matches file names at any depth";

    @Option(
            names = "--include",
            paramLabel = "GLOB",
            converter = GlobConverter.class,
            description = "Read only files inside folders that match (repeatable), " + RULE + ", e.g. '*.html'.")
    List<String> includes = new ArrayList<>();

    @Option(
            names = "--exclude",
            paramLabel = "GLOB",
            converter = GlobConverter.class,
            description = "Skip files inside folders that match (repeatable), e.g. 'drafts/**'.")
    List<String> excludes = new ArrayList<>();

    FileSelection selection() {
        return FileSelection.of(includes, excludes);
    }

    /** A bad pattern is a usage error (exit code 2) naming the pattern and the syntax. */
    static final class GlobConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                FileSelection.validate(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
