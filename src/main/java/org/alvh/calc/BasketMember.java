package org.alvh.calc;

/** A basket member weighted at T: {@code w_i(T)} and {@code beta_i(T)}. */
public record BasketMember(String ticker, double weight, double beta) {
}
