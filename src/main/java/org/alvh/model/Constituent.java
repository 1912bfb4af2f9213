package org.alvh.model;

import java.util.Objects;

/**
 * A row of {@code constituents.csv}. Optional numbers are null when the cell is empty or the column absent.
 *
 * @param line           line in constituents.csv (for messages)
 * @param floatMarketCap USD, &gt; 0
 * @param impliedVol     decimal (0.25)
 * @param wacc           decimal (0.08)
 */
public record Constituent(int line, String ticker, String name, String sector, double floatMarketCap,
                          Double beta, Double impliedVol, Double pe, Double pcf, Double quickRatio, Double wacc) {

    public Constituent {
        Objects.requireNonNull(ticker, "ticker");
        Objects.requireNonNull(sector, "sector");
        if (!(floatMarketCap > 0) || Double.isInfinite(floatMarketCap)) {
            throw new IllegalArgumentException("float_market_cap must be > 0 and finite, got " + floatMarketCap);
        }
        name = name == null ? "" : name;
    }
}
