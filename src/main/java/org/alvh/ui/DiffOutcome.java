package org.alvh.ui;

import org.alvh.calc.AlvhResult;
import org.alvh.whatif.Attribution;
import org.alvh.whatif.ResultDiff;

/**
 * A finished comparison for the Diff view: the two results, named as the user chose them, the changed figures
 * and the attribution.
 *
 * @param labelA e.g. {@code spx-2017-06-15-calm, current parameters}
 */
record DiffOutcome(String labelA, String labelB, AlvhResult a, AlvhResult b, ResultDiff diff,
                   Attribution attribution) {
}
