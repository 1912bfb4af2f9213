package org.alvh.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.alvh.io.HistoryReader;
import org.alvh.io.config.ConfigReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.History;
import org.alvh.model.PriceMatrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole replays of the golden small history (2017-06 .. 2018-06): the accounting identities of §10.3 and §10.4,
 * an engine failure on a rebalance date, cancellation and progress.
 */
class ReplayRunTest {
    private static final Path HISTORY = Path.of("src/test/resources/golden-replay/small-2018/history.zip");
    /** Sums of a few hundred USD amounts agree to this (round-off only). */
    private static final double USD = 1e-6;
    private static History history;
    private static AlvhConfig config;
    private static ReplayResult result;

    @BeforeAll
    static void replay() {
        history = new HistoryReader().read(HISTORY).value();
        config = ConfigReader.defaults();
        result = ReplayEngine.run(history, config, null, null, () -> false, ReplayListener.NONE);
    }

    /**
     * Equity = cash + marks: the cash implied by each row (equity − condor mark − layer marks) changes only on
     * dates with hedged trades, by exactly their cash flows (options and swaps: −quantity × multiplier × price −
     * cost; futures: −cost plus the variation on the contracts closed).
     */
    @Test
    void equityIsCashPlusMarksEveryDay() {
        double cash = config.backtest().capital();
        double[] futureEntry = new double[4];
        double[] futureQuantity = new double[4];
        int next = 0;
        List<Trade> trades = result.trades();
        for (DailyRow row : result.daily()) {
            for (; next < trades.size() && trades.get(next).date().equals(row.date()); next++) {
                Trade t = trades.get(next);
                if (t.run() != Run.HEDGED) {
                    continue;
                }
                StructureKind kind = t.structure().kind();
                if (!kind.isFuture()) {
                    cash += -t.quantity() * kind.multiplier() * t.price() - t.costUsd();
                    continue;
                }
                cash -= t.costUsd();
                int k = t.layer();
                double q = futureQuantity[k];
                if (q == 0 || Math.signum(t.quantity()) == Math.signum(q)) {
                    futureEntry[k] = (q * futureEntry[k] + t.quantity() * t.price()) / (q + t.quantity());
                } else {
                    cash += kind.multiplier() * (t.price() - futureEntry[k]) * -t.quantity();
                }
                futureQuantity[k] = q + t.quantity();
            }
            double marks = row.condorMarkUsd();
            for (DailyRow.LayerDay l : row.layers()) {
                marks += l.markUsd();
            }
            assertThat(row.hedgedEquity()).as("equity on %s", row.date()).isCloseTo(cash + marks, within(USD));
        }
    }

    /** The daily returns chain from the capital to the final equity; the P&L splits into condor and layers. */
    @Test
    void dailyChangesAddUpAndHedgedMinusUnhedgedIsTheHedgesPnl() {
        double capital = config.backtest().capital();
        RunSummary hedged = result.runs().get(Run.HEDGED);
        RunSummary unhedged = result.runs().get(Run.UNHEDGED);
        double sum = 0;
        double previous = capital;
        for (DailyRow row : result.daily()) {
            sum += row.hedgedEquity() - previous;
            previous = row.hedgedEquity();
        }
        assertThat(sum).isCloseTo(hedged.finalEquity() - capital, within(USD));
        double layers = hedged.layers().stream().mapToDouble(RunSummary.LayerSummary::pnlUsd).sum();
        assertThat(hedged.finalEquity() - unhedged.finalEquity()).isCloseTo(layers, within(USD));
        assertThat(unhedged.finalEquity() - capital).isCloseTo(unhedged.condorPnlUsd(), within(USD));
        assertThat(hedged.condorPnlUsd()).isCloseTo(unhedged.condorPnlUsd(), within(USD));
    }

    /**
     * Without any price from 2017-09-29 to 2017-10-05 no constituent is priced in the last 5 dates of the
     * rebalance date 2017-10-05: the engine fails there; the date is a warning, the hedges of 2017-09-28 are kept
     * untouched and the daily row has no β*.
     */
    @Test
    void anEngineFailureOnARebalanceDateKeepsTheHedges() {
        int from = history.market().indexOf(LocalDate.of(2017, 9, 29));
        int to = history.market().indexOf(LocalDate.of(2017, 10, 5));
        PriceMatrix p = history.prices();
        double[][] rows = new double[p.constituents()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = p.row(i).clone();
            java.util.Arrays.fill(rows[i], from, to + 1, Double.NaN);
        }
        History gap = new History(history.name(), "", history.capDate(), history.constituents(), history.market(),
                new PriceMatrix(rows, p.days()), history.events(), history.futures(), List.of());
        ReplayResult r = ReplayEngine.run(gap, config, null, LocalDate.of(2017, 10, 6), () -> false,
                ReplayListener.NONE);

        assertThat(r.warnings()).singleElement().asString().startsWith("2017-10-05: the engine failed");
        DailyRow oct5 = r.daily().stream().filter(d -> d.date().equals(LocalDate.of(2017, 10, 5))).findFirst()
                .orElseThrow();
        DailyRow sep28 = r.daily().get(0);
        assertThat(oct5.betaStar()).isNull();
        assertThat(oct5.engineWarning()).isNotNull();
        assertThat(oct5.layers()).extracting(DailyRow.LayerDay::quantity)
                .isEqualTo(sep28.layers().stream().map(DailyRow.LayerDay::quantity).toList());
        assertThat(r.trades()).noneMatch(t -> t.date().equals(LocalDate.of(2017, 10, 5)));
    }

    @Test
    void progressCountsEveryDateAndCancelStops() {
        List<Integer> done = new ArrayList<>();
        AtomicInteger total = new AtomicInteger();
        ReplayEngine.run(history, config, LocalDate.of(2018, 5, 1), null, () -> false, (d, n) -> {
            done.add(d);
            total.set(n);
        });
        assertThat(done).hasSize(total.get()).last().isEqualTo(total.get());

        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> ReplayEngine.run(history, config, null, null, () -> calls.incrementAndGet() > 10,
                ReplayListener.NONE)).isInstanceOf(ReplayCancelledException.class);
        assertThat(calls.get()).isEqualTo(11);
    }

    /** The same history and config give the same reports (deterministic), and the trades carry their reasons. */
    @Test
    void everyTradeHasAReason() {
        assertThat(result.trades()).allSatisfy(t -> assertThat(t.reason()).isNotBlank());
        assertThat(result.trades()).filteredOn(t -> t.date().equals(LocalDate.of(2017, 10, 19)) && t.layer() == 2
                && t.action() == TradeAction.CLOSE).singleElement()
                .extracting(Trade::reason).isEqualTo("rebalance: days left 27 < 30");
    }
}
