package org.alvh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link PriceMatrix#upTo(int)} and {@link PriceMatrix#select(int[])} share the rows; nothing is copied. */
class PriceMatrixViewTest {
    private static final double NAN = Double.NaN;

    private static PriceMatrix threeByFour() {
        return new PriceMatrix(new double[][] {
                {10, 11, 12, 13},
                {NAN, NAN, NAN, 50}, // listed on the last date only
                {20, NAN, 22, NAN}}, 4);
    }

    @Test
    void upToSharesTheRowsAndLimitsTheDays() {
        PriceMatrix full = threeByFour();
        PriceMatrix view = full.upTo(3);

        assertThat(view.days()).isEqualTo(3);
        assertThat(view.constituents()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(view.row(i)).isSameAs(full.row(i));
        }
        assertThat(view.close(0, 2)).isEqualTo(12);
        assertThatThrownBy(() -> view.close(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(full.upTo(4)).isSameAs(full);
    }

    @Test
    void hasPricesLooksOnlyAtTheViewsDays() {
        PriceMatrix full = threeByFour();

        assertThat(full.hasPrices(1)).isTrue();
        assertThat(full.upTo(3).hasPrices(1)).isFalse();
        assertThat(full.upTo(1).hasPrices(2)).isTrue();
    }

    @Test
    void selectPicksRowsByIndexInTheGivenOrderWithoutCopyingThem() {
        PriceMatrix full = threeByFour();
        PriceMatrix picked = full.upTo(2).select(new int[] {2, 0});

        assertThat(picked.constituents()).isEqualTo(2);
        assertThat(picked.days()).isEqualTo(2);
        assertThat(picked.row(0)).isSameAs(full.row(2));
        assertThat(picked.row(1)).isSameAs(full.row(0));
        assertThatThrownBy(() -> full.select(new int[] {3})).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rowsMayBeLongerThanTheDaysButNotShorter() {
        assertThat(new PriceMatrix(new double[][] {{1, 2, 3}}, 2).days()).isEqualTo(2);
        assertThatThrownBy(() -> new PriceMatrix(new double[][] {{1}}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
    }
}
