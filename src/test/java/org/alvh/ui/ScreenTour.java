package org.alvh.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Not a test: a tour of every view for a person to look at. Opens the window on the bundled sample at each size
 * and theme, shows each tab (the Diff view compares with the calm sample, the Replay view runs the bundled
 * history) and writes {@code target/tour/THEME-WIDTHxHEIGHT-NN-VIEW.png}.
 * <pre>xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes:target/alvh-workstation.jar
 *     org.alvh.ui.ScreenTour [WIDTHxHEIGHT ...]</pre>
 */
public final class ScreenTour {
    private static final Path OUT = Path.of("target", "tour");
    private static final Path CALM = Path.of("sample-data", "spx-2017-06-15-calm");
    private static final Path HISTORY = Path.of("sample-data", "history-2015-2021.zip");

    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = args.length > 0 ? args : new String[] {"1280x800", "1024x700"};
        Files.createDirectories(OUT);
        App.configureSystemProperties();
        for (Theme theme : Theme.values()) {
            for (String size : sizes) {
                String[] wh = size.split("x");
                tour(theme, new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1])));
            }
        }
        System.exit(0);
    }

    private static void tour(Theme theme, Dimension size) throws Exception {
        System.setProperty(UiPrefs.NODE_PROPERTY, "/org/alvh/workstation-tour/" + System.nanoTime());
        UiPrefs prefs = UiPrefs.fromSystemProperty();
        prefs.theme(theme);
        MainFrame frame = onEdt(() -> {
            MainFrame f = App.create(prefs);
            f.setSize(size);
            f.setLocation(0, 0);
            f.setVisible(true);
            f.openBundledSample();
            return f;
        });
        await(() -> onEdtQuietly(() -> frame.result() != null), 60);
        JTabbedPane tabs = onEdt(() -> named(frame.getContentPane(), JTabbedPane.class, "views"));
        int count = onEdt(tabs::getTabCount);
        for (int i = 0; i < count; i++) {
            int index = i;
            String title = onEdt(() -> tabs.getTitleAt(index));
            onEdt(() -> {
                frame.selectView(index);
                return null;
            });
            if (title.equals("Diff")) {
                onEdt(() -> {
                    frame.whatIf().compareWithSnapshot(CALM);
                    return null;
                });
                frame.selectView(index);
            }
            if (title.startsWith("Replay")) {
                onEdt(() -> {
                    frame.replayView().setHistory(HISTORY);
                    named(frame.replayView().component(), AbstractButton.class, "replayRun").doClick();
                    return null;
                });
                JLabel status = onEdt(() -> named(frame.replayView().component(), JLabel.class, "replayStatus"));
                await(() -> onEdtQuietly(() -> frame.replayView().shown() != null
                        && !status.getText().toLowerCase().contains("running")), 120);
            }
            Thread.sleep(800);
            await(() -> onEdtQuietly(() -> !frame.whatIf().isBusy()), 60);
            Thread.sleep(500);
            String name = String.format("%s-%dx%d-%02d-%s", theme.name().toLowerCase(), size.width, size.height,
                    i + 1, title.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            shoot(frame.getRootPane(), OUT.resolve(name + ".png"));
            System.out.println("wrote " + name);
            if (title.equals("Sensitivity")) { // each layer's tab and the hedged worst P&L's
                JTabbedPane inner = onEdt(() -> find(tabs.getComponentAt(index), JTabbedPane.class, t -> true));
                int innerCount = inner == null ? 0 : onEdt(inner::getTabCount);
                for (int t = 1; t < innerCount; t++) {
                    int tab = t;
                    onEdt(() -> {
                        inner.setSelectedIndex(tab);
                        return null;
                    });
                    Thread.sleep(500);
                    shoot(frame.getRootPane(), OUT.resolve(name + "-" + (t + 1) + ".png"));
                }
            }
        }
        onEdt(() -> {
            frame.dispose();
            return null;
        });
    }

    private static void shoot(Component c, Path file) throws Exception {
        ImageIO.write(Screenshots.paint(c), "png", file.toFile());
    }

    /** The first component of {@code type} under {@code c} (depth first) that {@code test} accepts, or null. */
    private static <T extends Component> T find(Component c, Class<T> type, Predicate<T> test) {
        if (type.isInstance(c) && test.test(type.cast(c))) {
            return type.cast(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                T found = find(child, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static <T extends Component> T named(Component c, Class<T> type, String name) {
        return find(c, type, t -> name.equals(t.getName()));
    }

    private static void await(BooleanSupplier done, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }

    private static boolean onEdtQuietly(Callable<Boolean> test) {
        try {
            return onEdt(test);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static <T> T onEdt(Callable<T> work) {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    out.set(work.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException | java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return out.get();
    }
}
