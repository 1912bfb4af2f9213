package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed and unusable fixture through {@code compute --out --audit}: exit 2, exactly the expected
 * problems on stderr, each naming its file (and line and column where it has them), nothing on stdout, no
 * stack trace, and nothing changed: not the snapshot folder, not the existing --out and --audit files, and no
 * temporary file left beside them. A failed compute never costs the previous export.
 */
class HostileSnapshotComputeTest {
    /** {@code file.csv: message}, {@code file.csv:LINE: message} or {@code file.csv:LINE:COLUMN: message}. */
    private static final String LOCATED_PROBLEM = "[a-z_]+\\.(csv|json)(:\\d+(:\\d+)?)?: .+";
    private static final String OLD_SHEET = "section,layer\r\nOLD,1\r\n";
    private static final String OLD_AUDIT = "{\"old\": true}";

    static Stream<String> fixtures() throws IOException {
        List<String> all = new ArrayList<>();
        for (String group : List.of("malformed", "unusable")) {
            try (Stream<Path> list = Files.list(CliRun.resource("/" + group))) {
                list.filter(Files::isDirectory).map(p -> group + "/" + p.getFileName()).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void badInputExitsTwoAndChangesNothing(String fixture, @TempDir Path outDir) throws IOException {
        Path snapshot = CliRun.resource("/" + fixture);
        Path sheet = outDir.resolve("hedge.csv");
        Path audit = outDir.resolve("audit.json");
        Files.writeString(sheet, OLD_SHEET);
        Files.writeString(audit, OLD_AUDIT);
        Map<String, String> before = hashes(snapshot);
        List<String> args = new ArrayList<>(List.of("compute", snapshot.toString(), "--out", sheet.toString(),
                "--audit", audit.toString()));
        if (Files.exists(snapshot.resolve("config.json"))) {
            args.addAll(List.of("--config", snapshot.resolve("config.json").toString()));
        }

        CliRun run = CliRun.of(args);

        List<String> expected = Files.readAllLines(snapshot.resolve("expected-problems.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).toList();
        assertThat(run.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("The snapshot cannot be used").doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.problemLines()).containsExactlyElementsOf(expected).allMatch(l -> l.matches(LOCATED_PROBLEM));
        assertThat(hashes(snapshot)).isEqualTo(before);
        assertThat(sheet).hasContent(OLD_SHEET);
        assertThat(audit).hasContent(OLD_AUDIT);
        try (Stream<Path> left = Files.list(outDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("hedge.csv", "audit.json");
        }
    }

    /** Every file under {@code dir} by relative path, with its SHA-256. */
    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
