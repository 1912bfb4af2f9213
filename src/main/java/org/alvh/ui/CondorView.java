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
import org.alvh.calc.BookRisk;
import org.alvh.calc.CondorResult;
import org.alvh.calc.PayoffProfile;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Condor (Ctrl+4): legs with greeks, the §4.2 trade figures, and the payoff with and without the hedges. The
 * figures the hedges change (return on risk, max loss, break-evens) show the hedged value beside the condor's:
 * hedged max loss and break-evens are read on the METHOD §9 coordinated path at the condor's expiry
 * ({@code result.risk()}), break-evens there as SPX moves in percent.
 */
final class CondorView implements ResultView {
    static final List<String> LEG_COLUMNS = List.of("Leg", "Right", "Strike", "Expiry", "Quantity", "Implied vol",
            "IV source", "Premium ($)", "Model price ($)", "Delta ($/SPX pt)", "Gamma (Δ/SPX pt)",
            "Vega ($/vol pt)", "Theta ($/day)");
    /** The annualised return on risk is shown from this many days to expiry (see {@link #annualised}). */
    static final int ANNUALISED_FROM_DAYS = 90;
    static final String ANNUALISED_NOTE = "The annualised return on risk (1 + ror)^(365/D) − 1 is shown from "
            + ANNUALISED_FROM_DAYS + " days to expiry: compounding a shorter trade to a year assumes it repeats "
            + "365/D times at the same return, which no trader earns.";
    private static final List<Class<?>> LEG_TYPES = List.of(String.class, String.class, Double.class, String.class,
            Double.class, Double.class, String.class, Double.class, Double.class, Double.class, Double.class,
            Double.class, Double.class);
    /** Decimals of each leg column (used for the Double columns). */
    private static final int[] LEG_DECIMALS = {0, 0, 0, 0, 0, 4, 0, 2, 4, 4, 6, 4, 4};
    static final List<String> FIGURE_COLUMNS = List.of("Trade figure", "Condor (unhedged)", "With hedges (§9 path)");

