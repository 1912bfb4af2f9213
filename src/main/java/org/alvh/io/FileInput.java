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
        };
    }
}
