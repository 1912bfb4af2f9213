package org.alvh.calc;

/**
 * One constituent as the weighted-beta calculation saw it at T (for the constituents view).
 *
 * @param beta         {@code beta_i(T)}, null when missing
 * @param betaSource   "regression", "column" or null
 * @param capAtT       {@code cap_i(T)} (USD)
 * @param weight       basket weight at T, null when not weighted
 * @param contribution {@code w_i(T) beta_i(T)}, null when not weighted
 */
public record ConstituentBeta(String ticker, String name, String sector, double floatMarketCap, Double beta,
                              String betaSource, boolean eligible, boolean inBasket, Double weight,
                              Double contribution) {
}