    private final JPanel root = new JPanel(new BorderLayout());
    private final Tables.RowModel legRows = new Tables.RowModel(LEG_COLUMNS, LEG_TYPES);
    private final Tables.RowModel figureRows = new Tables.RowModel(FIGURE_COLUMNS,
            List.of(String.class, String.class, String.class));
    private final JTable legs = Tables.table(legRows);
    private final JTable figures = Tables.table(figureRows);
    /** The trade figures on the left, the P&L chart on the right. */
    private JSplitPane bottom;
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
        Tables.widths(legs, 90, 45, 60, 85, 65, 75, 70, 80, 100, 110, 115, 105, 95);
        javax.swing.table.DefaultTableCellRenderer values = Tables.numbers(0);
        javax.swing.table.TableCellRenderer renderer = (t, value, selected, focus, row, column) -> {
            java.awt.Component c = values.getTableCellRendererComponent(t, value, selected, focus, row, column);
            boolean annualised = String.valueOf(t.getValueAt(row, 0)).startsWith("Annualised");
            values.setToolTipText(annualised ? ANNUALISED_NOTE : value == null ? null : value.toString());
            return c;
        };
        figures.getColumnModel().getColumn(1).setCellRenderer(renderer);
        figures.getColumnModel().getColumn(2).setCellRenderer(renderer);
        Tables.widths(figures, 150, 120, 150);
        figures.getTableHeader().setToolTipText("With hedges: hedge cost included; max loss and break-evens on"
                + " the METHOD §9 coordinated path at the condor's expiry");
        Tables.tooltips(figures);
        JPanel left = new JPanel(new BorderLayout(0, 4));
        left.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        left.add(Tables.heading("Legs (greeks per share: $ per SPX point, per vol point, per calendar day; "
                + "position greeks in the trade figures)"), BorderLayout.NORTH);
        left.add(new JScrollPane(legs), BorderLayout.CENTER);
        JPanel right = new JPanel(new BorderLayout(0, 4));
        right.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        right.add(Tables.heading("Trade figures (METHOD §4.2)"), BorderLayout.NORTH);
        right.add(new JScrollPane(figures), BorderLayout.CENTER);
        bottom = Splits.create("condorBottom", JSplitPane.HORIZONTAL_SPLIT, right, chart, 0.56, prefs);
        JSplitPane split = Splits.create("condor", JSplitPane.VERTICAL_SPLIT, left, bottom, 0.3, prefs);
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
        BookRisk risk = result.risk();
        add(f, "Expiry", c.expiry().toString());
        add(f, "Days D, τ (years)", c.days() + ", τ " + Formats.fixed(c.tau(), 4));
        add(f, "Contracts q", Formats.fixed(c.contracts(), 0));
        add(f, "Credit per share Cr ($)", Formats.fixed(c.creditPerShare(), 4));
        add(f, "Credit", Formats.usd(c.creditUsd()));
        add(f, "Hedge cost", "", Formats.usd(result.hedgeCostUsd()));
        add(f, "Return on risk", Formats.percent(c.returnOnRisk(), 2), Formats.percent(result.hedgedReturnOnRisk(), 2));
        add(f, "Max loss", Formats.usd(c.maxLossUsd()), hedgedMaxLoss(risk));
        add(f, "Break-evens", "SPX " + Formats.fixed(c.breakEvenLow(), 2) + " / " + Formats.fixed(c.breakEvenHigh(), 2),
                hedgedBreakEvens(risk));
        add(f, "Probability of profit", Formats.percent(c.probabilityOfProfit(), 2));
        add(f, "σ of the short legs", Formats.fixed(c.popSigma(), 4));
        add(f, "Annualised return on risk", annualised(c));
        add(f, "Position vega ($/vol pt)", Formats.fixed(c.vega(), 2));
        add(f, "Vega scale s(D)", Formats.fixed(c.volScale(), 4));
        add(f, "Condor VEV ($/VIX pt)", Formats.fixed(c.vev(), 2));
        add(f, "Position delta ($/SPX pt)", Formats.fixed(c.delta(), 2));
        add(f, "Position gamma (Δ/SPX pt)", Formats.fixed(c.gamma(), 4));
        add(f, "Position theta ($/day)", Formats.fixed(c.theta(), 2));
        add(f, "% hedged (Σ achieved VEV / H)", "", risk.percentHedged() == null ? Formats.UNAVAILABLE + " (H = 0)"
                : Formats.percent(risk.percentHedged(), 1));
        figureRows.setRows(f);
        Tables.fit(legs);
        Tables.fit(figures);
        // the trade figures in full, unhedged beside hedged; the P&L chart keeps at least 300 pixels
        Splits.ensureWidth(bottom, Splits.Side.FIRST, Splits.tableWidth(figures), 300);
        drawChart();
    }

    /**
     * The §4.2 annualised return on risk, {@code (1 + ror)^(365/D) − 1}, where it means something: from
     * {@value #ANNUALISED_FROM_DAYS} days. A shorter trade compounded to a year assumes it is repeated
     * 365/D times at the same return (9 times for 39 days: 41 % becomes 2,400 %), which no trader earns; the
     * cell then says why it is hidden.
     */
    static String annualised(CondorResult c) {
        if (c.annualisedReturnOnRisk() == null) {
            return Formats.UNAVAILABLE;
        }
        if (c.days() < ANNUALISED_FROM_DAYS) {
            return "hidden: " + c.days() + " d < " + ANNUALISED_FROM_DAYS + " d";
        }
        return Formats.percent(c.annualisedReturnOnRisk(), 1);
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
        BookRisk risk = result.risk();
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

    /**
     * The hedged max loss: the worst P&amp;L of the hedged book on the §9 coordinated path at the condor's
     * expiry (a loss is negative), with the SPX move where it occurs.
     */
    static String hedgedMaxLoss(BookRisk risk) {
        return Formats.usd(risk.worstHedgedUsd()) + " at SPX " + move(risk.worstHedgedAtSpxMove());
    }

    /** The hedged break-evens: SPX moves where the hedged P&amp;L at expiry changes sign, or "none". */
    static String hedgedBreakEvens(BookRisk risk) {
        return risk.hedgedBreakEvens().isEmpty() ? "none"
                : "SPX " + String.join(" / ", risk.hedgedBreakEvens().stream().map(CondorView::move).toList());
    }

    private static String move(double percent) {
        return (percent > 0 ? "+" : "") + Formats.fixed(percent, 2) + " %";
    }

    private static void add(List<List<Object>> rows, String label, String value) {
        add(rows, label, value, "");
    }

    private static void add(List<List<Object>> rows, String label, String unhedged, String hedged) {
        rows.add(List.of(label, unhedged, hedged));
    }
}
