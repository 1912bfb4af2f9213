package org.alvh.replay;

/** The replay's one number format for reasons: whole values without a fraction ("14"), others shortest ("0.1"). */
final class ReplayText {
    private ReplayText() {
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
