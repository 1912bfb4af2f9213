package org.alvh.ui;

import org.alvh.calc.AlvhResult;
import org.alvh.whatif.Sensitivity;

/** A finished sensitivity for the Sensitivity view: the base result it was computed around, and the bumps. */
record SensitivityOutcome(AlvhResult base, Sensitivity sensitivity) {
}
