package org.alvh.io.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.junit.jupiter.api.Test;

/** The replay presets in {@code config/presets/} load as partial configs with the programs the issue names. */
class PresetsTest {

    @Test
    void defaultProgram() {
        AlvhConfig.Backtest b = load("default-program.json").backtest();
        assertThat(b.entryDays()).isEqualTo(45);
        assertThat(b.shortDelta()).isEqualTo(0.16);
        assertThat(b.wingWidth()).isEqualTo(50);
        assertThat(b.longDelta()).isZero();
        assertThat(b.exitDays()).isEqualTo(21);
        assertThat(b.takeProfit()).isEqualTo(0.5);
        assertThat(load("default-program.json")).isEqualTo(ConfigReader.defaults());
    }

    /** Next monthly, 20-delta shorts, 5-delta longs, held to expiry: the golden CNDR-like case's config. */
    @Test
    void cndrLike() {
        AlvhConfig preset = load("cndr-like.json");
        assertThat(preset.backtest().shortDelta()).isEqualTo(0.2);
        assertThat(preset.backtest().longDelta()).isEqualTo(0.05);
        assertThat(preset.backtest().exitDays()).isZero();
        assertThat(preset.backtest().takeProfit()).isZero();
        assertThat(preset.backtest().stopLoss()).isZero();
        AlvhConfig golden = new ConfigReader().read(Path.of("src/test/resources/golden-replay/small-2018-cndr/config.json"))
                .value();
        assertThat(preset).isEqualTo(golden);
    }

    private static AlvhConfig load(String name) {
        LoadResult<AlvhConfig> r = new ConfigReader().read(Path.of("config/presets").resolve(name));
        assertThat(r.errors()).isEmpty();
        return r.value();
    }
}
