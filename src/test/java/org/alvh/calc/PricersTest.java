package org.alvh.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.alvh.model.AlvhConfig;
import org.alvh.model.Right;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The §8.1 / §9 pricers: expected values worked out by hand from METHOD.md's formulas, identities (zero P&L
 * at the origin, P&L per VIX point tending to VEV) and finite differences.
 */
class PricersTest {
    /** Hand-computed dollar values. */
    private static final double USD = 1e-9;
    /** P&L per VIX point against VEV for a move of {@link #SMALL_MOVE} points, relative. */
    private static final double VEV_RELATIVE = 2e-3;
    private static final double SMALL_MOVE = 0.01;
    /** Central differences of a price in time, relative. */
    private static final double THETA_RELATIVE = 1e-5;

    private static final LocalDate T = LocalDate.of(2018, 2, 5);
    /** 30 days after T: b(30) = 0.55 and s(30) = 1 exactly. */
    private static final LocalDate D30 = LocalDate.of(2018, 3, 7);
    private static final double SPOT = 2650;
    private static final double VIX = 20;
    private static final double F30 = 22;

    static MarketState market() {
        Map<Integer, Double> beta = new TreeMap<>(Map.of(0, 1.0, 30, 0.55, 60, 0.42, 90, 0.35, 120, 0.30, 180, 0.25));
        VolScaling scaling = new VolScaling(new AlvhConfig.VolBeta(0.5, 3.0, new TreeMap<>(beta)));
        return new MarketState(T, SPOT, VIX, 0.02, 0.015, Map.of(D30, F30), scaling);
    }

    private static double pnl(Position p, Scenario s, double floor) {
        MarketState m = market();
        return p.valueUsd(ShockedMarket.of(m, s, floor)) - p.valueUsd(ShockedMarket.origin(m));
    }

    private static Position[] oneOfEachKind() {
        return new Position[] {
            new Position(new SpxOption(Right.PUT, 2500, D30, 0.22), -3),
            new Position(new SpxOption(Right.CALL, 2800, D30, 0.15), 2),
            new Position(new VixFutureContract(D30, VixFutureContract.Size.VX), 2),
            new Position(new VixFutureContract(D30, VixFutureContract.Size.VXM), -5),
            new Position(new VixOption(Right.CALL, 25, D30, 0.9), 7),
            new Position(new VarianceSwap(T, 30, 20), 1000),
        };
    }

    @Test
    void everyKindHasZeroPnlAtTheOrigin() {
        for (Position p : oneOfEachKind()) {
            assertThat(pnl(p, Scenario.ORIGIN, 9)).as(p.toString()).isZero();
        }
    }

    @Test
    void pnlPerVixPointTendsToVevForEveryKind() {
        for (Position p : oneOfEachKind()) {
            double vev = p.greeks(market()).vev();
            double perPoint = pnl(p, new Scenario(0, SMALL_MOVE, 0), 9) / SMALL_MOVE;
            assertThat(perPoint).as(p.toString()).isCloseTo(vev, within(Math.abs(vev) * VEV_RELATIVE));
        }
    }

    @ParameterizedTest(name = "h = {0}: F'' = {1}")
    @CsvSource({
        // h = 0: F + b(D) ΔV = 22 + 0.55 × 10
        "0, 27.5",
        // half way: VIX' + (F − VIX + (b − 1) ΔV) × (D − h)/D = 30 + (2 − 4.5) × 0.5
        "15, 28.75",
        // h = D and after: settled at VIX' = 30
        "30, 30",
        "45, 30",
    })
    void theFuturesBasisDecaysLinearlyToSettlementAtVixPrime(int h, double expected) {
        Position vx = new Position(new VixFutureContract(D30, VixFutureContract.Size.VX), 1);
        assertThat(VixFuturePricer.shockedFuture(D30, ShockedMarket.of(market(), new Scenario(0, 10, h), 9)))
                .isCloseTo(expected, within(USD));
        assertThat(pnl(vx, new Scenario(0, 10, h), 9)).isCloseTo(1000 * (expected - F30), within(USD));
    }

    @Test
    void theVixIsFlooredAtTheLowerOfItselfAndTheFloor() {
        assertThat(ShockedMarket.of(market(), new Scenario(0, -15, 0), 9).vix()).isEqualTo(9.0);
        assertThat(ShockedMarket.of(market(), new Scenario(0, -15, 0), 9).vixShift()).isEqualTo(-11.0);
        MarketState low = new MarketState(T, SPOT, 8, 0.02, 0.015, Map.of(D30, F30), market().scaling());
        assertThat(ShockedMarket.of(low, new Scenario(0, -5, 0), 9).vixShift()).isZero();
    }

