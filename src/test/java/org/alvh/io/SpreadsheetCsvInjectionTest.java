package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Formula injection (METHOD.md §6.1): a text cell that a spreadsheet would read as a formula gets a leading
 * {@code '}, also when the cell has to be quoted; numbers stay numbers.
 */
class SpreadsheetCsvInjectionTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\") -> `\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "+1+1 -> '+1+1",
            "-2+3 -> '-2+3",
            "@SUM(A1:A2) -> '@SUM(A1:A2)",
            "=cmd|' /C calc'!A0 -> '=cmd|' /C calc'!A0",
            "=1,2 -> `\"'=1,2\"`",
            "AAPL -> AAPL",
            "a=b -> a=b",
    })
    void aFormulaLookingTextCellIsPrefixed(String text, String rendered) {
        assertThat(SpreadsheetCsv.render(SpreadsheetCsv.text(text.strip()))).isEqualTo(rendered.strip());
    }

    @ParameterizedTest(name = "control character {0}")
    @CsvSource({"9", "13"})
    void aTextCellStartingWithTabOrCarriageReturnIsPrefixed(int control) {
        String text = (char) control + "=1+1";

        String rendered = SpreadsheetCsv.render(SpreadsheetCsv.text(text));

        assertThat(unquote(rendered)).isEqualTo("'" + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-3, -3", "-0.5, -0.5", "1e21, 1000000000000000000000"})
    void numbersAreWrittenAsNumbersNeverPrefixed(double value, String rendered) {
        assertThat(SpreadsheetCsv.render(SpreadsheetCsv.num(value))).isEqualTo(rendered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"=1", "+1", "-1", "@1"})
    void aWholeRowNeutralisesEveryTextCell(String dangerous) {
        String line = new SpreadsheetCsv().row(List.of(SpreadsheetCsv.text(dangerous), SpreadsheetCsv.text("ok"),
                SpreadsheetCsv.text(dangerous))).toString();

        assertThat(line).isEqualTo("'" + dangerous + ",ok,'" + dangerous + "\r\n");
    }

    private static String unquote(String cell) {
        return cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    }
}
