package io.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits text into sentences, keeping abbreviations, initials and decimals intact. */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "inc", "ltd", "co", "corp", "vs", "etc", "no", "u.s", "u.k", "a.m", "p.m", "e.g", "i.e");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n|\\n")) {
            splitParagraph(paragraph.strip(), sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String p, List<String> out) {
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int end = i + 1;
            while (end < p.length() && "\"'”’)]".indexOf(p.charAt(end)) >= 0) end++;
            if (end < p.length() && !Character.isWhitespace(p.charAt(end))) continue;
            int next = end;
            while (next < p.length() && Character.isWhitespace(p.charAt(next))) next++;
            if (next >= p.length()) break;
            char n = p.charAt(next);
            if (!(Character.isUpperCase(n) || "\"“‘'(".indexOf(n) >= 0 || Character.isDigit(n))) continue;
            if (c == '.' && isAbbreviation(p, start, i)) continue;
            if (c == '.' && i >= 2 && p.charAt(i - 2) == ' ' && p.charAt(i - 1) == '.') continue;
            out.add(p.substring(start, end).strip());
            start = next;
        }
        String rest = p.substring(start).strip();
        if (!rest.isEmpty()) out.add(rest);
    }

    private static boolean isAbbreviation(String p, int start, int dot) {
        int w = dot;
        while (w > start && !Character.isWhitespace(p.charAt(w - 1))) w--;
        String word = p.substring(w, dot).toLowerCase().replaceAll("^[\"“(]+", "");
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) return true;
        return ABBREVIATIONS.contains(word);
    }
}
