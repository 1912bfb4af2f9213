package org.alvh.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Child process for {@link AtomicFilesKillTest}: rewrites {@code args[0]} through {@link AtomicFiles#write}
 * with ever newer versions of {@code args[1]} bytes until it is killed, printing each version it completed.
 */
public final class AtomicWriteChild {
    private AtomicWriteChild() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        for (int version = 1; ; version++) {
            AtomicFiles.write(target, content(version, size));
            System.out.println("wrote " + version);
            System.out.flush();
        }
    }

    /**
     * Version {@code v} of the file: a header naming the version, one filler letter for that version, and a
     * trailer, {@code size} bytes in all; {@link #isComplete} recognises exactly these.
     */
    static byte[] content(int version, int size) {
        byte[] header = ("version " + version + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] trailer = ("\nend " + version + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, filler(version));
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(trailer, 0, bytes, size - trailer.length, trailer.length);
        return bytes;
    }

    /** True when {@code bytes} is exactly one version written by {@link #content}. */
    static boolean isComplete(byte[] bytes, int size) {
        if (bytes.length != size) {
            return false;
        }
        String start = new String(bytes, 0, Math.min(32, bytes.length), StandardCharsets.US_ASCII);
        if (!start.startsWith("version ") || start.indexOf('\n') < 0) {
            return false;
        }
        int version = Integer.parseInt(start.substring("version ".length(), start.indexOf('\n')));
        return Arrays.equals(bytes, content(version, size));
    }

    private static byte filler(int version) {
        return (byte) ('a' + version % 26);
    }
}
