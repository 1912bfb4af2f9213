package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** Split panes never leave a side hidden behind a divider at the edge, and fit a table's width on request. */
class SplitsTest {
    private static UiPrefs prefs() {
        return new UiPrefs(Preferences.userRoot().node("/org/alvh/workstation-test/SplitsTest-" + System.nanoTime()));
    }

    @Test
    void aSideSqueezedToNothingIsGivenBackItsShareOnTheNextResize() throws Exception {
        JSplitPane[] split = new JSplitPane[1];
        SwingUtilities.invokeAndWait(() -> {
            split[0] = Splits.create("t", JSplitPane.HORIZONTAL_SPLIT, new JPanel(), new JPanel(), 0.5, prefs());
            split[0].setSize(1000, 400);
            split[0].doLayout();
        });
        SwingUtilities.invokeAndWait(() -> { }); // the first resize: its proportional location
        SwingUtilities.invokeAndWait(() -> { });
        SwingUtilities.invokeAndWait(() -> {
            split[0].setDividerLocation(995); // e.g. a location taken while the pane was far wider
            split[0].setSize(1001, 400);
        });
        // the resize event, then the location the listener sets later on the event thread
        SwingUtilities.invokeAndWait(() -> { });
        SwingUtilities.invokeAndWait(() -> { });

        int location = split[0].getDividerLocation();
        assertThat(location).isBetween(400, 600);
    }

    @Test
    void ensureWidthGivesTheSecondSideItsWidthAndLeavesTheFirstItsMinimum() throws Exception {
        JSplitPane[] split = new JSplitPane[1];
        SwingUtilities.invokeAndWait(() -> {
            split[0] = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JPanel(), new JPanel());
            split[0].setSize(1000 + split[0].getDividerSize(), 400);
            split[0].setDividerLocation(600);
            Splits.ensureWidth(split[0], Splits.Side.SECOND, 500, 420);
        });
        assertThat(split[0].getDividerLocation()).isEqualTo(500); // 1000 - 500

        SwingUtilities.invokeAndWait(() -> Splits.ensureWidth(split[0], Splits.Side.SECOND, 700, 420));
        assertThat(split[0].getDividerLocation()).isEqualTo(420); // the first side keeps 420

        SwingUtilities.invokeAndWait(() -> Splits.ensureWidth(split[0], Splits.Side.SECOND, 100, 420));
        assertThat(split[0].getDividerLocation()).isEqualTo(420); // never narrows the side it fits
    }
}
