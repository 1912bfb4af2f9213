package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.alvh.calc.AlvhResult;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A snapshot with a bad number: every problem in one dialog, and the previous snapshot stays on screen. */
class BrokenSnapshotGuiTest extends GuiTestSupport {

    @Test
    void showsTheProblemsAndKeepsThePreviousSnapshot(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : files.toList()) {
                Files.copy(f, broken.resolve(f.getFileName()));
            }
        }
        List<String> market = Files.readAllLines(broken.resolve("market.csv"));
        String header = market.get(0);
        String[] cells = market.get(5).split(",", -1);
        int spx = List.of(header.split(",")).indexOf("spx_close");
        cells[spx] = "12x4.5";
        market.set(5, String.join(",", cells));
        Files.write(broken.resolve("market.csv"), market);
        String titleBefore = frame.getTitle();
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());

        GuiActionRunner.execute(() -> frame.open(broken));
        DialogFixture dialog = WindowFinder.findDialog("problemsDialog").withTimeout(20_000).using(robot);
        JTableFixture problems = dialog.table("problemsTable");
        assertThat(problems.rowCount()).isPositive();
        assertThat(java.util.Arrays.asList(problems.contents())).anySatisfy(row -> {
            assertThat(row[1]).isEqualTo("market.csv");
            assertThat(row[2]).isEqualTo("6");
            assertThat(row[3]).isEqualTo(String.valueOf(spx + 1));
        });
        screenshot("problems-dialog", dialog.target());
        pressInDialog(dialog.button("problemsClose"));

        assertThat(frame.getTitle()).isEqualTo(titleBefore);
        assertThat(GuiActionRunner.execute(() -> frame.result())).isSameAs(before);
        assertThat(window.table("hedgeSheetTable").rowCount()).isEqualTo(8);
    }
}
