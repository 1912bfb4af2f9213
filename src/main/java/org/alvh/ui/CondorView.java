package org.alvh.ui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;

import org.alvh.calc.AlvhResult;
import org.alvh.calc.CondorResult;
import org.alvh.calc.PayoffProfile;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Condor (Ctrl+4): legs with greeks, the §4.2 trade figures, and the payoff with and without the hedges. */
final class CondorView implements ResultView {
    static final List<String> LEG_COLUMNS = List.of("Leg", "Right", "Strike", "Expiry", "Quantity", "Implied vol",
            "IV source", "Premium", "Model price", "Delta", "Gamma", "Vega", "Theta");
    private static final List<Class<?>> LEG_TYPES = List.of(String.class, String.class, Double.class, String.class,
            Double.class, Double.class, String.class, Double.class, Double.class, Double.class, Double.class,
            Double.class, Double.class);
    /** Decimals of each leg column (used for the Double columns). */
    private static final int[] LEG_DECIMALS = {0, 0, 0, 0, 0, 4, 0, 2, 4, 4, 6, 4, 4};
    private static final List<String> FIGURE_COLUMNS = List.of("Trade figure", "Value");

    private final JPanel root = new JPanel(new BorderLayout());
    private final Tables.RowModel legRows = new Tables.RowModel(LEG_COLUMNS, LEG_TYPES);
    private final Tables.RowModel figureRows = new Tables.RowModel(FIGURE_COLUMNS,
            List.of(String.class, String.class));
    private final JTable legs = new JTable(legRows);
    private final JTable figures = new JTable(figureRows);
    private final ChartPanel chart;
    private AlvhResult result;

    CondorView(ChartExporter exporter, UiPrefs prefs) {
        chart = exporter.panel("payoffChart", () -> "payoff-" + (result == null ? "" : result.market().asOf()));
        legs.setName("legsTable");
        figures.setName("tradeFiguresTable");
        legs.setFillsViewportHeight(true);
        figures.setFillsViewportHeight(true);
        for (int i = 0; i < LEG_DECIMALS.length; i++) {
            if (LEG_TYPES.get(i) == Double.class) {
                legs.getColumnModel().getColumn(i).setCellRenderer(Tables.numbers(LEG_DECIMALS[i]));
            }
        }
        Tables.widths(legs, 120, 45, 70, 95, 70, 85, 75, 80, 90, 80, 90, 80, 80);
        figures.getColumnModel().getColumn(1).setCellRenderer(Tables.numbers(0));
        Tables.widths(figures, 190, 190);
        JPanel left = new JPanel(new BorderLayout(0, 4));
        left.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        left.add(Tables.heading("Legs (per share; position greeks in the trade figures)"), BorderLayout.NORTH);
        left.add(new JScrollPane(legs), BorderLayout.CENTER);
        JPanel right = new JPanel(new BorderLayout(0, 4));
        right.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        right.add(Tables.heading("Trade figures (METHOD §4.2)"), BorderLayout.NORTH);
        right.add(new JScrollPane(figures), BorderLayout.CENTER);
        JSplitPane bottom = Splits.create("condorBottom", JSplitPane.HORIZONTAL_SPLIT, right, chart, 0.3, prefs);
        JSplitPane split = Splits.create("condor", JSplitPane.VERTICAL_SPLIT, left, bottom, 0.25, prefs);
        root.add(split, BorderLayout.CENTER);
    }

