package org.alvh.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.RowFilter;
import javax.swing.table.TableRowSorter;

import com.formdev.flatlaf.FlatClientProperties;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.ConstituentBeta;
import org.alvh.calc.SectorBreakdown;
import org.jfree.chart.ChartPanel;
import org.jfree.data.category.DefaultCategoryDataset;

/** Constituents (Ctrl+3): sortable, filterable table of every constituent at T; basket share by sector. */
final class ConstituentsView implements ResultView {
    static final List<String> COLUMNS = List.of("Ticker", "Name", "Sector", "Float cap", "Weight", "Beta",
            "Beta source", "Contribution", "In basket", "Eligible");
    private static final List<Class<?>> TYPES = List.of(String.class, String.class, String.class, Double.class,
            Double.class, Double.class, String.class, Double.class, Boolean.class, Boolean.class);
    static final String ALL = "All constituents";
    static final String BASKET = "Basket only";
    static final String OUTSIDE = "Not in the basket";

    private final JPanel root = new JPanel(new BorderLayout());
    private final Tables.RowModel model = new Tables.RowModel(COLUMNS, TYPES);
    private final JTable table = Tables.table(model);
    private final TableRowSorter<Tables.RowModel> sorter = new TableRowSorter<>(model);
    private final JTextField filter = new JTextField(18);
    private final JComboBox<String> scope = new JComboBox<>(new String[] {ALL, BASKET, OUTSIDE});
    private final JLabel count = new JLabel();
    private final ChartPanel chart;
    private AlvhResult result;

    ConstituentsView(ChartExporter exporter, UiPrefs prefs) {
        chart = exporter.panel("sectorChart", () -> "sectors-" + (result == null ? "" : result.market().asOf()));
        table.setName("constituentsTable");
        table.setFillsViewportHeight(true);
        table.setRowSorter(sorter);
        table.getColumnModel().getColumn(3).setCellRenderer(Tables.billions());
        table.getColumnModel().getColumn(4).setCellRenderer(Tables.percent(3));
        table.getColumnModel().getColumn(5).setCellRenderer(Tables.numbers(4));
        table.getColumnModel().getColumn(7).setCellRenderer(Tables.numbers(5));
        Tables.widths(table, 50, 160, 120, 80, 60, 55, 75, 80, 65, 55);
        Tables.capFit(table, 1, 230); // the full name is the cell's tooltip
        Tables.tooltips(table);
        filter.setName("constituentsFilter");
        filter.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "ticker, name or sector");
        filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        OnTextChange.listen(filter, this::applyFilter);
        scope.setName("constituentsScope");
        scope.addActionListener(e -> applyFilter());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        bar.add(new JLabel("Filter:"));
        bar.add(filter);
        bar.add(scope);
        bar.add(count);
        JPanel left = new JPanel(new BorderLayout());
        left.add(bar, BorderLayout.NORTH);
        left.add(new JScrollPane(table), BorderLayout.CENTER);
        JSplitPane split = Splits.create("constituents", JSplitPane.HORIZONTAL_SPLIT, left, chart, 0.68, prefs);
        root.add(split, BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Constituents";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult result) {
        this.result = result;
        List<List<Object>> rows = new ArrayList<>();
        for (ConstituentBeta c : result.beta().constituents()) {
            rows.add(java.util.Arrays.asList(c.ticker(), c.name(), c.sector(), c.floatMarketCap(), c.weight(),
                    c.beta(), c.betaSource(), c.contribution(), c.inBasket(), c.eligible()));
        }
        model.setRows(rows);
        applyFilter();
        Tables.fit(table);
        drawChart();
    }

    @Override
    public void themeChanged() {
        drawChart();
    }

    private void applyFilter() {
        List<RowFilter<Tables.RowModel, Integer>> filters = new ArrayList<>();
        String text = filter.getText().trim();
        if (!text.isEmpty()) {
            filters.add(RowFilter.regexFilter("(?i)" + Pattern.quote(text), 0, 1, 2));
        }
        if (BASKET.equals(scope.getSelectedItem()) || OUTSIDE.equals(scope.getSelectedItem())) {
            boolean wanted = BASKET.equals(scope.getSelectedItem());
            filters.add(new RowFilter<>() {
                @Override
                public boolean include(Entry<? extends Tables.RowModel, ? extends Integer> entry) {
                    return Boolean.valueOf(wanted).equals(entry.getValue(8));
                }
            });
        }
        sorter.setRowFilter(filters.isEmpty() ? null : RowFilter.andFilter(filters));
        count.setText(table.getRowCount() + " of " + model.getRowCount() + " shown");
    }

    private void drawChart() {
        if (result == null) {
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (SectorBreakdown.Sector s : SectorBreakdown.of(result.beta().constituents())) {
            if (s.inBasket() == 0) {
                continue;
            }
            String label = s.sector();
            data.addValue(s.basketWeight(), "weight", label);
            data.addValue(s.contributionShare(), "contribution", label);
        }
        chart.setChart(Charts.sectors(data));
    }
}
