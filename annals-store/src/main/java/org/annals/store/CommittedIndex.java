package org.annals.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Opens a Lucene index that a writer committed earlier, for a read-only store. */
final class CommittedIndex {
    private CommittedIndex() {}

    /** The index's open directory, or null when the folder is missing or holds no commit yet. */
    static Directory open(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return null;
        }
        Directory directory = FSDirectory.open(path);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            return null;
        }
        return directory;
    }
}
