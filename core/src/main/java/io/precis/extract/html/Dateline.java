package io.precis.extract.html;

import io.precis.extract.meta.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The texts of the dateline a page prints with its headline: the day readers know the article by,
 * which is not always the day its structured data declares (an evergreen page republished with a
 * new date, an evening story stamped with tomorrow's UTC day).
 *
 * <p>Layouts put the dateline under the headline or, as magazines often do, just above it beside
 * the section name; so a few elements before the {@code <h1>} count as well as those after it.
 * Bylines share the hint words of datelines ("byline", "meta"), so only texts with a digit count,
 * or the author line would crowd the date out.
 */
final class Dateline {
    /** Elements looked at after the headline; a dateline comes before the story's first paragraphs. */
    private static final int AFTER = 80;
    /** Elements looked at before it: the rubric and date line of a magazine header, not the site menu. */
    private static final int BEFORE = 6;
    private static final int MAX_TEXTS = 3;
    /** A paragraph this long is the story itself: the dateline is above it. */
    private static final int STORY_WORDS = 20;
    /** Longer than any date written alone ("Wednesday, September 27, 2023 10:45 AM"). */
    private static final int LONGEST_BARE_DATE = 45;

    /** A clock time ("8:00 PM", "22.12", "9:03AM", "6:09 p.m."): the day beside it is counted in the page's own zone. */
    private static final Pattern CLOCK = Pattern.compile("(?i)(?<!\\d)\\d{1,2}(?:[:.h]\\d{2}(?!\\d)|\\s?[ap]\\.?m\\b)");

    /** The dateline's texts and the days written in each, in page order. */
    private final List<String> texts;
    private final List<List<LocalDate>> days = new ArrayList<>();

    private Dateline(List<String> texts, Instant now) {
        this.texts = texts;
        for (String text : texts) days.add(daysIn(text, now));
    }

    static Dateline of(Document page, Instant now) {
        return new Dateline(texts(page), now);
    }

    /** True when some dateline text shows this day. */
    boolean shows(LocalDate day) {
        for (List<LocalDate> d : days) if (d.contains(day)) return true;
        return false;
    }

    /** The first day the dateline shows, or null. */
    LocalDate firstDay() {
        for (List<LocalDate> d : days) if (!d.isEmpty()) return d.get(0);
        return null;
    }

    /**
     * The day next to {@code day} that the dateline shows with a clock time ("8:00 PM EST, Tue
     * December 19"), or null: the page's own local day for an instant given in another zone. A bare
     * day could have been counted in any zone, so it does not overrule the instant.
     */
    LocalDate clockedNeighbour(LocalDate day) {
        for (int i = 0; i < texts.size(); i++) {
            if (!CLOCK.matcher(texts.get(i)).find()) continue;
            for (LocalDate d : days.get(i)) if (Math.abs(d.toEpochDay() - day.toEpochDay()) == 1) return d;
        }
        return null;
    }

    private static List<LocalDate> daysIn(String text, Instant now) {
        List<LocalDate> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < 5 && from < text.length(); i++) {
            Dates.Found f = Dates.findAbsolute(text, now, from);
            if (f == null) break;
            from = Math.max(f.end(), from + 1);
            out.add(LocalDate.parse(f.iso().substring(0, 10)));
        }
        return out;
    }

    /** Up to three dateline texts, in page order; empty when the page has no {@code <h1>}. */
    static List<String> texts(Document page) {
        List<String> shown = new ArrayList<>();
        Element h1 = page.selectFirst("h1");
        if (h1 == null) return shown;
        for (Element e : before(h1)) {
            String text = shownText(e);
            if (text != null) shown.add(text);
        }
        int seen = 0;
        for (Element e = DocumentOrder.afterSubtree(h1); e != null && seen < AFTER && shown.size() < MAX_TEXTS; e = DocumentOrder.next(e), seen++) {
            // Once the dateline is found, a long paragraph is the story (a standfirst may precede the
            // dateline); notes after it ("This story was originally published ...") are not the dateline.
            if (!shown.isEmpty() && isStoryParagraph(e)) break;
            String text = shownText(e);
            if (text != null) shown.add(text);
        }
        return shown.size() > MAX_TEXTS ? shown.subList(0, MAX_TEXTS) : shown;
    }

    private static boolean isStoryParagraph(Element e) {
        if (!e.tagName().equals("p")) return false;
        String text = e.text(); // normalised: single spaces, no leading or trailing ones
        int words = text.isEmpty() ? 0 : 1;
        for (int i = 0; i < text.length() && words < STORY_WORDS; i++) if (text.charAt(i) == ' ') words++;
        return words >= STORY_WORDS;
    }

    /** The element's text when it reads as a dateline, else null. */
    private static String shownText(Element e) {
        // A <time> may print its day and its clock in separate child elements; other elements are read
        // by their own text, so a container does not repeat what its children show.
        String text = e.tagName().equals("time") || e.ownText().isBlank() ? e.text() : e.ownText();
        if (text.isBlank() || text.length() > 120 || !hasDigit(text)) return null;
        if (HtmlDates.insideComments(e)) return null;
        if (e.tagName().equals("time") || HtmlDates.hinted(e.tagName() + " " + e.className() + " " + e.id())) return text;
        // An unmarked element holding nothing but a date ("<h4>December 11, 2023</h4>").
        return text.length() <= LONGEST_BARE_DATE && Dates.parseAbsolute(text, null) != null ? text : null;
    }

    /** The few elements just before the headline, inside its own header block, in page order. */
    private static List<Element> before(Element h1) {
        List<Element> out = new ArrayList<>();
        Element block = h1.parent() == null ? null : h1.parent().parent();
        if (block == null || block.tagName().equals("body")) return out;
        for (Element e = DocumentOrder.previous(h1); e != null && out.size() < BEFORE && e != block; e = DocumentOrder.previous(e)) {
            if (!isInside(e, block)) break;
            out.add(0, e);
        }
        return out;
    }

    private static boolean isInside(Element e, Element block) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == block) return true;
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
