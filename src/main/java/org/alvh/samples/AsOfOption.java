package org.alvh.samples;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code --asof yyyy-MM-dd} option shared by the sample commands. */
final class AsOfOption {
    private AsOfOption() {
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--asof: not a yyyy-MM-dd date: '" + text + "'");
        }
    }
}
