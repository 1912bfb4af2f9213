package org.alvh.ui;

import java.awt.Toolkit;
import java.nio.file.Path;

import javax.swing.SwingUtilities;

import com.formdev.flatlaf.FlatLaf;

/**
 * Starts the window (FlatLaf's {@code main} pattern): system properties first, then the theme from
 * preferences, then everything Swing inside {@code invokeLater}. Opens {@code path}, or the bundled sample
 * snapshot when it is null.
 */
public final class App {
    private App() {
    }

    public static void launch(String path) {
        configureSystemProperties();
        SwingUtilities.invokeLater(() -> {
            MainFrame frame = create(UiPrefs.fromSystemProperty());
            frame.setVisible(true);
            if (path == null) {
                frame.openBundledSample();
            } else {
                frame.open(Path.of(path));
            }
        });
    }

    /** Sets up the look and feel and builds the frame (not yet visible, nothing loaded). EDT only. */
    public static MainFrame create(UiPrefs prefs) {
        FlatLaf.registerCustomDefaultsSource("org.alvh.ui.theme");
        prefs.theme().install();
        ErrorPresenter presenter = new ErrorPresenter();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                SwingUtilities.invokeLater(() -> presenter.unexpected(null, "running the workstation", error)));
        return new MainFrame(prefs, presenter);
    }

    static void configureSystemProperties() {
        // crisp text in Swing and in the charts, on every platform
        System.setProperty("awt.useSystemAAFontSettings", "on");
        System.setProperty("swing.aatext", "true");
        // the menu bar inside the title bar on Windows 10/11 (FlatLaf); harmless elsewhere
        System.setProperty("flatlaf.menuBarEmbedded", "true");
        Toolkit.getDefaultToolkit().setDynamicLayout(true);
    }
}
