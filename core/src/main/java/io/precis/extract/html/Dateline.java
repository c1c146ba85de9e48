package io.precis.extract.html;

import io.precis.extract.meta.Dates;
import org.jsoup.nodes.Element;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

    /**
     * A clock time ("8:00 PM", "22.12", "9:03AM", "6:09 p.m."): the day beside it is counted in the
     * page's own zone. Groups: hour, minutes after ":" or "h", minutes after ".", am/pm after minutes,
     * am/pm after a bare hour. A dotted pair inside a dotted date ("11.12.2023") is the day and month.
     */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)(?<!\\d)(?<!\\d\\.)(\\d{1,2})(?:(?:[:h](\\d{2})(?!\\d)|\\.(\\d{2})(?!\\d)(?!\\.\\d))(?:\\s?([ap])\\.?m\\b)?|\\s?([ap])\\.?m\\b)");

    /** The dateline's texts and the days written in each, in page order. */
    private final List<String> texts;
    private final List<List<LocalDate>> days = new ArrayList<>();

    private Dateline(List<String> texts, Instant now) {
        this.texts = texts;
        for (String text : texts) days.add(daysIn(text, now));
    }

    static Dateline of(PageIndex index, Instant now) {
        return new Dateline(texts(index.headline()), now);
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
     * December 19"), or null: the page's own local day for a day stamped in another zone. A bare
     * day could have been counted in any zone, so it does not overrule the stamped one.
     */
    LocalDate clockedNeighbour(LocalDate day) {
        for (int i = 0; i < texts.size(); i++) {
            if (!CLOCK.matcher(texts.get(i)).find()) continue;
            for (LocalDate d : days.get(i)) if (isNeighbour(d, day)) return d;
        }
        return null;
    }

    /**
     * The day next to the instant's UTC day that the dateline shows with a clock time that is the
     * instant read in some time zone, or null. A clock time no zone could give is another moment
     * (an update), so its day says nothing about the instant's.
     */
    LocalDate localNeighbour(OffsetDateTime instant) {
        LocalDate utcDay = instant.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        for (int i = 0; i < texts.size(); i++) {
            List<Clock> clocks = clocksIn(texts.get(i));
            for (LocalDate d : days.get(i)) {
                if (!isNeighbour(d, utcDay)) continue;
                for (Clock c : clocks) if (UtcOffsets.couldBeLocal(d.atTime(c.time()), instant.truncatedTo(c.precision()))) return d;
            }
        }
        return null;
    }

    /** A clock time as printed: to the minute ("8:05 PM"), or to the hour ("8 PM"), never to the second. */
    private record Clock(LocalTime time, ChronoUnit precision) {
    }

    private static boolean isNeighbour(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay()) == 1;
    }

    private static List<Clock> clocksIn(String text) {
        List<Clock> out = new ArrayList<>();
        Matcher m = CLOCK.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            String minutes = m.group(2) != null ? m.group(2) : m.group(3);
            int minute = minutes == null ? 0 : Integer.parseInt(minutes);
            String half = m.group(4) != null ? m.group(4) : m.group(5);
            if (half != null) {
                if (hour < 1 || hour > 12) continue;
                hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
            }
            if (hour <= 23 && minute <= 59) out.add(new Clock(LocalTime.of(hour, minute), minutes == null ? ChronoUnit.HOURS : ChronoUnit.MINUTES));
        }
        return out;
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

    /**
     * Up to three dateline texts, in page order; empty when the page has no {@code <h1>}. The texts
     * nearest the headline win, and each side keeps at least one: hinted lines above the headline
     * ("5 min read") must not crowd out the dateline under it, nor the reverse.
     */
    static List<String> texts(Element h1) {
        if (h1 == null) return new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (Element e : before(h1)) {
            String text = shownText(e);
            if (text != null) above.add(text);
        }
        List<String> below = new ArrayList<>();
        int seen = 0;
        for (Element e = DocumentOrder.afterSubtree(h1); e != null && seen < AFTER && below.size() < MAX_TEXTS; e = DocumentOrder.next(e), seen++) {
            // Once the dateline is found, a long paragraph is the story (a standfirst may precede the
            // dateline); notes after it ("This story was originally published ...") are not the dateline.
            if ((!above.isEmpty() || !below.isEmpty()) && isStoryParagraph(e)) break;
            String text = shownText(e);
            if (text != null) below.add(text);
        }
        int fromAbove = above.isEmpty() ? 0 : Math.min(above.size(), Math.max(1, MAX_TEXTS - below.size()));
        List<String> shown = new ArrayList<>(above.subList(above.size() - fromAbove, above.size()));
        shown.addAll(below.subList(0, Math.min(below.size(), MAX_TEXTS - fromAbove)));
        return shown;
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
        String own = e.tagName().equals("time") ? null : e.ownText();
        // A container's whole text is only built when it may be short enough: counting to the limit is cheaper.
        if ((own == null || own.isBlank()) && ElementText.longerThan(e, 120)) return null;
        String text = own == null || own.isBlank() ? e.text() : own;
        if (text.isBlank() || text.length() > 120 || !hasDigit(text)) return null;
        if (HtmlDates.insideComments(e)) return null;
        if (e.tagName().equals("time") || HtmlDates.hinted(e.tagName() + " " + e.className() + " " + e.id())) return text;
        // An unmarked element holding nothing but a date ("<h4>December 11, 2023</h4>").
        return BareDate.is(text) ? text : null;
    }

    /**
     * The few elements just before the headline, inside its own header block, in page order. The
     * h1's ancestors come before it in page order too, but their text holds the headline itself.
     * Without a header block, what precedes the headline is the site's masthead ("Monday, November
     * 23, 2026"), not the story's.
     */
    private static List<Element> before(Element h1) {
        List<Element> out = new ArrayList<>();
        Element block = HeadlineBlock.of(h1);
        if (block == null) return out;
        for (Element e = DocumentOrder.previous(h1); e != null && out.size() < BEFORE && e != block; e = DocumentOrder.previous(e)) {
            if (!DocumentOrder.isInside(e, block)) break;
            if (!DocumentOrder.isInside(h1, e)) out.add(0, e);
        }
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
