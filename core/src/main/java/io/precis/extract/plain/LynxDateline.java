package io.precis.extract.plain;

import io.precis.extract.meta.DateLabels;
import io.precis.extract.meta.Dates;
import io.precis.extract.plain.LynxBlock.Kind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a text-browser dump. The dateline sits between the headline and the
 * body, or a little above the headline; dates written out win over relative ones ("2 hours ago" is
 * usually a neighbouring story).
 */
final class LynxDateline {
    /** Today's date in a masthead, next to the weather ("71°F Sunday, December 24th 2023"): not the article's. */
    private static final Pattern MASTHEAD_DATE = Pattern.compile("\\d\\s?°\\s?[FC]?\\b");
    /** A byline line ("By Ann Smith", "Written by Ann Smith"), which may carry the date. */
    private static final Pattern DATED_BYLINE = Pattern.compile("^(?:By|BY|Written by)\\s+\\p{Lu}");
    /**
     * A dateline: a publication or update label at the start of a line. A dated correction or
     * clarification notice ("Correction: Dec. 20, 2023: An earlier version...") is an update.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(?:[*+o#]\\s+)?(?:(?:first |originally )?(?:published|posted)|(updated|last updated|modified|correct(?:ed|ion)\\b|clarifi(?:ed|cation)\\b))(?:\\s+on)?\\s*:?\\s*");

    /** A paragraph this long is running text, not a byline or dateline the dump glued together. */
    private static final int RUNNING_TEXT_WORDS = 40;
    /** Words besides the date on a dateline line: a name, a time, "2 Shares 1530 Views". */
    private static final int DATELINE_OTHER_WORDS = 6;
    private static final Pattern GLUED_MONTH = Pattern.compile(
            "(?<=\\p{L})(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s?\\d)");

