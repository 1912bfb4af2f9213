package org.alvh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link MarketHistory#upTo(int)} is a view: the same arrays, a shorter size, its own as-of date. */
class MarketHistoryViewTest {
    private static final LocalDate D0 = LocalDate.of(2018, 1, 2);

    private static MarketHistory fiveDays() {
        LocalDate[] dates = {D0, D0.plusDays(1), D0.plusDays(2), D0.plusDays(6), D0.plusDays(7)};
        double[] spx = {2700, 2710, 2705, 2720, 2730};
        double[] vix = {10, 11, 12, 13, 14};
        double[] vix9d = {9, Double.NaN, 11, 12, 13};
        double[] vvix = {90, 91, 92, 93, 94};
        return new MarketHistory(dates, spx, vix, null, null, null, null, null, null, vix9d, null, null, vvix);
    }

    @Test
    void aViewSharesEveryArrayAndEndsAtItsLastIndex() {
        MarketHistory full = fiveDays();
        MarketHistory view = full.upTo(2);

        assertThat(view.size()).isEqualTo(3);
        assertThat(view.asOfIndex()).isEqualTo(2);
        assertThat(view.asOf()).isEqualTo(D0.plusDays(2));
        assertThat(view.dates()).isSameAs(full.dates());
        assertThat(view.spxClose()).isSameAs(full.spxClose());
        assertThat(view.vixClose()).isSameAs(full.vixClose());
        assertThat(view.vix9d()).isSameAs(full.vix9d());
        assertThat(view.vvix()).isSameAs(full.vvix());
        assertThat(view.vix3m()).isNull();
        assertThat(view.vix6m()).isNull();
        assertThat(view.advances()).isNull();
    }

    @Test
    void aViewOfAViewStillSharesTheArrays() {
        MarketHistory full = fiveDays();
        MarketHistory view = full.upTo(3).upTo(1);

        assertThat(view.size()).isEqualTo(2);
        assertThat(view.spxClose()).isSameAs(full.spxClose());
        assertThat(full.upTo(4)).isSameAs(full);
    }

    @Test
    void datesAfterTheViewAreNotPartOfIt() {
        MarketHistory view = fiveDays().upTo(2);

        assertThat(view.indexOf(D0.plusDays(2))).isEqualTo(2);
        assertThat(view.indexOf(D0.plusDays(6))).isEqualTo(-1);
        assertThat(view.lastIndexOnOrBefore(D0.plusDays(30))).isEqualTo(2);
        assertThatThrownBy(() -> view.date(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> view.upTo(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void lastIndexOnOrBeforeFindsTheMarketDateAtOrBeforeAnyDay() {
        MarketHistory full = fiveDays();

        assertThat(full.lastIndexOnOrBefore(D0.minusDays(1))).isEqualTo(-1);
        assertThat(full.lastIndexOnOrBefore(D0)).isEqualTo(0);
        assertThat(full.lastIndexOnOrBefore(D0.plusDays(4))).isEqualTo(2); // a weekend: the Friday before
        assertThat(full.lastIndexOnOrBefore(D0.plusDays(6))).isEqualTo(3);
        assertThat(full.indexOf(D0.plusDays(4))).isEqualTo(-1);
    }

    @Test
    void theVolIndexColumnsMustHaveOneValuePerDate() {
        LocalDate[] dates = {D0, D0.plusDays(1)};
        assertThatThrownBy(() -> new MarketHistory(dates, new double[] {1, 2}, new double[] {1, 2}, null, null, null,
                null, null, null, new double[] {1}, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vix9d");
    }
}
