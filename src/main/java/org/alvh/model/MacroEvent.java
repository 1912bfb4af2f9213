package org.alvh.model;

import java.time.LocalDate;
import java.util.Objects;

/** A scheduled macro release from {@code events.csv} (FOMC, CPI, PPI, ...). */
public record MacroEvent(int line, LocalDate date, String type, String description) {
    public MacroEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }
}
