package org.alvh.ui;

import java.util.Locale;

import javax.swing.JComponent;
import javax.swing.LookAndFeel;
import javax.swing.UnsupportedLookAndFeelException;
import javax.swing.UIManager;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;

/** The two FlatLaf themes of the View menu. App colours come from {@code org/alvh/ui/theme/*.properties}. */
public enum Theme {
    LIGHT("Light"), DARK("Dark");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Installs the look and feel (EDT, or before any component exists). Swing's own texts (dialog buttons,
     * file choosers) are taken in English, like every other word of the window, whatever the user's locale;
     * numbers never follow the locale either ({@link Formats}).
     */
    public void install() {
        LookAndFeel laf = this == DARK ? new FlatDarkLaf() : new FlatLightLaf();
        try {
            UIManager.setLookAndFeel(laf);
        } catch (UnsupportedLookAndFeelException e) {
            throw new IllegalStateException("FlatLaf is not supported here", e);
        }
        // ROOT selects the base (English) bundles: ENGLISH would fall back to the user's locale's bundle
        JComponent.setDefaultLocale(Locale.ROOT);
        UIManager.getDefaults().setDefaultLocale(Locale.ROOT);
        UIManager.getLookAndFeelDefaults().setDefaultLocale(Locale.ROOT);
    }

    /** Installs the theme and updates every open window; charts follow through their LaF listener. */
    public void apply() {
        install();
        FlatLaf.updateUI();
    }

    public static Theme current() {
        return FlatLaf.isLafDark() ? DARK : LIGHT;
    }

    public static Theme parse(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
