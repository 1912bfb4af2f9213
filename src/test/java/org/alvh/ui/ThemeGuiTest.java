package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.UIManager;

import com.formdev.flatlaf.FlatLaf;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** Switches the theme from the View menu (remembered) and saves a screenshot of every view in both themes. */
class ThemeGuiTest extends GuiTestSupport {
    private static final String[] VIEWS = {"layers", "weighted-beta", "constituents", "condor", "audit",
        "parameters", "warnings"};

    @Test
    void switchesThemeRemembersItAndScreenshotsEveryView() throws IOException {
        List<Path> light = shoot("light");
        assertParameterNotesAreGrey();
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(FlatLaf::isLafDark)).isTrue();
        assertThat(prefs.theme()).isEqualTo(Theme.DARK);
        List<Path> dark = shoot("dark");
        assertParameterNotesAreGrey();
        for (int i = 0; i < VIEWS.length; i++) {
            assertThat(brightness(dark.get(i))).as("%s is painted darker in the dark theme", VIEWS[i])
                    .isLessThan(brightness(light.get(i)) - 50);
        }
        window.menuItemWithPath("View", "Light theme").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(FlatLaf::isLafDark)).isFalse();
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertParameterNotesAreGrey();
    }

    private List<Path> shoot(String theme) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < VIEWS.length; i++) {
            shortcut(KeyEvent.VK_1 + i);
            Path file = screenshot(theme + "-" + (i + 1) + "-" + VIEWS[i]);
            assertThat(file).exists();
            files.add(file);
        }
        return files;
    }

    /** The "default …" notes beside the parameters have the current theme's disabled (grey) text colour. */
    private void assertParameterNotesAreGrey() {
        List<Color> notes = GuiActionRunner.execute(() -> {
            List<Color> colours = new ArrayList<>();
            collectNotes(frame.parameters().component(), colours);
            return colours;
        });
        Color grey = GuiActionRunner.execute(() -> UIManager.getColor("Label.disabledForeground"));
        Color text = GuiActionRunner.execute(() -> UIManager.getColor("Label.foreground"));
        assertThat(grey).isNotEqualTo(text);
        assertThat(notes).isNotEmpty().allSatisfy(c -> assertThat(c).isEqualTo(grey));
    }

    private static void collectNotes(Component c, List<Color> colours) {
        if (c instanceof JLabel label && label.getText() != null
                && label.getText().replaceAll("<[^>]+>", "").startsWith("default ")) {
            colours.add(label.getForeground());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectNotes(child, colours);
            }
        }
    }

    /** Mean brightness (0 to 255) of a screenshot. */
    private static double brightness(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
            }
        }
        return (double) sum / ((long) image.getWidth() * image.getHeight());
    }
}
