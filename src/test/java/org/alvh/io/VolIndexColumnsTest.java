package org.alvh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.alvh.model.LoadResult;
import org.alvh.model.MarketHistory;
import org.alvh.model.Problem;
import org.alvh.model.Snapshot;
import org.junit.jupiter.api.Test;

/** The optional §8.2 columns of market.csv: {@code vix9d, vix3m, vix6m, vvix}, points, &gt; 0 when filled. */
class VolIndexColumnsTest {
    private final SnapshotReader reader = new SnapshotReader();

    /** The tiny snapshot with the given extra market.csv columns: {@code cells(row)} gives each row's cells. */
    private LoadResult<Snapshot> withColumns(String header, java.util.function.IntFunction<String> cells)
            throws IOException {
        Map<String, String> files = SnapshotReaderEdgeCaseTest.tiny();
        String[] lines = files.get("market.csv").split("\n");
        StringBuilder sb = new StringBuilder(lines[0].strip()).append(',').append(header).append('\n');
        for (int i = 1; i < lines.length; i++) {
            sb.append(lines[i].strip()).append(',').append(cells.apply(i + 1)).append('\n');
        }
        files.put("market.csv", sb.toString());
        return reader.read("tiny", SnapshotReaderEdgeCaseTest.bytes(files));
    }

    @Test
    void theColumnsAreReadInPointsWithEmptyCellsMissing() throws IOException {
        LoadResult<Snapshot> result = withColumns("VIX9D,vix3m,vvix",
                line -> (line == 3 ? "" : "9.5") + ",12.25," + (80 + line));

        assertThat(result.problems()).as(result.problems().toString()).isEmpty();
        MarketHistory m = result.value().market();
        assertThat(m.vix9d()[0]).isEqualTo(9.5);
        assertThat(m.vix9d()[1]).as("line 3 is empty").isNaN();
        assertThat(m.vix3m()[m.asOfIndex()]).isEqualTo(12.25);
        assertThat(m.vvix()[0]).isEqualTo(82);
        assertThat(m.vix6m()).as("absent column").isNull();
    }

    @Test
    void aValueMustBeAPositiveNumberAndEachBadCellIsReportedWhereItIs() throws IOException {
        LoadResult<Snapshot> result = withColumns("vix9d,vix3m,vix6m,vvix",
                line -> switch (line) {
                    case 2 -> "0,13,14,90";
                    case 4 -> "9,-1,14,90";
                    case 5 -> "9,13,abc,90";
                    case 6 -> "9,13,14,NaN";
                    default -> "9,13,14,90";
                });

        assertThat(result.value()).isNull();
        assertThat(result.errors()).extracting(Problem::file, Problem::line, Problem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple("market.csv", 2, 7),
                org.assertj.core.groups.Tuple.tuple("market.csv", 4, 8),
                org.assertj.core.groups.Tuple.tuple("market.csv", 5, 9),
                org.assertj.core.groups.Tuple.tuple("market.csv", 6, 10));
        assertThat(result.errors().get(0).message()).contains("vix9d", "from 0.01 to 1000");
    }
}
