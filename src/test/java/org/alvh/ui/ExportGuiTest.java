package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alvh.io.HedgeSheet;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export Hedge Sheet writes the CLI's bytes, suggests hedge-sheet-ASOF.csv, and asks before replacing. */
class ExportGuiTest extends GuiTestSupport {

    @Test
    void exportsTheSameBytesAsTheCommandLineAndConfirmsOverwrite(@TempDir Path dir) throws IOException {
        byte[] expected = HedgeSheet.toCsv(engine());

        shortcut(KeyEvent.VK_E);
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("saveChooser").withTimeout(10_000)
                .using(robot);
        assertThat(chooser.target().getSelectedFile().getName()).isEqualTo("hedge-sheet-2018-02-05.csv");
        File target = dir.resolve("hedge-sheet-2018-02-05.csv").toFile();
        approve(chooser, target.toPath());
        awaitFile(target.toPath(), expected.length);
        assertThat(Files.readAllBytes(target.toPath())).isEqualTo(expected);

        Files.writeString(target.toPath(), "old");
        window.menuItemWithPath("File", "Export Hedge Sheet…").click();
        JFileChooserFixture again = JFileChooserFinder.findFileChooser("saveChooser").withTimeout(10_000)
                .using(robot);
        approve(again, target.toPath());
        answerOptionPane(org.assertj.swing.fixture.JOptionPaneFixture::yesButton,
                "hedge-sheet-2018-02-05.csv already exists.\nReplace it?");
        awaitFile(target.toPath(), expected.length);
        assertThat(Files.readAllBytes(target.toPath())).isEqualTo(expected);
    }

    @Test
    void exportsTheLayersChartAsPngAndSvg(@TempDir Path dir) {
        for (String format : new String[] {"png", "svg"}) {
            window.menuItemWithPath("File", "Export Chart as " + format.toUpperCase(java.util.Locale.ROOT) + "…")
                    .click();
            JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("saveChooser").withTimeout(10_000)
                    .using(robot);
            assertThat(chooser.target().getSelectedFile().getName()).as("the name the chart's own menu suggests")
                    .isEqualTo("layers-2018-02-05." + format);
            Path file = dir.resolve("layers." + format);
            approve(chooser, file);
            awaitFile(file, 100);
        }
        assertThat(dir.resolve("layers.svg")).content().contains("<svg", "Vega by layer");
    }

    private static void awaitFile(Path file, long minSize) {
        Pause.pause(new Condition(file + " to be written") {
            @Override
            public boolean test() {
                try {
                    return Files.exists(file) && Files.size(file) >= minSize;
                } catch (IOException e) {
                    return false;
                }
            }
        }, WAIT);
    }
}
