package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;

import com.formdev.flatlaf.FlatLaf;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

/** Switches the theme from the View menu (remembered) and saves a screenshot of every view in both themes. */
class ThemeGuiTest extends GuiTestSupport {
    private static final String[] VIEWS = {"layers", "weighted-beta", "constituents", "condor", "audit",
        "parameters", "warnings"};

    @Test
    void switchesThemeRemembersItAndScreenshotsEveryView() {
        shoot("light");
        window.menuItemWithPath("View", "Dark theme").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(FlatLaf::isLafDark)).isTrue();
        assertThat(prefs.theme()).isEqualTo(Theme.DARK);
        shoot("dark");
        window.menuItemWithPath("View", "Light theme").click();
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(FlatLaf::isLafDark)).isFalse();
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
    }

    private void shoot(String theme) {
        for (int i = 0; i < VIEWS.length; i++) {
            shortcut(KeyEvent.VK_1 + i);
            assertThat(screenshot(theme + "-" + (i + 1) + "-" + VIEWS[i])).exists();
        }
    }
}
