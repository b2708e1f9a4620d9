package io.leakscope.core.detect.jp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Japan's prefectures and municipalities (市区町村, wards of designated cities included) with their
 * JIS X 0402 codes, from Japan Post's postcode data (resource {@code municipalities.tsv}, regenerated
 * by {@code scripts/update-municipalities.sh}).
 */
public final class Municipalities {
    /** A municipality and its prefecture. */
    public record Municipality(String code, String prefecture, String name) {
    }

    private static final Municipalities INSTANCE = load();

    private final Set<String> prefectures;
    private final Map<Character, List<Municipality>> byFirstChar;

    private Municipalities(Set<String> prefectures, Map<Character, List<Municipality>> byFirstChar) {
        this.prefectures = prefectures;
        this.byFirstChar = byFirstChar;
    }

    public static Municipalities get() {
        return INSTANCE;
    }

    public Set<String> prefectures() {
        return prefectures;
    }

    /** The longest municipality name starting at {@code pos}, if any (optionally within one prefecture). */
    public Optional<Municipality> at(String s, int pos, String prefecture) {
        if (pos >= s.length()) {
            return Optional.empty();
        }
        for (Municipality m : byFirstChar.getOrDefault(s.charAt(pos), List.of())) {
            if (s.startsWith(m.name(), pos) && (prefecture == null || m.prefecture().equals(prefecture))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static Municipalities load() {
        Set<String> prefs = new LinkedHashSet<>();
        Map<Character, List<Municipality>> index = new HashMap<>();
        try (InputStream in = Municipalities.class.getResourceAsStream("municipalities.tsv")) {
            if (in == null) {
                throw new IllegalStateException("municipalities.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                Municipality m = new Municipality(f[0], f[1], f[2]);
                prefs.add(m.prefecture());
                index.computeIfAbsent(m.name().charAt(0), c -> new ArrayList<>()).add(m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt((Municipality m) -> m.name().length()).reversed()));
        return new Municipalities(Set.copyOf(prefs), index);
    }
}
