package io.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The logical lines of a text: a line that ends complete (a headline, a list item, a paragraph) stands alone,
 * while a line broken in the middle of a sentence (hard-wrapped text) is joined to the next one.
 */
final class Lines {
    private Lines() {
    }

    static List<String> logicalLines(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = text.split("\\r?\\n|\\r");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.isEmpty()) {
                flush(current, out);
                continue;
            }
            if (!current.isEmpty()) current.append(' ');
            current.append(line);
            String next = k + 1 < lines.length ? lines[k + 1].strip() : "";
            if (!continues(line, next)) flush(current, out);
        }
        flush(current, out);
        return out;
    }

    /** A line continues on the next when it stops without punctuation and the next starts in lowercase. */
    private static boolean continues(String line, String next) {
        if (next.isEmpty()) return false;
        char last = line.charAt(line.length() - 1);
        if (".!?…:;\"”’')]»".indexOf(last) >= 0) return false;
        return Character.isLowerCase(next.charAt(0)) || last == ',' || last == '-';
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.isEmpty()) out.add(current.toString());
        current.setLength(0);
    }
}
