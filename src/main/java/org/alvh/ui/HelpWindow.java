package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.StyleSheet;

/**
 * Help › Glossary and Help › Method: a Markdown text of the repository, read from the classpath
 * ({@value #GLOSSARY}, and {@value #METHOD}, which the build copies from docs/METHOD.md), shown as HTML in a
 * window beside the workstation (not modal). Closing it gives the keyboard back to the workstation.
 */
final class HelpWindow {
    static final String GLOSSARY = "/org/alvh/ui/help/glossary.md";
    static final String METHOD = "/org/alvh/ui/help/METHOD.md";

    private HelpWindow() {
    }

    /** Opens (a new window on) the Markdown resource {@code resource}; returns the window. */
    static JDialog show(Window owner, String name, String title, String resource) {
        JDialog dialog = new JDialog(owner, title, java.awt.Dialog.ModalityType.MODELESS);
        dialog.setName(name);
        JEditorPane pane = new JEditorPane();
        pane.setName(name + ".text");
        pane.setEditable(false);
        HTMLEditorKit kit = new HTMLEditorKit();
        kit.setStyleSheet(styles());
        pane.setEditorKit(kit);
        pane.setText("<html><body>" + MarkdownHtml.toHtml(read(resource)) + "</body></html>");
        pane.setCaretPosition(0);
        JScrollPane scroll = new JScrollPane(pane);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.add(scroll, BorderLayout.CENTER);
        JButton close = new JButton("Close");
        close.setName(name + ".close");
        close.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT, 8, 6));
        buttons.add(close);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().registerKeyboardAction(e -> dialog.dispose(), KeyStroke.getKeyStroke("ESCAPE"),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        dialog.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                Dialogs.refocus(owner);
            }
        });
        dialog.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        Dimension screen = owner == null ? new Dimension(1280, 800) : owner.getSize();
        dialog.setSize(Math.min(900, screen.width - 60), Math.min(700, screen.height - 60));
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return dialog;
    }

    /** The text of a resource of this jar (UTF-8). */
    static String read(String resource) {
        try (InputStream in = HelpWindow.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The theme's font and colours for the HTML (Swing's HTML does not follow the look and feel). */
    private static StyleSheet styles() {
        Font font = UIManager.getFont("Label.font");
        Color fg = UIManager.getColor("Label.foreground");
        Color border = UIManager.getColor("Component.borderColor");
        Color code = UIManager.getColor("Alvh.accent");
        StyleSheet css = new StyleSheet();
        css.addRule("body { font-family: '" + font.getFamily() + "'; font-size: " + font.getSize() + "pt; color: "
                + hex(fg) + "; margin: 10px; }");
        css.addRule("h1 { font-size: " + (font.getSize() + 8) + "pt; } h2 { font-size: " + (font.getSize() + 5)
                + "pt; } h3 { font-size: " + (font.getSize() + 2) + "pt; }");
        css.addRule("code, pre { font-family: Monospaced; color: " + hex(code) + "; }");
        css.addRule("table { border-color: " + hex(border) + "; } th, td { border-color: " + hex(border) + "; }");
        return css;
    }

    private static String hex(Color c) {
        return c == null ? "#808080" : String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
