package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;


import org.alvh.calc.AlvhResult;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/**
 * Loading in the window. A long load shows Cancel; clicking it stops the reader (through its progress), says
 * so in the status line and leaves the previous snapshot and its result on screen. The reader here waits until
 * it is cancelled, so the test never races a real read. A load that runs out of memory says what to do and
 * keeps the snapshot.
 */
class LoadingGuiTest extends GuiTestSupport {

    @Test
    void cancelStopsTheReaderAndKeepsThePreviousSnapshot() throws InterruptedException {
        GuiActionRunner.execute(() -> frame.setBounds(0, 0, 1200, 720)); // the status line on screen
        robot.waitForIdle();
        String titleBefore = frame.getTitle();
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        EndlessReader reader = new EndlessReader();

        GuiActionRunner.execute(() -> frame.open(new SnapshotLoader.Source("endless", null), reader));
        javax.swing.JButton cancel = window.button("statusCancel").requireVisible().target();
        assertThat(reader.awaitReading()).isTrue();
        assertThat(window.label("statusMessage").text()).startsWith("Opening endless");

        clickUntil(window.button("statusCancel"), reader::stopped);

        assertThat(reader.awaitStopped()).as("the reader saw the cancel").isTrue();
        robot.waitForIdle();
        window.label("statusMessage").requireText("Opening endless cancelled");
        assertThat(GuiActionRunner.execute(cancel::isVisible)).as("Cancel hidden again").isFalse();
        assertThat(GuiActionRunner.execute(() -> frame.isBusy())).isFalse();
        assertThat(frame.getTitle()).isEqualTo(titleBefore);
        assertThat(GuiActionRunner.execute(() -> frame.result())).isSameAs(before);
    }

    @Test
    void outOfMemorySaysToRaiseTheHeapAndKeepsThePreviousSnapshot() {
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());

        GuiActionRunner.execute(() -> frame.open(new SnapshotLoader.Source("huge", null), progress -> {
            throw new OutOfMemoryError("Java heap space");
        }));

        org.assertj.swing.fixture.DialogFixture dialog = org.assertj.swing.finder.WindowFinder
                .findDialog("errorDialog").withTimeout(20_000).using(robot);
        dialog.requireVisible();
        assertThat(dialog.target().getTitle()).isEqualTo("Not enough memory");
        assertThat(dialog.textBox("errorMessage").text()).contains("opening huge", "-Xmx4g",
                "The data on screen is unchanged.");
        pressInDialog(dialog.button("errorOk"));
        assertThat(GuiActionRunner.execute(() -> frame.result())).isSameAs(before);
    }
}
