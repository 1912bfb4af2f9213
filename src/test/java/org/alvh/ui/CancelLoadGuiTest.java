package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.alvh.calc.AlvhResult;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.Test;

/**
 * A long load shows Cancel; clicking it stops the reader (through its progress), says so in the status line,
 * and leaves the previous snapshot and its result on screen. The reader here waits until it is cancelled, so
 * the test never races a real read.
 */
class CancelLoadGuiTest extends GuiTestSupport {

    @Test
    void cancelStopsTheReaderAndKeepsThePreviousSnapshot() throws InterruptedException {
        GuiActionRunner.execute(() -> frame.setBounds(0, 0, 1200, 720)); // the status line on screen
        robot.waitForIdle();
        String titleBefore = frame.getTitle();
        AlvhResult before = GuiActionRunner.execute(() -> frame.result());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicLong spins = new AtomicLong();

        GuiActionRunner.execute(() -> frame.open(new SnapshotLoader.Source("endless", null), progress -> {
            while (!progress.isCancelled()) {
                spins.incrementAndGet();
                Thread.onSpinWait();
            }
            stopped.countDown();
            return null;
        }));
        javax.swing.JButton cancel = window.button("statusCancel").requireVisible().target();
        Pause.pause(new Condition("the reader to run") {
            @Override
            public boolean test() {
                return spins.get() > 0;
            }
        }, WAIT);
        assertThat(window.label("statusMessage").text()).startsWith("Opening endless");

        window.button("statusCancel").click();

        assertThat(stopped.await(30, TimeUnit.SECONDS)).as("the reader saw the cancel").isTrue();
        robot.waitForIdle();
        window.label("statusMessage").requireText("Opening endless cancelled");
        assertThat(GuiActionRunner.execute(cancel::isVisible)).as("Cancel hidden again").isFalse();
        assertThat(GuiActionRunner.execute(() -> frame.isBusy())).isFalse();
        assertThat(frame.getTitle()).isEqualTo(titleBefore);
        assertThat(GuiActionRunner.execute(() -> frame.result())).isSameAs(before);
    }
}
