package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.junit.jupiter.api.Test;

/** METHOD.md §9: which scenarios are run, in which order, with the default config. */
class ScenarioSetTest {
    private final AlvhConfig.Scenario settings = ConfigReader.defaults().scenario();

    @Test
    void horizonsAreDistinctAndAscending() {
        assertThat(ScenarioSet.horizons(settings, 39)).containsExactly(0, 7, 39);
        assertThat(ScenarioSet.horizons(settings, 7)).containsExactly(0, 7);
        assertThat(ScenarioSet.horizons(settings, 3)).containsExactly(0, 3, 7);
    }

    @Test
    void theGridRunsByDaysThenSpxThenVixInTheListedOrder() {
        List<Scenario> grid = ScenarioSet.grid(settings, List.of(0, 7, 39));
        assertThat(grid).hasSize(3 * 11 * 6);
        assertThat(grid.get(0)).isEqualTo(new Scenario(-20, -5, 0));
        assertThat(grid.get(1)).isEqualTo(new Scenario(-20, 0, 0));
        assertThat(grid.get(6)).isEqualTo(new Scenario(-15, -5, 0));
        assertThat(grid.get(66)).isEqualTo(new Scenario(-20, -5, 7));
        assertThat(grid.get(197)).isEqualTo(new Scenario(5, 35, 39));
    }

    @Test
    void theCoordinatedPathMovesTheVixAgainstSpxWithTwoSensitivities() {
        List<Scenario> path = ScenarioSet.coordinated(settings, 39);
        assertThat(path).hasSize(2 * 61);
        // −30 % → +1.75 × 30 = 52.5 points; +30 % → −1.0 × 30 = −30 points; 0 at 0
        assertThat(path.get(0)).isEqualTo(new Scenario(-30, 52.5, 0));
        assertThat(path.get(30)).isEqualTo(new Scenario(0, 0, 0));
        assertThat(path.get(60)).isEqualTo(new Scenario(30, -30, 0));
        assertThat(path.get(61)).isEqualTo(new Scenario(-30, 52.5, 39));
    }
}
