package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alvh.model.AlvhConfig;
import org.junit.jupiter.api.Test;

/** A layer's rationale is typed data, written out in the product's own words (true / false / unavailable). */
class RationaleTest {

    @Test
    void flagsReadTrueFalseOrUnavailable() {
        Rationale r = new Rationale(List.of(new Rationale.LayerThreeRatio(0.3125, true, null),
                new Rationale.TailTrigger(AlvhConfig.Trigger.ZSCORE, 1.2971, 1.4, false)));
        assertThat(r.text()).isEqualTo("r3 = 0.312500 (A/D breakdown true, REER spike unavailable); trigger zscore:"
                + " z 1.2971 < 1.4; tail trigger does not hold");
    }

    @Test
    void wholeNumbersHaveNoFractionAndRatiosTheirDecimals() {
        Rationale r = new Rationale(List.of(new Rationale.LayerTwoRatio(0.4, 1.020788, 1.0)));
        assertThat(r.text()).isEqualTo("r2 = 0.4 x L 1.020788 x R 1");
        Rationale level = new Rationale(List.of(new Rationale.TailTrigger(AlvhConfig.Trigger.LEVEL, 1.12141, 1.0,
                true)));
        assertThat(level.text()).isEqualTo("trigger level: beta* 1.1214 >= 1");
    }

    @Test
    void anUnavailableShiftScoreSaysSoAndTheReasonsFollowInOrder() {
        Rationale r = new Rationale(List.of(new Rationale.TailTrigger(AlvhConfig.Trigger.ZSCORE, null, 1.4, false)))
                .with(new Rationale.NotShortVega()).with(new Rationale.Unavailable("no VIX future"));
        assertThat(r.text()).isEqualTo("trigger zscore: z unavailable (shift sd is 0); tail trigger does not hold;"
                + " condor is not short vega (H = 0): no hedge; unavailable: no VIX future");
        assertThat(r.text()).doesNotContain("True", "False", "None");
    }
}
