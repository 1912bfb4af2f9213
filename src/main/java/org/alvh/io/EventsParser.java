package org.alvh.io;

import org.alvh.model.MacroEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads the optional {@code events.csv}: dated macro releases of any type, any date. */
final class EventsParser {
    static final String FILE = "events.csv";
    private static final List<String> REQUIRED = List.of("date", "type");
    private static final List<String> OPTIONAL = List.of("description");

    private EventsParser() {
    }

    /** The rows in file order; null when the file is absent or unusable (reported). */
    static List<MacroEvent> parse(FileInput input, ProblemCollector problems, CsvTable.Limits limits) {
        CsvTable t = CsvTable.open(FILE, input, false, problems, limits, REQUIRED, OPTIONAL);
        if (t == null) {
            return null;
        }
        try (t) {
            int cDate = t.column("date");
            int cType = t.column("type");
            int cDescription = t.column("description");
            List<MacroEvent> rows = new ArrayList<>();
            while (t.next()) {
                LocalDate date = t.date(cDate);
                String type = t.requiredText(cType);
                if (t.rowOk()) {
                    rows.add(new MacroEvent(t.line(), date, type, t.optionalText(cDescription)));
                }
            }
            return rows;
        }
    }
}
