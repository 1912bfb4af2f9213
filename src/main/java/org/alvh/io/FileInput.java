package org.alvh.io;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
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

    /** Where reads of the file on disk are counted (and stopped); null when nothing counts them. */
    default ReadProgress progress() {
        return null;
    }

    /** The whole content when it is in memory (a zip entry, a test); null for a file on disk. */
    default byte[] bytes() {
        return null;
    }

    /** False for a file that is there but cannot be read (already reported): parsers skip it silently. */
    default boolean usable() {
        return true;
    }

    /** A known file that is there but cannot be read as a file (a directory, a FIFO, ...), already reported. */
    static FileInput unusable() {
        return new FileInput() {
            @Override
            public long size() {
                return 0;
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("the file cannot be read");
            }

            @Override
            public boolean usable() {
                return false;
            }
        };
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

    /** A file on disk; its reads are not counted. */
    static FileInput of(Path path, long size) {
        return of(path, size, new ReadProgress());
    }

    /** A file on disk whose reads advance {@code progress} (and stop when it is cancelled). */
    static FileInput of(Path path, long size, ReadProgress progress) {
        return new FileInput() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public InputStream open() throws IOException {
                return new Counted(Files.newInputStream(path), progress);
            }

            @Override
            public Path path() {
                return path;
            }

            @Override
            public ReadProgress progress() {
                return progress;
            }
        };
    }

    /** An input stream that advances a {@link ReadProgress} by what it reads. */
    final class Counted extends FilterInputStream {
        private final ReadProgress progress;

        Counted(InputStream in, ReadProgress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                progress.advance(n);
            }
            return n;
        }
    }
}
