package io.precis.extract.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Places whose names look like a person's ("New Delhi", "Costa Rica": two capitalised words).
 * Datelines print them where a byline could stand, so a name found by position alone must not be
 * one of them. The list is short on purpose: widely used dateline cities, countries and regions.
 */
public final class Places {
    /** Compiled once: every name a byline may give is looked up. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> NAMES = load();

    private Places() {
    }

    /** True when the whole text is a place on the list, whatever its case and spacing. */
    public static boolean isPlace(String text) {
        return text != null && NAMES.contains(key(text));
    }

    private static String key(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        try (InputStream in = Places.class.getResourceAsStream("places.txt")) {
            if (in == null) throw new IllegalStateException("places.txt is missing from the jar");
            Set<String> names = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) names.add(key(line));
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