    private static final int MASTHEAD_LINES = 10;
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\)|copyright");

    private LynxDateline() {
    }

    /** A line with today's date beside the weather: the day the page was seen, not the article's. */
    static boolean isMastheadDate(String line) {
        return MASTHEAD_DATE.matcher(line).find();
    }

    /**
     * The published day: 1. a date the page labels (Published/Updated) around the headline, outside
     * running text; 2. a dateline line there ({@link #datelineLine}); 3. any date written out there;
     * 4. a labelled date or a dated byline anywhere; 5. the only date on the page ({@link #onlyDate});
     * 6. a relative date near the headline.
     *
     * @param from the first block after the headline (or where the search for it started)
     * @param to the block after the last one to look at near the body's start
     */
    static String published(String text, List<LynxBlock> blocks, int titleAt, int from, int to, Instant now) {
        List<String> near = new ArrayList<>();
        // Running text: "a video posted June 14, 2022" is a label in a sentence, not a dateline.
        List<String> runningText = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String t = blocks.get(i).text();
            if (MASTHEAD_DATE.matcher(t).find()) continue;
            if (blocks.get(i).kind() == Kind.PROSE && blocks.get(i).words() > RUNNING_TEXT_WORDS) runningText.add(t);
            if (t.length() <= 400) near.add(t);
            else if (blocks.get(i).kind() != Kind.PROSE) {
                // A dump glues a byline and dateline to the standfirst next to it: its ends still count.
                near.add(t.substring(0, 160));
                near.add(t.substring(t.length() - 160));
            }
        }
        int above = titleAt < 0 ? from : titleAt;
        for (int i = above - 1; i >= 0 && i >= above - 15; i--) {
            String t = blocks.get(i).text();
            if (t.length() <= 120 && !MASTHEAD_DATE.matcher(t).find()) near.add(t);
        }
        String published = null;
        for (String t : near) {
            if (published == null && !runningText.contains(t)) published = DateLabels.labelledPublished(t, now);
        }
        if (published == null) published = datelineLine(blocks, titleAt, from, to, now);
        for (String t : near) {
            if (published == null) published = Dates.parseAbsolute(t, now);
        }
        for (int i = 0; published == null && i < blocks.size(); i++) {
            String t = blocks.get(i).text();
            if (t.length() > 400) continue;
            published = DateLabels.publishedIn(t, now, true);
            if (published == null && t.length() <= 160 && t.matches("(?is)^(by|written by)\\s.*")) published = Dates.parseAbsolute(t, now);
        }
        if (published == null) published = labelledLine(text, now);
        if (published == null) published = onlyDate(text, now);
        for (String t : near) {
            if (published == null) published = Dates.parse(t, now);
        }
        return published;
    }

    /**
     * A line of its own around the headline that is a dateline: a byline with a date ("By Ann Smith
     * - The Daily - Thursday, December 21, 2023") or a date with at most a few other words (a name,
     * a time, share counts). The dump glues such a line to the paragraph or caption next to it, so
     * lines are read one by one: first those between the headline and the body, then those above
     * the headline, nearest first.
     */
    static String datelineLine(List<LynxBlock> blocks, int titleAt, int from, int to, Instant now) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < Math.min(blocks.size(), to + 1); i++) lines.addAll(blocks.get(i).lines());
        int above = titleAt < 0 ? from : titleAt;
        for (int i = above - 1; i >= 0 && i >= above - 15; i--) lines.addAll(blocks.get(i).lines().reversed());
        for (String raw : lines) {
            Dates.Found f = datelineDate(raw, now);
            if (f != null) return f.iso();
        }
        return null;
    }

    /**
     * The date of a line that is a dateline on its own: a byline with a date, or a date with at most
     * a few other words ({@link #datelineLine}); else null.
     */
    static Dates.Found datelineDate(String raw, Instant now) {
        if (raw.length() > 100 || MASTHEAD_DATE.matcher(raw).find()) return null;
        String line = unglued(raw);
        Dates.Found f = Dates.findAbsolute(line, now, 0);
        if (f == null) return null;
        String rest = line.substring(0, f.start()) + " " + line.substring(f.end());
        return DATED_BYLINE.matcher(line).find() || words(rest) <= DATELINE_OTHER_WORDS ? f : null;
    }

    /**
     * A line of a dump that is a dateline or a dated byline: as {@link #datelineDate}, or a line that
     * starts with a publication label right before its date ("posted on 2023-12-19 23:30 EST by Ann Smith").
     */
    static boolean isDatelineLine(String raw, Instant now) {
        if (datelineDate(raw, now) != null) return true;
        String line = raw.strip();
        if (line.length() > 100) return false;
        Matcher m = DATELINE.matcher(line);
        if (!m.find()) return false;
        Dates.Found f = Dates.findAbsolute(line, now, m.end());
        return f != null && f.start() - m.end() <= 12;
    }

    /**
     * The one day written out on the page, when it shows no other (a page that prints its date
     * only under the article, or only in a photo caption), or null. It still comes before a
     * relative date, which depends on how long before its upload the page was saved.
     */
    static String onlyDate(String text, Instant now) {
        String only = null;
        int lineNo = 0;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            // The top of the page is the masthead, whose date is the day the page was seen.
            if (++lineNo <= MASTHEAD_LINES) continue;
            if (line.length() > 120 || COPYRIGHT.matcher(line).find() || MASTHEAD_DATE.matcher(line).find()) continue;
            Dates.Scanner dates = new Dates.Scanner(line, now);
            for (int from = 0; from < line.length(); ) {
                Dates.Found f = dates.find(from);
                if (f == null) break;
                from = Math.max(f.end(), from + 1);
                if (f.start() == 0 && f.end() == line.length() && Dates.parseAbsolute(line, now) == null) break; // relative
                String day = f.iso().substring(0, 10);
                if (only != null && !only.equals(day)) return null;
                only = day;
            }
        }
        return only;
    }

    /** "Ann ODec. 18, 2023": a name glued to the month that follows it, as a dump joins two elements. */
    static String unglued(String line) {
        return GLUED_MONTH.matcher(line).replaceAll(" ");
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.strip().split("[\\s|•·,-]+")) if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }

    /**
     * A line of its own that starts with a label and a written-out date ("Published on Dec. 22,
     * 2023", "Updated: August 8, 2023 | 6:51 AM"): the page's dateline, wherever the dump put it
     * (it may be glued to its neighbours in one block). The first "published" line wins, else the
     * first dated byline line, else the first "updated" one.
     */
    static String labelledLine(String text, Instant now) {
        String updated = null, byline = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.length() > 120) continue;
            Matcher m = DATELINE.matcher(line);
            if (!m.find()) {
                // "Written by Ann Smith, Staff Writer Dec. 24, 2023 at 4:00 a.m.": a dated byline.
                if (byline == null && DATED_BYLINE.matcher(line).find()) {
                    String d = Dates.parseAbsolute(line, now);
                    if (d != null) byline = d.substring(0, 10);
                }
                continue;
            }
            Dates.Found f = Dates.findAbsolute(line, now, m.end());
            if (f == null || f.start() - m.end() > 12) continue;
            if (m.group(1) == null) return f.iso().substring(0, 10);
            if (updated == null) updated = f.iso().substring(0, 10);
        }
        return byline != null ? byline : updated;
    }
}
