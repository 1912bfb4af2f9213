package org.alvh.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One file of a snapshot, from disk or from memory (a zip entry), that can be opened for reading. */
interface FileInput {

    /** Size in bytes. */
    long size();

    InputStream open() throws IOException;

    /** The file on disk, for positional (parallel) reads; null when the content is in memory. */
    default Path path() {
        return null;
    }

    /** The whole content when it is in memory (a zip entry, a test); null for a file on disk. */
    default byte[] bytes() {
        return null;
    }

    static FileInput of(byte[] bytes) {
        return new FileInput() {
            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public byte[] bytes() {
                return bytes;
            }
        };
    }

    static FileInput of(Path path, long size) {
        return new FileInput() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public Path path() {
                return path;
            }
        };
    }
}
