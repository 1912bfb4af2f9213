package org.alvh.calc;

import org.alvh.model.Right;

/** An option's value at expiry (METHOD.md §8.1): its intrinsic value on the underlying's final level. */
final class OptionPayoff {
    private OptionPayoff() {
    }

    /** {@code max(S − K, 0)} for a call, {@code max(K − S, 0)} for a put, per share (or per point). */
    static double intrinsic(Right right, double underlying, double strike) {
        return right == Right.CALL ? Math.max(0, underlying - strike) : Math.max(0, strike - underlying);
    }
}
