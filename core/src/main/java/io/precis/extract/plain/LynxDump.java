package io.precis.extract.plain;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.extract.meta.Bylines;
import io.precis.extract.plain.LynxBlock.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web page saved by a text browser ({@code lynx -dump}): headings start in column 0, text is
 * indented and hard-wrapped, menus and link lists are bullet items. The body is the run of prose
 * paragraphs that outweighs the boilerplate around it (a maximum-sum span, as in text-density
 * extractors); the headline ({@link LynxHeadline}) and the dateline ({@link LynxDateline}) are
 * found around its start.
 */
final class LynxDump {
    /** Headings that close an article: what follows is about other pages. */
    private static final Pattern END_OF_ARTICLE = Pattern.compile(
            "(?i)^(our )?sources\\b|^related\\b|^more (from|on|in|stories|news|articles|like)\\b|^read (more|next)\\b|^recommended|"
                    + "^comments?\\b|^you (may|might) (also )?like|^trending|^most (read|popular|viewed|shared)|^latest (news|stories|articles)|"
                    + "^tags\\b|^share this|^about the author|^up next|^what to read next|^popular\\b|^editor'?s picks|^top stories|^sign up");
    /** Costs of non-prose blocks inside a body span: a subheading, and a list or widget block (by its words, clamped). */
    private static final int HEADING_COST = 4, OTHER_MIN_COST = 10, OTHER_MAX_COST = 40;

    private LynxDump() {
    }

    /** True for text that has the shape of a text-browser dump: mostly indented, hard-wrapped lines, bullets, widgets. */
    static boolean looksLike(String text) {
        int lines = 0, indented = 0, markers = 0, longest = 0;
        for (String l : text.split("\\R")) {
            if (l.isBlank()) continue;
            lines++;
            longest = Math.max(longest, l.length());
            if (l.startsWith("   ")) indented++;
            String t = l.strip();
            if (t.startsWith("* ") || t.startsWith("(BUTTON)") || t.startsWith("IFRAME:") || t.startsWith("REFRESH(") || t.matches("\\[[^\\]]*\\]")) markers++;
        }
        if (lines >= 15 && indented >= lines * 0.5 && markers >= 3) return true;
        // A page with few links or widgets: still indented text hard-wrapped at the terminal's
        // width, with headings in column 0.
        return lines >= 30 && indented >= lines * 0.8 && indented < lines && longest <= 100;
    }

    static Article extract(String text, Instant now) {
        List<LynxBlock> blocks = LynxBlock.parse(text);
        int[] span = bodySpan(blocks);
        Map<String, String> provenance = new LinkedHashMap<>();
        int bodyStart = span == null ? blocks.size() : span[0];
        int titleAt = LynxHeadline.index(blocks, bodyStart);
        int dateTo = bodyStart;
        if (span != null) {
            // The article starts at its headline: when the span opens with boilerplate prose (a
            // disclosure, a notice) and then headline and byline, the headline is inside it.
            int bylineAt = LynxHeadline.openingByline(blocks, span[0], span[1]);
            int inner = bylineAt < 0 ? -1 : LynxHeadline.headerAbove(blocks, span[0], bylineAt);
            // No short header there (or it follows a paragraph: an embedded post): the best headline above
            // the byline, unless the article's own header, with its byline, stands right above the span.
            if (bylineAt >= 0 && inner < span[0] && !LynxHeadline.bylineAbove(blocks, span[0])) {
                inner = LynxHeadline.index(blocks, bylineAt + 1);
            }
            if (inner >= span[0]) {
                titleAt = inner;
                span[0] = inner + 1;
                dateTo = bylineAt;
            }
        }
        List<String> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (span != null) {
            for (int i = span[0]; i <= span[1]; i++) {
                LynxBlock b = blocks.get(i);
                boolean keep = b.kind() == Kind.PROSE || b.kind() == Kind.ITEM
                        || (b.kind() == Kind.HEADING && b.words() <= 20 && i < span[1]);
                if (keep && seen.add(b.text())) paragraphs.add(b.text());
            }
        }
        String title = titleAt < 0 ? null : LynxHeadline.withoutMediaTag(blocks.get(titleAt).text());
        int from = titleAt < 0 ? Math.max(0, bodyStart - 15) : titleAt + 1;
        // A headline glued into one block with its byline: the headline is that line, and the
        // byline and dateline are read from that block on.
        LynxHeadline.GluedHeadline glued = LynxHeadline.glued(blocks, bodyStart);
        if (glued != null) {
            titleAt = glued.at();
            title = LynxHeadline.withoutMediaTag(glued.text());
            from = glued.at();
        }
        if (title != null) provenance.put("title", "text:heading");
        List<Author> authors = List.of();
        int to = Math.min(blocks.size(), Math.max(bodyStart, dateTo) + 2);
        for (int i = from; i < to && authors.isEmpty(); i++) {
            String t = blocks.get(i).text();
            if (t.length() <= 200 && t.matches("(?i)^by\\s+\\S.*")) authors = Bylines.parse(t);
        }
        if (!authors.isEmpty()) provenance.put("authors", "text:byline");
        String published = LynxDateline.published(text, blocks, titleAt, from, to, now);
        if (published != null) provenance.put("published", "text:dateline");
        return new Article(title, null, null, authors, null, null, published, null, null, paragraphs, provenance, Set.of());
    }

    /** The maximum-sum run of blocks: prose counts its words, everything else costs. */
    private static int[] bodySpan(List<LynxBlock> blocks) {
        int bestStart = -1, bestEnd = -1, best = 0, sum = 0, start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            LynxBlock b = blocks.get(i);
            int value = switch (b.kind()) {
                case PROSE -> b.words();
                case ITEM -> 0; // a sentence-like bullet neither extends a body nor breaks one
                case HEADING -> END_OF_ARTICLE.matcher(b.text()).find() ? -60 : b.words() <= 20 ? -HEADING_COST : -12;
                case OTHER -> -Math.max(OTHER_MIN_COST, Math.min(b.words(), OTHER_MAX_COST));
            };
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += value;
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        if (bestStart < 0) return null;
        while (bestStart <= bestEnd && blocks.get(bestStart).kind() != Kind.PROSE) bestStart++;
        return new int[]{bestStart, bestEnd};
    }
}
