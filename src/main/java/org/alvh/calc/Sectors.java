package org.alvh.calc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alvh.model.AlvhConfig;

/**
 * Sector names as METHOD.md §2.6 matches them: case-insensitively, after {@code sectors.aliases}
 * ("Telecommunication Services" → "Communication Services").
 */
final class Sectors {
    enum Group { CYCLICAL, DEFENSIVE, NEITHER }

    private final Map<String, String> aliases = new HashMap<>();
    private final Set<String> cyclical = new HashSet<>();
    private final Set<String> defensive = new HashSet<>();
    /** Canonical name per sector text as written: a book has a dozen distinct texts, not one per constituent. */
    private final Map<String, String> canonicalByText = new HashMap<>();

    Sectors(AlvhConfig.Sectors config) {
        config.aliases().forEach((from, to) -> aliases.put(key(from), key(to)));
        config.cyclical().forEach(s -> cyclical.add(canonical(s)));
        config.defensive().forEach(s -> defensive.add(canonical(s)));
    }

    /** Lower-case, trimmed, alias applied. */
    String canonical(String sector) {
        String known = canonicalByText.get(sector);
        if (known != null) {
            return known;
        }
        String k = key(sector);
        String c = aliases.getOrDefault(k, k);
        canonicalByText.put(sector, c);
        return c;
    }

    Group group(String sector) {
        String c = canonical(sector);
        if (cyclical.contains(c)) {
            return Group.CYCLICAL;
        }
        return defensive.contains(c) ? Group.DEFENSIVE : Group.NEITHER;
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }
}
