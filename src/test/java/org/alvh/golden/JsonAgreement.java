package org.alvh.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key-by-key agreement of an actual audit with an expected one: every key of the expected tree must be in the
 * actual tree (extra keys are allowed); numbers agree to a relative {@value #RELATIVE_TOLERANCE}; counts
 * (quantities) agree exactly; {@code null} where the expected has {@code null}; booleans, dates, names and
 * other identifiers equal. Free text (a layer's {@code rationale}, the {@code unavailable} reason, an
 * advisory's {@code message}, the {@code warnings}) is the product's own wording: only its presence is compared
 * (text where the expected has text, null where it has null), never its words.
 */
final class JsonAgreement {
    static final double RELATIVE_TOLERANCE = 1e-6;
    /** Absolute floor so that values that are zero up to rounding compare as equal. */
    static final double ABSOLUTE_FLOOR = 1e-12;
    private static final Set<String> EXACT_KEYS = Set.of("quantity", "layer", "days", "shiftCount", "basketSize",
            "momentumCount", "eventsCount", "lookback", "contracts");

    private static final Set<String> FREE_TEXT_KEYS = Set.of("rationale", "unavailable", "message", "warnings");

    private JsonAgreement() {
    }

    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, "$", "", out);
        return out;
    }

    private static void compare(JsonNode e, JsonNode a, String path, String key, List<String> out) {
        if (a == null || a.isMissingNode()) {
            out.add(path + ": missing (expected " + abbreviate(e) + ")");
            return;
        }
        if (e.isNull()) {
            if (!a.isNull()) {
                out.add(path + ": expected null, got " + abbreviate(a));
            }
            return;
        }
        if (FREE_TEXT_KEYS.contains(key)) {
            compareFreeText(e, a, path, out);
            return;
        }
        if (e.isObject()) {
            if (!a.isObject()) {
                out.add(path + ": expected an object, got " + abbreviate(a));
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                compare(f.getValue(), a.get(f.getKey()), path + "." + f.getKey(), f.getKey(), out);
            }
        } else if (e.isArray()) {
            if (!a.isArray() || a.size() != e.size()) {
                out.add(path + ": expected " + e.size() + " elements, got " + abbreviate(a));
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(e.get(i), a.get(i), path + "[" + i + "]", key, out);
            }
        } else if (e.isNumber()) {
            if (!a.isNumber()) {
                out.add(path + ": expected " + e + ", got " + abbreviate(a));
            } else if (EXACT_KEYS.contains(key)) {
                if (e.asDouble() != a.asDouble()) {
                    out.add(path + ": expected exactly " + e + ", got " + a);
                }
            } else if (!close(e.asDouble(), a.asDouble())) {
                out.add(path + ": expected " + e + ", got " + a);
            }
        } else if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", got " + abbreviate(a));
        }
    }

    /** Text where text is expected (an array of texts for an array), never compared word by word. */
    private static void compareFreeText(JsonNode e, JsonNode a, String path, List<String> out) {
        if (e.isArray()) {
            if (!a.isArray()) {
                out.add(path + ": expected a list of texts, got " + abbreviate(a));
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).isTextual()) {
                    out.add(path + "[" + i + "]: expected text, got " + abbreviate(a.get(i)));
                }
            }
        } else if (e.isTextual() && !a.isTextual()) {
            out.add(path + ": expected text, got " + abbreviate(a));
        }
    }

    static boolean close(double expected, double actual) {
        return Math.abs(expected - actual) <= RELATIVE_TOLERANCE * Math.abs(expected) + ABSOLUTE_FLOOR;
    }

    private static String abbreviate(JsonNode n) {
        String s = String.valueOf(n);
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
