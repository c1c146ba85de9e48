package io.precis.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The note about the writer that pages put after an article ("Jane Doe is a senior reporter covering
 * transport. Email: ..."): a paragraph opening with the credited author's name and a verb describing them.
 * Bylines name the author in full; bios often use the first name alone ("Jane writes about food"), so a
 * first name counts too when the full name has more than one word. The verbs are those of a description
 * of a person (is, has, writes, covers...), never of reported speech ("Jane Doe said"), so a story that
 * quotes someone mistaken for its author is not cut.
 */
final class AuthorBio {
    private static final AuthorBio NONE = new AuthorBio(List.of());
    private static final Set<String> VERBS = Set.of(
            "is", "was", "has", "writes", "covers", "joined", "lives", "reports",
            "ist", "war", "hat", "schreibt", "arbeitet", "lebt",
            "est", "a", "écrit", "es", "escribe", "è", "scrive");
    private static final int MIN_NAME_CHARS = 3;

    private final List<String> names;

    private AuthorBio(List<String> names) {
        this.names = names;
    }

    static AuthorBio of(List<String> authors) {
        if (authors.isEmpty()) return NONE;
        List<String> names = new ArrayList<>();
        for (String a : authors) {
            String full = a.strip().replaceAll("\\s+", " ");
            String[] parts = full.split(" ");
            if (parts.length < 2) continue; // a single word is as likely a brand or a desk as a person
            names.add(full);
            String first = parts[0];
            if (first.length() >= MIN_NAME_CHARS && Character.isUpperCase(first.charAt(0))
                    && first.substring(1).chars().allMatch(Character::isLowerCase)) {
                names.add(first);
            }
        }
        return new AuthorBio(names);
    }

    /** Whether {@code text} opens with an author's name followed by a verb describing them. */
    boolean opens(String text) {
        for (String name : names) {
            if (text.length() <= name.length() + 1 || !text.startsWith(name) || text.charAt(name.length()) != ' ') continue;
            int start = name.length() + 1;
            int end = start;
            while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
            if (end < text.length() && text.charAt(end) != ' ') continue;
            if (VERBS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }
}
