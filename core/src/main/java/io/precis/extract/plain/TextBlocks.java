package io.precis.extract.plain;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs of pasted text: blocks between blank lines with hard-wrapped lines joined, or one
 * paragraph per line when the text has no blank lines at all (as exports and pastes often do).
 */
final class TextBlocks {
    private TextBlocks() {
    }

    static List<String> paragraphs(String text) {
        String[] lines = text.split("\\R", -1);
        boolean hasBlank = false;
        int nonBlank = 0;
        for (String l : lines) {
            if (l.isBlank()) hasBlank = true;
            else nonBlank++;
        }
        List<String> out = new ArrayList<>();
        if (!hasBlank || nonBlank < 3) {
            for (String l : lines) if (!l.isBlank()) out.add(squeeze(l));
            return out;
        }
        StringBuilder block = new StringBuilder();
        for (String l : lines) {
            if (l.isBlank()) {
                flush(block, out);
            } else {
                if (!block.isEmpty()) block.append(' ');
                block.append(l.strip());
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(StringBuilder block, List<String> out) {
        if (!block.isEmpty()) out.add(squeeze(block.toString()));
        block.setLength(0);
    }

    static String squeeze(String s) {
        return s.replace('\u00A0', ' ').replaceAll("[ \\t]+", " ").strip();
    }
}
