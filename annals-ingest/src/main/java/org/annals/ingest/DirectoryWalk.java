package org.annals.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The non-hidden files under a folder, sorted, with an error for each subfolder that could not be listed. Symbolic
 * links to folders are not followed, so a link cycle cannot trap the walk.
 */
record DirectoryWalk(List<Path> files, List<SourceError> errors) {
    static DirectoryWalk of(Path root) {
        List<Path> files = new ArrayList<>();
        List<SourceError> errors = new ArrayList<>();
        walk(root, files, errors);
        return new DirectoryWalk(List.copyOf(files), List.copyOf(errors));
    }

    private static void walk(Path dir, List<Path> files, List<SourceError> errors) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException | RuntimeException e) {
            errors.add(new SourceError(dir.toString(), dir + ": cannot list folder; check its permissions"));
            return;
        }
        children.sort(null);
        for (Path child : children) {
            if (isHidden(child)) {
                continue;
            }
            if (Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                walk(child, files, errors);
            } else if (!Files.isDirectory(child)) {
                files.add(child);
            }
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
