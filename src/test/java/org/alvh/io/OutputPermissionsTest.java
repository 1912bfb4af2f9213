package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 7: an output file gets the user's normal permissions (those the umask leaves, like any file the
 * user creates), and replacing a file keeps its permissions. Before, every output was owner-only (0600), the
 * permissions of a temporary file. And item 3: when one of two outputs cannot be replaced, neither changes.
 */
class OutputPermissionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    @Test
    void aNewOutputHasThePermissionsTheUmaskLeaves() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt")); // created as the user's programs create files
        Path out = dir.resolve("hedge.csv");

        AtomicFiles.write(out, "x".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aReplacedOutputKeepsItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("hedge.csv"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.write(out, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(out).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r-----");
    }

    @Test
    void whenOneOfTwoTargetsIsADirectoryNeitherChangesAndNoTemporaryFileIsLeft() throws IOException {
        Path sheet = Files.writeString(dir.resolve("hedge.csv"), "old");
        Path folder = Files.createDirectory(dir.resolve("audit.json"));
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(sheet, "new".getBytes(StandardCharsets.UTF_8));
        files.put(folder, "{}".getBytes(StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFiles.writeAll(files))
                .isInstanceOf(IOException.class).hasMessageContaining("is not a regular file");

        assertThat(sheet).hasContent("old");
        assertThat(folder).isDirectory().isEmptyDirectory();
        try (var list = Files.list(dir)) {
            assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("hedge.csv", "audit.json");
        }
    }
}
