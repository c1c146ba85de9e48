package io.precis.extract.meta;

import io.precis.article.Author;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a byline into people: "By" and roles stripped, "A, B and C" split, and dateline places kept
 * per author ("A and B in Washington, C in Tehran" gives A and B Washington, C Tehran).
 */
public final class Bylines {
    private static final Pattern BY = Pattern.compile("^(?i:by|von|par|por|di|door|de)\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern IN_PLACE = Pattern.compile("^(.+?)\\s+in\\s+(\\p{Lu}[\\p{L}.'\\- ]*)$");

    private Bylines() {
    }

    public static List<Author> parse(String byline) {
        if (byline == null) return List.of();
        String text = BY.matcher(byline.strip()).replaceFirst("");
        List<Author> authors = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            if (part.isBlank()) continue;
            Matcher m = IN_PLACE.matcher(part.strip());
            if (m.matches()) {
                pending.add(m.group(1).strip());
                String place = m.group(2).strip();
                for (String name : pending) authors.add(new Author(name, place));
                pending.clear();
            } else {
                pending.add(part.strip());
            }
        }
        for (String name : pending) authors.add(Author.named(name));
        return List.copyOf(authors);
    }

    /** True when the line reads like a list of personal names, optionally with places. */
    public static boolean looksLikeByline(String line) {
        if (line.length() > 200 || line.endsWith(".")) return false;
        List<Author> authors = parse(line);
        if (authors.isEmpty()) return false;
        for (Author a : authors) {
            String[] words = a.name().split("\\s+");
            if (words.length < 2 || words.length > 4) return false;
            for (String w : words) {
                if (!Character.isUpperCase(w.codePointAt(0))) return false;
            }
        }
        return true;
    }
}
