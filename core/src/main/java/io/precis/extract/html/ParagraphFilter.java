package io.precis.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops blocks of the article's container that read like boilerplate: the headline (kept as metadata),
 * link lists, bare URLs, share/subscribe/"read more" lines and copyright notices.
 */
final class ParagraphFilter {
    private static final double MAX_LINK_DENSITY = 0.5;
    private static final Pattern BARE_URL = Pattern.compile("(?i)(https?://|www\\.)\\S+");

    private ParagraphFilter() {
    }

    static List<String> keep(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.tag().equals("h1")) continue;
            if (b.linkDensity() > MAX_LINK_DENSITY) continue;
            String text = b.text().strip();
            if (BARE_URL.matcher(text).matches()) continue;
            out.add(text);
        }
        return out;
    }
}
