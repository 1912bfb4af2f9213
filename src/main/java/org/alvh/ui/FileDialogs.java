package org.alvh.ui;

import java.awt.Component;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The window's file choosers (Swing's, themed by FlatLaf). Save asks before replacing a file. The last
 * folder used is remembered for the session.
 */
final class FileDialogs {
    private File lastFolder;

    /** A snapshot: a folder, a CSV or snapshot.json inside one, or a .zip; null when cancelled. */
    Path openSnapshot(Component parent) {
        JFileChooser chooser = chooser("Open Snapshot");
        chooser.setName("openSnapshotChooser");
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setAcceptAllFileFilterUsed(true);
        chooser.addChoosableFileFilter(new FileNameExtensionFilter("Snapshots (folder, .csv, .zip)", "csv", "zip",
                "json"));
        chooser.setApproveButtonText("Open");
        if (Dialogs.refocusing(chooser.showOpenDialog(parent), parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return null;
        }
        lastFolder = chooser.getCurrentDirectory();
        return chooser.getSelectedFile().toPath();
    }

    /** A parameter file (JSON); null when cancelled. */
    Path openJson(Component parent, String title) {
        JFileChooser chooser = chooser(title);
        chooser.setName("openParametersChooser");
        chooser.setFileFilter(new FileNameExtensionFilter("Parameters (.json)", "json"));
        if (Dialogs.refocusing(chooser.showOpenDialog(parent), parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return null;
        }
        lastFolder = chooser.getCurrentDirectory();
        return chooser.getSelectedFile().toPath();
    }

    /**
     * Asks where to save, suggesting {@code suggestedName}; adds the extension when missing and asks before
     * replacing an existing file. Null when cancelled.
     */
    Path saveFile(Component parent, String title, String suggestedName, String extension) {
        JFileChooser chooser = chooser(title);
        chooser.setName("saveChooser");
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(Locale.ROOT) + " files", extension));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), suggestedName));
        while (true) {
            if (Dialogs.refocusing(chooser.showSaveDialog(parent), parent) != JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
                return null;
            }
            File file = chooser.getSelectedFile();
            if (!file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
                file = new File(file.getParentFile(), file.getName() + "." + extension);
            }
            lastFolder = file.getParentFile();
            Path path = file.toPath();
            if (!Files.exists(path) || confirmReplace(parent, path)) {
                return path;
            }
        }
    }

    static boolean confirmReplace(Component parent, Path path) {
        int answer = Dialogs.refocusing(JOptionPane.showConfirmDialog(parent, path.getFileName()
                + " already exists.\nReplace it?", "Replace file", JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE), parent);
        return answer == JOptionPane.YES_OPTION;
    }

    private JFileChooser chooser(String title) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setDialogTitle(title);
        return chooser;
    }
}