    @Override
    public String title() {
        return "Condor";
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void show(AlvhResult result) {
        this.result = result;
        CondorResult c = result.condor();
        List<List<Object>> rows = new ArrayList<>();
        for (CondorResult.Leg leg : c.legs()) {
            rows.add(List.of(leg.role(), leg.right().code(), leg.strike(), leg.expiry().toString(), leg.quantity(),
                    leg.impliedVol(), leg.ivSource(), leg.price(), leg.modelPrice(), leg.delta(), leg.gamma(),
                    leg.vega(), leg.theta()));
        }
        legRows.setRows(rows);

        List<List<Object>> f = new ArrayList<>();
        add(f, "Expiry", c.expiry() + " (" + c.days() + " days, τ " + Formats.fixed(c.tau(), 4) + ")");
        add(f, "Contracts q", Formats.fixed(c.contracts(), 0));
        add(f, "Credit per share Cr", Formats.fixed(c.creditPerShare(), 4));
        add(f, "Credit", Formats.usd(c.creditUsd()));
        add(f, "Max loss", Formats.usd(c.maxLossUsd()));
        add(f, "Break-evens", Formats.fixed(c.breakEvenLow(), 2) + " / " + Formats.fixed(c.breakEvenHigh(), 2));
        add(f, "Probability of profit", Formats.percent(c.probabilityOfProfit(), 2) + " (σ "
                + Formats.fixed(c.popSigma(), 4) + ")");
        add(f, "Return on risk", Formats.percent(c.returnOnRisk(), 2) + " (annualised "
                + Formats.percent(c.annualisedReturnOnRisk(), 1) + ")");
        add(f, "Position vega ($/vol pt)", Formats.fixed(c.vega(), 2));
        add(f, "Condor VEV (s(D) " + Formats.fixed(c.volScale(), 4) + ")", Formats.fixed(c.vev(), 2));
        add(f, "Position delta ($/pt)", Formats.fixed(c.delta(), 2));
        add(f, "Position gamma", Formats.fixed(c.gamma(), 4));
        add(f, "Position theta ($/day)", Formats.fixed(c.theta(), 2));
        add(f, "Hedge cost", Formats.usd(result.hedgeCostUsd()));
        add(f, "Hedged return on risk", Formats.percent(result.hedgedReturnOnRisk(), 2));
        figureRows.setRows(f);
        drawChart();
    }

    @Override
    public void themeChanged() {
        drawChart();
    }

    private void drawChart() {
        if (result == null) {
            return;
        }
        PayoffProfile profile = PayoffProfile.of(result);
        org.alvh.calc.BookRisk risk = result.risk();
        XYSeries condorExpiry = new XYSeries("condor at expiry");
        XYSeries condorToday = new XYSeries("condor today");
        XYSeries hedgedExpiry = new XYSeries("with hedges at expiry");
        XYSeries hedgedToday = new XYSeries("with hedges today");
        for (PayoffProfile.Point p : profile.points()) {
            condorExpiry.add(p.spot(), p.condorAtExpiry());
            condorToday.add(p.spot(), p.condorToday());
            hedgedExpiry.add(p.spot(), p.hedgedAtExpiry());
            hedgedToday.add(p.spot(), p.hedgedToday());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(condorExpiry);
        data.addSeries(condorToday);
        data.addSeries(hedgedExpiry);
        data.addSeries(hedgedToday);
        String subtitle = "METHOD §9 coordinated path, P&L against the book's value at T: VIX +"
                + Formats.fixed(profile.vixPerSpxDown(), 2) + " pt per −1 % SPX, −"
                + Formats.fixed(profile.vixPerSpxUp(), 2) + " pt per +1 % SPX (floor "
                + Formats.fixed(result.scenarios().vixFloor(), 1) + "); expiry = the condor's, "
                + profile.condorDays() + " days. Worst at expiry: condor " + Formats.usd(risk.worstUnhedgedUsd())
                + " at " + Formats.fixed(risk.worstUnhedgedAtSpxMove(), 0) + " %, hedged "
                + Formats.usd(risk.worstHedgedUsd()) + " at " + Formats.fixed(risk.worstHedgedAtSpxMove(), 0) + " %.";
        chart.setChart(Charts.payoff(data, profile.spot(), result.condor().breakEvenLow(),
                result.condor().breakEvenHigh(), subtitle));
    }

    private static void add(List<List<Object>> rows, String label, String value) {
        rows.add(List.of(label, value));
    }
}
