package org.alvh.calc;

/**
 * The market of T moved by a scenario (METHOD.md §9): {@code S' = S (1 + ΔS/100)},
 * {@code VIX' = max(VIX + ΔV, min(VIX, vixFloor))}, {@code ΔV_eff = VIX' − VIX}, and {@code h} days later.
 *
 * @param spot     S', index points
 * @param vix      VIX', points
 * @param vixShift ΔV_eff, points
 */
public record ShockedMarket(MarketState base, Scenario scenario, double spot, double vix, double vixShift) {

    /** The market of T under {@code s}, the VIX floored at {@code min(VIX, vixFloor)}. */
    public static ShockedMarket of(MarketState base, Scenario s, double vixFloor) {
        double spot = base.spot() * (1 + s.spxMove() / 100);
        double vix = Math.max(base.vix() + s.vixMove(), Math.min(base.vix(), vixFloor));
        return new ShockedMarket(base, s, spot, vix, vix - base.vix());
    }

    /** The market of T itself, {@code s = (0, 0, 0)}. */
    public static ShockedMarket origin(MarketState base) {
        return new ShockedMarket(base, Scenario.ORIGIN, base.spot(), base.vix(), 0);
    }

    /** h, whole calendar days after T. */
    public int days() {
        return scenario.days();
    }
}
