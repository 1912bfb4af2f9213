package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit's informative {@code layers[k].detail}, for layers that hold legs and for one that cannot. */
class LayerDetailTest {
    private static final UnitInputs INPUTS = new UnitInputs(45, 18.5, 0.55, 0.9, 1.1, null, null, 100, null);

    @Test
    void aLayerPricedButUnavailableKeepsItsInputsAndShowsNoQuotes() {
        // the unit was priced but its VEV per unit was not positive: inputs known, no legs held (found by
        // InputRangePropertyTest with a drawn snapshot; the detail used to read the first leg of an empty list)
        LayerResult layer = new LayerResult(2, HedgeStructure.VIX_CALL, LocalDate.of(2018, 3, 21), List.of(20.0),
                null, 0.0, 0.0, List.of(), INPUTS, "the VEV of one unit is not positive", 0.4, true, 1000, 0, 0, 0,
                new Rationale(List.of()));

        Map<String, Object> detail = LayerDetail.of(layer);

        assertThat(detail).containsEntry("days", 45).containsEntry("future", 18.5).doesNotContainKey("deltaF")
                .doesNotContainKey("d1");
    }
}
