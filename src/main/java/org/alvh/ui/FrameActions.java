package org.alvh.ui;

import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;

import org.alvh.calc.AlvhResult;
import org.alvh.io.AtomicFiles;
import org.alvh.io.config.ConfigReader;
import org.alvh.io.config.ConfigWriter;
import org.alvh.io.HedgeSheet;
import org.alvh.io.HedgeSheetAbout;
import org.alvh.model.AlvhConfig;
import org.alvh.model.LoadResult;
import org.jfree.chart.ChartPanel;

/** The window's actions: menus, toolbar, keyboard shortcuts, export and the parameter file commands. */
final class FrameActions {
    private static final int MENU = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private final MainFrame frame;
    private final UiPrefs prefs;
    private final ChartExporter charts;
    private final Action open = action("Open Snapshot…", KeyStroke.getKeyStroke(KeyEvent.VK_O, MENU), this::openSnapshot);
    private final Action recompute = action("Recompute layers", KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0),
            this::recompute);
    private final Action export = action("Export Hedge Sheet…", KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU),
            this::exportHedgeSheet);
    private final Action exportPng = action("Export Chart as PNG…", null, () -> exportChart("png"));
    private final Action exportSvg = action("Export Chart as SVG…", null, () -> exportChart("svg"));
    private final Action info = action("Snapshot Info…", KeyStroke.getKeyStroke(KeyEvent.VK_I, MENU),
            this::showInfo);
    private final JMenu recent = new JMenu("Recent Snapshots");

    FrameActions(MainFrame frame, UiPrefs prefs, ChartExporter charts) {
        this.frame = frame;
        this.prefs = prefs;
        this.charts = charts;
    }

    JMenuBar menuBar() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("File", KeyEvent.VK_F);
        file.add(item(open, "menu.open"));
        recent.setName("menu.recent");
        file.add(recent);
        file.add(item(action("Open Bundled Sample", null, frame::openBundledSample), "menu.sample"));
        file.add(item(action("Compare with…", null, frame::compareWith), "menu.compare"));
        file.addSeparator();
        file.add(item(export, "menu.export"));
        file.add(item(exportPng, "menu.exportPng"));
        file.add(item(exportSvg, "menu.exportSvg"));
        file.addSeparator();
        file.add(item(info, "menu.info"));
        file.addSeparator();
        file.add(item(action("Open Parameters…", null, this::openParameters), "menu.openParams"));
        file.add(item(action("Save Parameters", KeyStroke.getKeyStroke(KeyEvent.VK_S, MENU), this::saveParameters),
                "menu.saveParams"));
        file.add(item(action("Save Parameters As…", KeyStroke.getKeyStroke(KeyEvent.VK_S, MENU | KeyEvent.SHIFT_DOWN_MASK),
                this::saveParametersAs), "menu.saveParamsAs"));
        file.addSeparator();
        file.add(item(action("Exit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, MENU), frame::exit), "menu.exit"));
        file.addMenuListener(new javax.swing.event.MenuListener() {
            @Override
            public void menuSelected(javax.swing.event.MenuEvent e) {
                rebuildRecent();
            }

            @Override
            public void menuDeselected(javax.swing.event.MenuEvent e) {
            }

            @Override
            public void menuCanceled(javax.swing.event.MenuEvent e) {
            }
        });
        rebuildRecent();
        bar.add(file);

        JMenu compute = menu("Compute", KeyEvent.VK_C);
        compute.add(item(recompute, "menu.recompute"));
        bar.add(compute);

        JMenu view = menu("View", KeyEvent.VK_V);
        String[] names = {"Layers", "Weighted beta", "Constituents", "Condor", "Audit", "Parameters",
            "Advisories & warnings", "Risk"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            view.add(item(action(names[i], KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, MENU),
                    () -> frame.selectView(index)), "menu.view" + (i + 1)));
        }
        view.addSeparator();
        ButtonGroup group = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(theme.label() + " theme");
            item.setName("menu.theme." + theme.name().toLowerCase(java.util.Locale.ROOT));
            item.setSelected(Theme.current() == theme);
            item.addActionListener(e -> setTheme(theme));
            group.add(item);
            view.add(item);
        }
        bar.add(view);

        JMenu help = menu("Help", KeyEvent.VK_H);
        help.add(item(action("Glossary", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), this::showGlossary),
                "menu.glossary"));
        help.add(item(action("Method (METHOD.md)", null, this::showMethod), "menu.method"));
        help.addSeparator();
        help.add(item(action("Snapshot Info…", null, this::showInfo), "menu.helpInfo"));
        bar.add(help);
        return bar;
    }

    void showGlossary() {
        HelpWindow.show(frame, "glossaryDialog", "Glossary", HelpWindow.GLOSSARY);
    }

    void showMethod() {
        HelpWindow.show(frame, "methodDialog", "The method (METHOD.md)", HelpWindow.METHOD);
    }

    /** The open snapshot's provenance: name, as-of, the folder it was opened from, its notes, the parameters. */
    void showInfo() {
        String text = frame.provenance();
        AlvhResult result = frame.result();
        if (result != null) {
            java.util.List<String> changes = ParameterChanges.of(result.config());
            text += "\nParameters: " + (changes.isEmpty() ? "defaults" : String.join("; ", changes));
        }
        javax.swing.JTextArea area = Tables.wrapping(text, false);
        area.setName("snapshotInfo");
        area.setColumns(60);
        area.setFocusable(true);
        area.setSize(new java.awt.Dimension(560, 10));
        JOptionPane.showMessageDialog(frame, area, "Snapshot info", JOptionPane.INFORMATION_MESSAGE);
        Dialogs.refocus(frame);
    }

    JToolBar toolBar() {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(button(open, "tool.open"));
        JButton run = button(recompute, "tool.recompute");
        run.putClientProperty("JButton.buttonType", null);
        bar.add(run);
        bar.add(button(export, "tool.export"));
        return bar;
    }

    /** The buttons above the parameter form. */
    Map<String, Runnable> parameterButtons() {
        Map<String, Runnable> buttons = new LinkedHashMap<>();
        buttons.put("Open…", this::openParameters);
        buttons.put("Save", this::saveParameters);
        buttons.put("Save As…", this::saveParametersAs);
        buttons.put("Reset to defaults", this::resetParameters);
        return buttons;
    }

    void update() {
        boolean hasResult = frame.result() != null;
        recompute.setEnabled(frame.snapshot() != null || hasResult);
        export.setEnabled(hasResult);
        boolean chart = frame.selectedChart() != null && frame.selectedChart().getChart() != null;
        String why = chart ? null : "The selected view has no chart";
        for (Action a : new Action[] {exportPng, exportSvg}) {
            a.setEnabled(chart);
            a.putValue(Action.SHORT_DESCRIPTION, why);
        }
        info.setEnabled(frame.snapshot() != null);
    }

    void setTheme(Theme theme) {
        theme.apply();
        prefs.theme(theme);
        frame.themeChanged();
    }

    private void openSnapshot() {
        frame.openDialog();
    }

    private void recompute() {
        frame.recompute();
    }

    void exportHedgeSheet() {
        AlvhResult result = frame.result();
        if (result == null) {
            return;
        }
        Path target = frame.dialogs().saveFile(frame, "Export Hedge Sheet",
                "hedge-sheet-" + result.market().asOf() + ".csv", "csv");
        if (target == null) {
            return;
        }
        SnapshotLoader.Source source = frame.source();
        Path parametersFile = frame.parameters().file();
        HedgeSheetAbout.Context context = new HedgeSheetAbout.Context(version(), source == null ? ""
                : MainFrame.where(source), parametersFile == null ? "defaults" : parametersFile.toAbsolutePath()
                .toString(), ParameterChanges.of(result.config()), java.time.Instant.now());
        Path about = HedgeSheetAbout.pathFor(target);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(target, HedgeSheet.toCsv(result));
        files.put(about, HedgeSheetAbout.toCsv(result, context));
        Background.run(frame, frame.presenter(), "exporting the hedge sheet", () -> {
            AtomicFiles.writeAll(files);
            return target;
        }, p -> frame.status().message("Exported the hedge sheet to " + p + " (and where it came from to "
                + about.getFileName() + ")"));
    }

    /** The program's version from the jar manifest ("dev" when run from classes). */
    static String version() {
        String v = FrameActions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private void exportChart(String format) {
        ChartPanel panel = frame.selectedChart();
        if (panel == null) {
            frame.presenter().problem(frame, "No chart", "The selected view has no chart.");
            return;
        }
        charts.export(panel, format);
    }

    private void openParameters() {
        if (!confirmDiscard("opening other parameters")) {
            return;
        }
        Path path = frame.dialogs().openJson(frame, "Open Parameters");
        if (path == null) {
            return;
        }
        Background.run(frame, frame.presenter(), "reading " + path.getFileName(), () -> new ConfigReader().read(path),
                (LoadResult<AlvhConfig> loaded) -> {
                    if (!loaded.ok()) {
                        ProblemsDialog.show(frame, "Cannot open parameters", "Cannot use " + path.getFileName()
                                + "; the current parameters stay.", loaded.problems());
                        return;
                    }
                    frame.parameters().show(loaded.value(), path);
                    frame.recompute();
                });
    }

    boolean saveParameters() {
        Path file = frame.parameters().file();
        return file == null ? saveParametersAs() : saveTo(file);
    }

    boolean saveParametersAs() {
        Path target = frame.dialogs().saveFile(frame, "Save Parameters As", "alvh.json", "json");
        return target != null && saveTo(target);
    }

    private boolean saveTo(Path target) {
        ParametersView view = frame.parameters();
        if (view.hasErrors()) {
            frame.presenter().problem(frame, "Invalid parameters", "Some parameters are not valid (outlined in red);"
                    + " fix them before saving.");
            return false;
        }
        byte[] json = ConfigWriter.toJson(view.config()).getBytes(StandardCharsets.UTF_8);
        Background.run(frame, frame.presenter(), "saving " + target.getFileName(), () -> {
            AtomicFiles.write(target, json);
            return target;
        }, p -> {
            view.saved(p);
            frame.status().message("Saved the parameters to " + p);
        });
        return true;
    }

    private void resetParameters() {
        if (!confirmDiscard("resetting to the defaults")) {
            return;
        }
        frame.parameters().show(ConfigReader.defaults(), null);
        frame.recompute();
    }

    /** Asks Save / Discard / Cancel when the parameters are modified; true when it is fine to go on. */
    boolean confirmDiscard(String what) {
        if (!frame.parameters().isDirty()) {
            return true;
        }
        Object[] options = {"Save", "Discard", "Cancel"};
        int answer = Dialogs.option(frame, "The parameters have unsaved changes.\nSave them before "
                + what + "?", "Unsaved parameters", JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE,
                options, options[0]);
        return switch (answer) {
            case 0 -> saveParameters();
            case 1 -> true;
            default -> false;
        };
    }

    private void rebuildRecent() {
        recent.removeAll();
        for (Path p : prefs.recent()) {
            JMenuItem item = new JMenuItem(p.getFileName() == null ? p.toString() : p.getFileName().toString());
            item.setToolTipText(p.toString());
            item.addActionListener(e -> frame.openChosen(p));
            recent.add(item);
        }
        if (recent.getItemCount() == 0) {
            JMenuItem none = new JMenuItem("(none)");
            none.setEnabled(false);
            recent.add(none);
        } else {
            recent.addSeparator();
            JMenuItem clear = new JMenuItem("Clear Recent");
            clear.addActionListener(e -> prefs.clearRecent());
            recent.add(clear);
        }
    }

    private static JMenu menu(String name, int mnemonic) {
        JMenu m = new JMenu(name);
        m.setMnemonic(mnemonic);
        m.setName("menu." + name.toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    private static JMenuItem item(Action action, String name) {
        JMenuItem item = new JMenuItem(action);
        item.setName(name);
        return item;
    }

    private static JButton button(Action action, String name) {
        JButton b = new JButton(action);
        b.setName(name);
        b.setFocusable(false);
        Object key = action.getValue(Action.ACCELERATOR_KEY);
        if (key instanceof KeyStroke ks) {
            b.setToolTipText(action.getValue(Action.NAME) + " (" + KeyEvent.getModifiersExText(ks.getModifiers())
                    + (ks.getModifiers() == 0 ? "" : "+") + KeyEvent.getKeyText(ks.getKeyCode()) + ")");
        }
        return b;
    }

    private static Action action(String name, KeyStroke key, Runnable run) {
        AbstractAction a = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.ACCELERATOR_KEY, key);
        return a;
    }
}
