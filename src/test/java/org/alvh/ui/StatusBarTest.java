package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;

/**
 * The status line keeps its height when the progress bar and Cancel appear: a change of height re-lays out
 * and repaints the whole window, which held the event thread for 35–57 ms when a large snapshot opened.
 */
class StatusBarTest {

    @Test
    void keepsItsHeightWhileBusy() throws Exception {
        List<Dimension> sizes = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            StatusBar bar = new StatusBar(() -> { });
            sizes.add(bar.getPreferredSize());
            bar.busy(true, true);
            sizes.add(bar.getPreferredSize());
            bar.busy(true, false);
            sizes.add(bar.getPreferredSize());
            bar.busy(false, false);
            sizes.add(bar.getPreferredSize());
        });
        assertThat(sizes).extracting(d -> d.height).containsOnly(sizes.get(0).height);
        assertThat(sizes.get(1).width).as("busy adds the progress bar and Cancel").isGreaterThan(sizes.get(0).width);
    }
}
