package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.junit.jupiter.api.Test;

/** The replay presets load from the classpath (the jar) exactly as from {@code config/presets/}. */
class BundledPresetsTest {
    private static final Path PRESETS = Path.of("config", "presets");

    @Test
    void everyPresetFileIsBundledAndListed() throws IOException {
        try (var files = Files.list(PRESETS)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted())
                    .containsExactlyElementsOf(ReplayView.BUNDLED_PRESETS);
        }
    }

    @Test
    void bundledPresetsReadAsTheirFiles() throws IOException {
        for (String name : ReplayView.BUNDLED_PRESETS) {
            LoadResult<AlvhConfig> bundled = ReplayView.readBundled(name);
            assertThat(bundled.ok()).as(name + ": " + bundled.problems()).isTrue();
            assertThat(bundled.value()).isEqualTo(new org.alvh.io.config.ConfigReader().read(PRESETS.resolve(name))
                    .value());
        }
    }

    @Test
    void aMissingBundledPresetIsReportedNotThrown() {
        assertThat(ReplayView.readBundled("absent.json").errors()).hasSize(1);
    }
}
