package org.alvh.calc;

/**
 * One leg of a layer's structure: the position held (the structure's quantity × {@code ratio}) and, for an
 * option, its model quote at T.
 *
 * @param ratio the leg's units per unit of structure (a butterfly 1, −2, 1; a put spread −1, 1)
 * @param quote null for futures and swaps
 */
public record HedgeLeg(Position position, double ratio, LegQuote quote) {
}
