package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.alvh.calc.AlvhEngine;
import org.alvh.calc.AlvhResult;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.SnapshotReader;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.alvh.model.Snapshot;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the {@code *GuiTest} classes: a real window driven by AssertJ Swing's robot, on the bundled sample,
 * with its own preferences node. Skipped only when the JVM is headless (CI runs them under Xvfb).
 */
@ExtendWith(ThreadDumpOnFailure.class)
abstract class GuiTestSupport {
    static final Path SAMPLE = Path.of("sample-data", "spx-2018-02-05");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Timeout WAIT = Timeout.timeout(30_000);
    private static final AtomicLong RUN = new AtomicLong(System.nanoTime());

    Robot robot;
    FrameFixture window;
    MainFrame frame;
    UiPrefs prefs;
    /** The JVM-wide handler before {@link App#create} replaced it with one that shows a modal dialog. */
    private Thread.UncaughtExceptionHandler handlerBefore;

    @BeforeAll
    static void requireDisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: GUI tests need X (CI runs them under xvfb-run)");
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void openWindow(TestInfo info) {
        disposeWindowsLeftOpen(info);
        handlerBefore = Thread.getDefaultUncaughtExceptionHandler();
        System.setProperty(UiPrefs.NODE_PROPERTY, "/org/alvh/workstation-test/" + getClass().getSimpleName() + "-"
                + RUN.incrementAndGet());
        prefs = UiPrefs.fromSystemProperty();
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        robot.settings().timeoutToFindPopup(10_000);
        robot.settings().timeoutToBeVisible(10_000);
        frame = GuiActionRunner.execute(() -> App.create(prefs));
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1280, 800));
        GuiActionRunner.execute(() -> frame.openBundledSample());
        awaitResult();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.cleanUp();
        }
        // a failed test may leave a modal dialog open: close every window so the next test starts clean
        GuiActionRunner.execute(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                w.dispose();
            }
        });
        if (prefs != null) {
            prefs.removeAll();
        }
        GuiActionRunner.execute(() -> Theme.LIGHT.install());
        // App.create installs a JVM-wide handler that shows an "Unexpected error" dialog: outside this test
        // it would turn an exception on the EDT in a later, windowless test into a modal dialog that blocks
        // the input of every window after it
        Thread.setDefaultUncaughtExceptionHandler(handlerBefore);
    }

    /**
     * Closes any window an earlier test (one without this clean-up) left showing, and says so on stderr: a
     * modal dialog left open takes the input of the new window, so no menu, key or click would reach it.
     */
    private static void disposeWindowsLeftOpen(TestInfo info) {
        GuiActionRunner.execute(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w.isShowing()) {
                    System.err.println("GuiTestSupport: before " + info.getDisplayName() + ", closing a window an "
                            + "earlier test left open: " + w.getClass().getName() + " \""
                            + (w instanceof java.awt.Dialog d ? d.getTitle() : w.getName()) + "\"");
                }
                w.dispose();
            }
        });
    }

    /** Presses Ctrl (the menu shortcut key) with {@code key}. */
    void shortcut(int key) {
        window.focus();
        robot.pressKey(java.awt.event.KeyEvent.VK_CONTROL);
        try {
            robot.pressAndReleaseKey(key);
        } finally {
            robot.releaseKey(java.awt.event.KeyEvent.VK_CONTROL);
        }
        robot.waitForIdle();
    }

    /** Answers the option pane that is (or is about to be) showing with {@code button}; see {@link #pressInDialog}. */
    void answerOptionPane(java.util.function.Function<org.assertj.swing.fixture.JOptionPaneFixture,
            org.assertj.swing.fixture.JButtonFixture> button, String expectedMessage) {
        org.assertj.swing.fixture.JOptionPaneFixture pane = org.assertj.swing.finder.JOptionPaneFinder.findOptionPane()
                .withTimeout(10_000).using(robot);
        if (expectedMessage != null) {
            pane.requireMessage(expectedMessage);
        }
        pressInDialog(button.apply(pane));
    }

    /**
     * Clicks a button that closes its dialog, and waits until the dialog is gone (see {@link #clickUntil}).
     */
    void pressInDialog(org.assertj.swing.fixture.JButtonFixture button) {
        javax.swing.JButton target = button.target();
        java.awt.Window dialog = GuiActionRunner.execute(() -> SwingUtilities.getWindowAncestor(target));
        clickUntil(button, () -> !GuiActionRunner.execute(dialog::isShowing));
        assertThat(GuiActionRunner.execute(dialog::isShowing)).as("dialog closed by " + target.getText()).isFalse();
    }

    /**
     * Clicks {@code button} until {@code done}. Under Xvfb without a window manager the robot's clicks on a
     * freshly shown dialog were seen to miss every time (in CI, and in 3 of 4 local loops), so after three
     * missed clicks the same button is pressed through Swing ({@link javax.swing.AbstractButton#doClick()},
     * which runs the same listeners) and a line says so in the test output. The caller checks the outcome.
     */
    void clickUntil(org.assertj.swing.fixture.JButtonFixture button, java.util.function.BooleanSupplier done) {
        javax.swing.JButton target = button.target();
        for (int attempt = 0; attempt < 3; attempt++) {
            robot.waitForIdle();
            if (done.getAsBoolean()) {
                return;
            }
            button.click();
            Pause.pause(300);
        }
        robot.waitForIdle();
        if (!done.getAsBoolean()) {
            System.err.println("clickUntil: robot clicks missed " + target.getText()
                    + "; pressing it through Swing");
            GuiActionRunner.execute(() -> target.doClick());
            robot.waitForIdle();
        }
    }

    /**
     * Chooses {@code file} in a file chooser and approves it through the chooser's API (what its Save/Open
     * button does), so the test never depends on a robot click landing on a fresh dialog (see
     * {@link #pressInDialog}).
     */
    void approve(org.assertj.swing.fixture.JFileChooserFixture chooser, Path file) {
        javax.swing.JFileChooser target = chooser.target();
        GuiActionRunner.execute(() -> {
            target.setCurrentDirectory(file.toAbsolutePath().getParent().toFile());
            target.setSelectedFile(file.toAbsolutePath().toFile());
            target.approveSelection();
        });
        robot.waitForIdle();
    }

    /** Waits until no load or computation is pending and a result is on screen. */
    void awaitResult() {
        Pause.pause(new Condition("the window to finish loading and computing") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !frame.isBusy() && frame.result() != null);
            }
        }, WAIT);
        robot.waitForIdle();
    }

    /** Waits until a result different from {@code before} is on screen. */
    AlvhResult awaitNewResult(AlvhResult before) {
        Pause.pause(new Condition("a new result") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> !frame.isBusy() && frame.result() != before);
            }
        }, WAIT);
        robot.waitForIdle();
        return GuiActionRunner.execute(() -> frame.result());
    }

    /** The engine run directly on the sample folder, as the CLI does. */
    static AlvhResult engine(AlvhConfig config) {
        LoadResult<Snapshot> read = new SnapshotReader().read(SAMPLE);
        assertThat(read.ok()).as("sample reads: %s", read.errors()).isTrue();
        return AlvhEngine.compute(read.value(), config);
    }

    static AlvhResult engine() {
        return engine(ConfigReader.defaults());
    }

    /** Paints the frame into target/screenshots/NAME.png (EDT) and returns the file. */
    Path screenshot(String name) {
        return screenshot(name, frame.getRootPane());
    }

    /** Paints {@code component} (the frame's root pane, a dialog) into target/screenshots/NAME.png (EDT). */
    Path screenshot(String name, Component component) {
        robot.waitForIdle();
        BufferedImage image = Screenshots.paint(component);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
