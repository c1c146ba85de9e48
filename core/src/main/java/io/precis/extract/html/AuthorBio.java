package io.precis.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The note about the writer that pages put after an article ("Jane Doe is a senior reporter covering
 * transport. Email: ..."): a paragraph opening with the credited author's name and a verb describing them.
 * Bylines name the author in full; bios often use the first name alone ("Jane writes about food"), so a
 * first name counts too when the full name has more than one word (then only in a paragraph that says what
 * the writer does: a first name is often also a place or a word). The verbs are those of a description
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
    /** What a bio says its subject does: writes, reports, edits, for a paper or on a beat. */
    private static final java.util.regex.Pattern WRITER = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:writ(?:es|er|ing|ten)|report(?:s|er|ing)|journalis[tm]|editor|correspondent|contributor|"
            + "columnist|author|covers|covering|freelance|staff|newsroom|beat|"
            + "schreibt|autor(?:in)?|redakteur(?:in)?|journalist(?:in)?|korrespondent(?:in)?|"
            + "écrit|journaliste|rédact(?:eur|rice)|escribe|periodista|redactor(?:a)?|scrive|giornalista)\\b");

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
            if (!VERBS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT))) continue;
            // A first name alone is often also a place, a month or a word ("Georgia has...", "April was...",
            // "Hope is..."): it opens a bio only when the paragraph says what the writer does.
            if (name.indexOf(' ') < 0 && !WRITER.matcher(text).find()) continue;
            return true;
        }
        return false;
    }
}
