package org.alvh.model;

/** The right of an option: put or call. */
public enum Right {
    PUT("P"),
    CALL("C");

    private final String code;

    Right(String code) {
        this.code = code;
    }

    /** The one-letter code used in CSV files: {@code P} or {@code C}. */
    public String code() {
        return code;
    }

    /** Parses {@code P}/{@code C} (also {@code PUT}/{@code CALL}), case-insensitively; null when not a right. */
    public static Right parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "P", "PUT" -> PUT;
            case "C", "CALL" -> CALL;
            default -> null;
        };
    }
}