    @Test
    void anSpxOptionAtOrAfterItsExpiryIsWorthItsIntrinsicValueAtTheMovedSpot() {
        // S' = 2650 × 0.9 = 2385: the 2500 put is worth 115 points, 11,500 USD a contract; the 2800 call 0
        ShockedMarket m = ShockedMarket.of(market(), new Scenario(-10, 20, 30), 9);
        assertThat(new SpxOption(Right.PUT, 2500, D30, 0.22).unitValueUsd(m)).isCloseTo(11_500, within(USD));
        assertThat(new SpxOption(Right.CALL, 2800, D30, 0.15).unitValueUsd(m)).isZero();
    }

    @Test
    void aVixOptionAtItsExpiryIsWorthItsIntrinsicValueOnTheSettlement() {
        // settled at VIX' = 20 + 10 = 30: the 25 call is worth 5 points, 500 USD a contract
        ShockedMarket m = ShockedMarket.of(market(), new Scenario(0, 10, 30), 9);
        assertThat(new VixOption(Right.CALL, 25, D30, 0.9).unitValueUsd(m)).isCloseTo(500, within(USD));
    }

    @Test
    void theVarianceSwapIsConvexInTheVix() {
        // K = 20, s(30) = 1: +10 → (30² − 20²)/(2·20) = 12.5 per USD; −10 → (10² − 20²)/40 = −7.5
        Position swap = new Position(new VarianceSwap(T, 30, 20), 1000);
        assertThat(pnl(swap, new Scenario(0, 10, 0), 9)).isCloseTo(12_500, within(USD));
        assertThat(pnl(swap, new Scenario(0, -10, 0), 9)).isCloseTo(-7_500, within(USD));
        assertThat(pnl(swap, new Scenario(0, 10, 0), 9) + pnl(swap, new Scenario(0, -10, 0), 9)).isPositive();
        // σ' floored at 0: a fall of 25 points (VIX floor 0 here) loses at most K/2 per USD
        assertThat(pnl(swap, new Scenario(0, -25, 0), 0)).isCloseTo(-10_000, within(USD));
    }

    @Test
    void theVixFutureThetaIsItsRollDown() {
        // −m (F − VIX)/D = −1000 × 2/30 per contract per day
        Greeks g = new VixFutureContract(D30, VixFutureContract.Size.VX).unitGreeks(market());
        assertThat(g.thetaPerDay()).isCloseTo(-2000.0 / 30, within(USD));
        assertThat(g.vev()).isCloseTo(550, within(USD));
        assertThat(g.delta()).isZero();
        assertThat(g.gamma()).isZero();
    }

    @ParameterizedTest(name = "{0} K={1} σ={2} τ={3}")
    @CsvSource({"CALL, 2700, 0.18, 0.12", "PUT, 2500, 0.25, 0.5", "CALL, 2400, 0.6, 0.05", "PUT, 2900, 0.1, 1.0"})
    void bsmThetaAgreesWithAFiniteDifferenceInTime(Right right, double k, double sigma, double tau) {
        double eps = 1e-5;
        double r = 0.02;
        double q = 0.015;
        double fd = -(BlackScholes.price(right, SPOT, k, r, q, sigma, tau + eps)
                - BlackScholes.price(right, SPOT, k, r, q, sigma, tau - eps)) / (2 * eps);
        double annual = BlackScholes.greeks(right, SPOT, k, r, q, sigma, tau).thetaAnnual();
        assertThat(annual).isCloseTo(fd, within(Math.abs(fd) * THETA_RELATIVE));
    }

    @ParameterizedTest(name = "{0} F={1} K={2} σ={3} τ={4}")
    @CsvSource({"CALL, 22, 25, 0.9, 0.12", "CALL, 37.32, 39, 1.46, 0.12", "PUT, 15, 14, 0.7, 0.3",
        "CALL, 11.03, 12, 0.84, 0.093"})
    void black76ThetaAgreesWithAFiniteDifferenceInTime(Right right, double f, double k, double sigma, double tau) {
        double eps = 1e-5;
        double r = 0.02;
        double fd = -(Black76.price(right, f, k, r, sigma, tau + eps) - Black76.price(right, f, k, r, sigma, tau - eps))
                / (2 * eps);
        double annual = Black76.greeks(right, f, k, r, sigma, tau).theta() * 365;
        assertThat(annual).isCloseTo(fd, within(Math.abs(fd) * THETA_RELATIVE));
    }

    @Test
    void optionGreeksOfAPositionAreTheContractsTimesOneHundredTimesThePerShareGreeks() {
        SpxOption put = new SpxOption(Right.PUT, 2500, D30, 0.22);
        BlackScholes.Greeks g = BlackScholes.greeks(Right.PUT, SPOT, 2500, 0.02, 0.015, 0.22, 30 / 365.0);
        Greeks p = new Position(put, -3).greeks(market());
        assertThat(p.delta()).isCloseTo(-300 * g.delta(), within(USD));
        assertThat(p.gamma()).isCloseTo(-300 * g.gamma(), within(USD));
        assertThat(p.vev()).isCloseTo(-300 * g.vega(), within(USD)); // s(30) = 1
        assertThat(p.thetaPerDay()).isCloseTo(-300 * g.thetaAnnual() / 365, within(USD));
    }
}
