package org.alvh.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Number and date parsing of {@link CsvFormat}, independent of the default locale (surefire runs de_DE). */
class CsvFormatTest {

    @ParameterizedTest
    @CsvSource({"0,0", "1.5,1.5", "-2,-2", "+3.25,3.25", ".5,0.5", "2.,2", "1e3,1000", "1.5E-2,0.015",
            "23055953628,23055953628"})
    void acceptsDecimalNumbers(String text, double expected) {
        assertThat(CsvFormat.parseNumber(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,5", "NaN", "nan", "Infinity", "-Infinity", "inf", "1e999", "0x10", "1d", "1f",
            "1 000", "1.2.3", "e5", "1e", "-", ".", "12%"})
    void rejectsEverythingElse(String text) {
        assertThat(CsvFormat.parseNumber(text)).isNaN();
    }

    @ParameterizedTest
    @CsvSource({"2018-02-05,2018,2,5", "2016-02-29,2016,2,29"})
    void acceptsIsoDates(String text, int y, int m, int d) {
        assertThat(CsvFormat.parseDate(text)).isEqualTo(LocalDate.of(y, m, d));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-2-5", "05.02.2018", "2018/02/05", "2018-02-30", "2017-02-29", "20180205",
            "2018-02-05T00:00", "+2018-02-0", "2018-13-01"})
    void rejectsOtherDates(String text) {
        assertThat(CsvFormat.parseDate(text)).isNull();
    }
}
