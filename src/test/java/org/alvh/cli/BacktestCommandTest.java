package org.alvh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backtest}: dates, bad input, the printed summary, deterministic reports. */
class BacktestCommandTest {
    private static final String HISTORY = "src/test/resources/golden-replay/small-2018/history.zip";

    @TempDir
    Path tmp;

    private record Outcome(int exit, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AlvhCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(exit, out.toString(), err.toString());
    }

    @Test
    void fromAndToBoundTheRowsAndTheReportsAreDeterministic() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Outcome first = run("backtest", HISTORY, "--from", "2018-01-02", "--to", "2018-03-29", "--out", a.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("hedged", "unhedged", "total return", "max drawdown", "layer 1  P&L");
        assertThat(run("backtest", HISTORY, "--from", "2018-01-02", "--to", "2018-03-29", "--out", b.toString(), "-q")
                .out()).isEmpty();
        for (String file : List.of("daily.csv", "trades.csv", "summary.json")) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
        JsonNode summary = new ObjectMapper().readTree(a.resolve("summary.json").toFile());
        assertThat(summary.get("from").asText()).isEqualTo("2018-01-02");
        assertThat(summary.get("to").asText()).isEqualTo("2018-03-29");
        assertThat(summary.get("firstEntry").asText()).isEqualTo("2018-01-02");
        assertThat(summary.get("lastDate").asText()).isEqualTo("2018-03-29");
        List<String> daily = Files.readAllLines(a.resolve("daily.csv"));
        assertThat(daily.get(1)).startsWith("2018-01-02,");
        assertThat(daily.get(daily.size() - 1)).startsWith("2018-03-29,");
    }

    @Test
    void aBadDateAndAMissingHistoryAreBadInputTogether() {
        Outcome o = run("backtest", tmp.resolve("nowhere.zip").toString(), "--from", "2018-13-01", "--out",
                tmp.resolve("x").toString());
        assertThat(o.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(o.err()).contains("--from must be a date yyyy-MM-dd", "nowhere.zip");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void toBeforeFromIsBadInput() {
        Outcome o = run("backtest", HISTORY, "--from", "2018-03-01", "--to", "2018-02-01", "--out",
                tmp.resolve("x").toString());
        assertThat(o.exit()).isEqualTo(AlvhCommand.BAD_INPUT);
        assertThat(o.err()).contains("--to 2018-02-01 is before --from 2018-03-01");
    }

    @Test
    void outIsRequired() {
        assertThat(run("backtest", HISTORY).exit()).isEqualTo(AlvhCommand.BAD_INPUT);
    }
}
