package org.alvh.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.AbstractButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;

/**
 * Swing's own texts are English like the rest of the window, whatever the user's locale (the tests run with
 * German, see the pom): dialog buttons read Yes/No and the save chooser Save/Cancel, not Ja/Nein.
 */
class ThemeLocaleTest {

    @Test
    void dialogsAndChoosersSpeakEnglishUnderAGermanLocale() throws Exception {
        assertThat(Locale.getDefault().getLanguage()).as("the test JVM's locale (pom argLine)").isEqualTo("de");
        List<String> texts = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            Theme.LIGHT.install();
            buttons(new JOptionPane("x", JOptionPane.WARNING_MESSAGE, JOptionPane.YES_NO_OPTION), texts);
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogType(JFileChooser.SAVE_DIALOG);
            buttons(chooser, texts);
        });
        assertThat(texts).contains("Yes", "No", "Save", "Cancel").doesNotContain("Ja", "Nein", "Speichern");
    }

    private static void buttons(Container container, List<String> out) {
        for (Component c : container.getComponents()) {
            if (c instanceof AbstractButton b && b.getText() != null && !b.getText().isEmpty()) {
                out.add(b.getText());
            }
            if (c instanceof Container inner) {
                buttons(inner, out);
            }
        }
    }
}
