package io.precis.extract.meta;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the ways dates are written into ISO-8601 at the precision known: a day
 * ("2024-01-29") or an instant with the zone it was written in ("2024-01-29T10:15:00-05:00").
 * Understands ISO and numeric dates (29.01.2024, 01/29/2024, 2024/01/29), month names in about
 * twenty languages ("Jan 29th2024", "29 de enero de 2024", "3. März 2024", "3 марта 2024"),
 * CJK dates (2024年1月29日) and, given the time the document was received, relative dates
 * ("3 hours ago"). Impossible dates, dates before the web ({@link #EARLIEST}) and dates after the
 * document was received are rejected.
 */
public final class Dates {
    /** No news page predates this (htmldate uses the same floor). */
    public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private static final String M = "(" + MonthNames.ALTERNATION + ")\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?)\\s?(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?(?!\\d)");
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})([/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d./-]|\\s?[:h]\\s?\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})(?!\\d)(?:st|nd|rd|th|er|º|°|\\.)?\\s*(?:de\\s+|of\\s+|-)?" + M
                    + "(?![\\p{L}])[,.]?\\s*(?:de\\s+|del\\s+|-)?'?((?:19|20)\\d{2}|\\d{4}(?!\\d))");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])|(?-i:(?<=\\p{Ll})(?=\\p{Lu})))" + M + "(?![\\p{L}])\\s*(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,|\\.)?\\s*((?:19|20)\\d{2}|\\d{4}(?!\\d))");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{4})\\.?\\s*" + M + "(?![\\p{L}])\\s*(\\d{1,2})(?!\\d)");
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Dates() {
    }

    /** A date found in text: its ISO form and where it was written. */
    public record Found(String iso, int start, int end) {
    }

    /** The first valid date in the text, as ISO-8601, or null (no relative dates, no upper bound). */
    public static String parse(String text) {
        Found f = find(text, null, 0);
        return f == null ? null : f.iso();
    }

    /** The first valid date in the text, as ISO-8601, or null; relative dates resolve against {@code now}. */
    public static String parse(String text, Instant now) {
        Found f = find(text, now, 0);
        return f == null ? null : f.iso();
    }

    /** The first valid date written out in the text (relative dates ignored), or null. */
    public static String parseAbsolute(String text, Instant now) {
        Found f = find(text, now, 0, false);
        return f == null ? null : f.iso();
    }

    /** The earliest-written valid date at or after {@code from}, or null. */
    public static Found find(String text, Instant now, int from) {
        return find(text, now, from, true);
    }

    /** The earliest-written valid date at or after {@code from}, relative dates ignored, or null. */
    public static Found findAbsolute(String text, Instant now, int from) {
        return find(text, now, from, false);
    }

    private static Found find(String text, Instant now, int from, boolean allowRelative) {
        if (text == null || from >= text.length()) return null;
        return new Scanner(text, now).find(from, allowRelative);
    }

    /**
     * Successive {@link #find(String, Instant, int)} calls on one text, each pattern's search resumed rather
     * than restarted: a pattern's first valid match at or after {@code from} stays its first valid match for
     * any later {@code from} up to that match's start (and when a pattern has none left, it has none for any
     * later start). So walking the dates of a long text costs one scan per pattern instead of one per date,
     * with the same results as calling {@code find} afresh each time.
     */
    public static final class Scanner {
        private static final int KINDS = 7;
        private final String text;
        private final Instant now;
        /** Per pattern: its first valid match at or after {@code searchedFrom[k]} (null: none). */
        private final Found[] next = new Found[KINDS];
        private final int[] searchedFrom = new int[KINDS];

        public Scanner(String text, Instant now) {
            this.text = text;
            this.now = now;
            java.util.Arrays.fill(searchedFrom, -1);
        }

        /** The moment dates after which are not plausible, or null. */
        Instant now() {
            return now;
        }

        /** As {@link Dates#find(String, Instant, int)} on this scanner's text. */
        public Found find(int from) {
            return find(from, true);
        }

        Found find(int from, boolean allowRelative) {
            if (text == null || from >= text.length()) return null;
            Found best = null;
            for (int k = 0; k < KINDS; k++) best = earlier(best, kind(k, from));
            if (best == null && allowRelative && now != null && from == 0) {
                LocalDate relative = RelativeDates.resolve(text, now);
                if (relative != null) return new Found(relative.toString(), 0, text.length());
            }
            return best;
        }

        private Found kind(int k, int from) {
            int s = searchedFrom[k];
            if (s >= 0 && s <= from && (next[k] == null || next[k].start() >= from)) return next[k];
            Found f = switch (k) {
                case 0 -> iso(text, now, from);
                case 1 -> ymd(text, now, from);
                case 2 -> named(DAY_MONTH_YEAR, text, now, from, 3, 2, 1);
                case 3 -> named(MONTH_DAY_YEAR, text, now, from, 3, 1, 2);
                case 4 -> named(YEAR_MONTH_DAY, text, now, from, 1, 2, 3);
                case 5 -> cjk(text, now, from);
                default -> numeric(text, now, from);
            };
            searchedFrom[k] = from;
            next[k] = f;
            return f;
        }
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start() < a.start() ? b : a;
    }

    private static Found iso(String text, Instant now, int from) {
        Matcher m = ISO.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = from;
        while (findBefore(m, text, pos, "-", 4, 4)) {
            pos = m.start() + 1;
            LocalDate day = day(m.group(1), m.group(2), m.group(3));
            if (!plausible(day, now)) continue;
            String iso = day.toString();
            if (m.group(4) != null && m.group(5) != null) {
                String instant = instant(day, m.group(4), m.group(5), now);
                if (instant != null) iso = instant;
            }
            return new Found(iso, m.start(), m.end());
        }
        return null;
    }

    private static Found ymd(String text, Instant now, int from) {
        Matcher m = YMD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = from;
        while (findBefore(m, text, pos, "/.", 4, 4)) {
            pos = m.start() + 1;
            LocalDate day = day(m.group(1), m.group(3), m.group(4));
            if (plausible(day, now)) return new Found(day.toString(), m.start(), m.end());
        }
        return null;
    }

    private static Found named(Pattern p, String text, Instant now, int from, int year, int month, int dayOfMonth) {
        int pos = from;
        for (Matcher m; (m = leftmost(p, text, pos, year == 1)) != null; ) {
            pos = m.start() + 1;
            int mm = MonthNames.month(m.group(month));
            LocalDate day = day(m.group(year), Integer.toString(mm), m.group(dayOfMonth));
            if (mm > 0 && plausible(day, now)) return new Found(day.toString(), m.start(), m.end());
        }
        return null;
    }

    /**
     * Most characters of "non-space" a month-name date holds before (or, year first, after) its year: the month
     * name, a dot, the day and its suffix, "de"/"del"/"of", punctuation, an apostrophe; with a margin.
     */
    private static final int NAMED_SPAN = MonthNames.LONGEST + 16;

    /**
     * The matcher at {@code p}'s leftmost match starting at or after {@code pos}, exactly as {@code find(pos)}
     * would give it, or null. A month-name date always holds four digits (its year), at its start (year first)
     * or after at most {@link #NAMED_SPAN} characters other than white space; so only the stretches before (or
     * at) each run of four digits are tried, rather than every position of a long text, which is slow for an
     * alternation of hundreds of month names matched without regard to case.
     */
    private static Matcher leftmost(Pattern p, String text, int pos, boolean yearFirst) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        if (yearFirst) {
            for (int y = nextYear(text, pos); y >= 0; y = nextYear(text, y + 1)) {
                if (!monthAfterYear(text, y)) continue;
                m.region(y, text.length());
                if (m.lookingAt()) return m;
            }
            return null;
        }
        int best = -1;
        for (int y = nextYear(text, pos); y >= 0; y = nextYear(text, y + 1)) {
            int start = Math.max(pos, spanStart(text, y));
            if (best >= 0 && start >= best) break; // later years' stretches start later still
            // A match whose year is an earlier run was found at that run already.
            if (p == MONTH_DAY_YEAR && !dayBeforeYear(text, y)) continue;
            int found = -1;
            for (int i = start; i < y + 4 && (best < 0 || i < best); i++) {
                if (!mayStart(p, text.charAt(i))) continue;
                m.region(i, y + 4); // with transparent bounds, the same attempt as find() makes at i
                if (m.lookingAt()) {
                    found = i;
                    break;
                }
            }
            if (found >= 0 && (best < 0 || found < best)) best = found;
        }
        if (best < 0) return null;
        m.region(best, text.length()); // the match at that start as an unbounded search finds it
        if (m.lookingAt()) return m;
        m.reset();
        return m.find(pos) ? m : null;
    }

    /** lower(upper(c)) of each month name's first letter: the (?iu) patterns compare characters so. */
    private static final java.util.Set<Character> MONTH_FIRSTS = monthFirsts();

    private static java.util.Set<Character> monthFirsts() {
        java.util.Set<Character> firsts = new java.util.HashSet<>();
        for (String name : MonthNames.ALTERNATION.split("\\|")) {
            firsts.add(Character.toLowerCase(Character.toUpperCase(name.charAt(0))));
        }
        return firsts;
    }

    /**
     * Whether a match of the day-first or month-first pattern can start at a character: a day starts with an
     * ASCII digit, a month name with one of {@link #MONTH_FIRSTS} (a surrogate is left to the pattern).
     */
    private static boolean mayStart(Pattern p, char c) {
        if (p == DAY_MONTH_YEAR) return c >= '0' && c <= '9';
        if (p != MONTH_DAY_YEAR || Character.isSurrogate(c)) return true;
        return MONTH_FIRSTS.contains(c) || MONTH_FIRSTS.contains(Character.toLowerCase(Character.toUpperCase(c)));
    }

    /**
     * Whether a year-first date can start at the four digits at {@code year}: no digit before them, and after
     * them an optional dot and white space, then what can start a month name. Most years in a text (a
     * copyright line, a list of dates written otherwise) fail this, and the month alternation is not tried.
     */
    static boolean monthAfterYear(String text, int year) {
        if (year > 0 && isDigit(text.charAt(year - 1))) return false;
        int i = year + 4;
        if (i < text.length() && text.charAt(i) == '.') i++;
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        return i < text.length() && mayStart(MONTH_DAY_YEAR, text.charAt(i));
    }

    /**
     * Whether a month-first date can end in the four digits at {@code year}: before them, past any white
     * space, the day's digit comes within a two-letter suffix and a comma or dot ("May 5th, 2024").
     */
    static boolean dayBeforeYear(String text, int year) {
        int i = year - 1;
        while (i >= 0 && isSpace(text.charAt(i))) i--;
        for (int k = 0; k <= 3 && i - k >= 0; k++) if (isDigit(text.charAt(i - k))) return true;
        return false;
    }

    /** The white space of {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The first index at or after {@code from} where four ASCII digits begin, or -1. */
    private static int nextYear(String text, int from) {
        int run = 0;
        for (int i = Math.max(0, from - 3) ; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= 4 && i - 3 >= from) return i - 3;
            } else {
                run = 0;
            }
        }
        return -1;
    }

    /** Where a month-name date ending in the year at {@code year} can start at the earliest. */
    private static int spanStart(String text, int year) {
        int i = year, left = NAMED_SPAN;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r')) {
                if (left == 0) break;
                left--;
            }
            i--;
        }
        return i;
    }

    private static Found cjk(String text, Instant now, int from) {
        if (!containsFrom(text, '年', from) && !containsFrom(text, '년', from)) return null; // every match holds one
        Matcher m = CJK.matcher(text);
        int pos = from;
        while (m.find(pos)) {
            pos = m.start() + 1;
            LocalDate day = day(m.group(1), m.group(2), m.group(3));
            if (plausible(day, now)) return new Found(day.toString(), m.start(), m.end());
        }
        return null;
    }

    /**
     * 29.01.2024 is day-first wherever dots are used (12.22.2023 cannot be, and is not); with slashes or dashes the first number is
     * the month (US) unless it cannot be one, or the second cannot.
     */
    private static Found numeric(String text, Instant now, int from) {
        Matcher m = NUMERIC.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = from;
        while (findBefore(m, text, pos, "./-", 1, 2)) {
            pos = m.start() + 1;
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
            String y = m.group(4);
            if (y.length() == 2) {
                // "1.2.24" is more often a version than a date; "01.02.24", day and month padded to two
                // digits, is the short form of the day-first date (DIN 5008), which versions are not written in.
                if (m.group(2).equals(".") && (m.group(1).length() < 2 || m.group(3).length() < 2)) continue;
                y = "20" + y;
            }
            // Dotted is day-first unless the second number cannot be a month: "12.22.2023" (US, dotted).
            boolean dayFirst = (m.group(2).equals(".") && b <= 12) || a > 12;
            if (!dayFirst && b > 12 && a > 12) continue;
            LocalDate day = dayFirst ? day(y, Integer.toString(b), Integer.toString(a)) : day(y, Integer.toString(a), Integer.toString(b));
            if (plausible(day, now)) return new Found(day.toString(), m.start(), m.end());
        }
        return null;
    }

    private static boolean containsFrom(String text, char c, int from) {
        return text.indexOf(c, from) >= 0;
    }

    /**
     * {@code m.find(pos)} for a pattern whose every match starts with {@code min} to {@code max} digits followed
     * by one of {@code separators}: only the starts just before each such separator are tried (in increasing
     * order, so the first that matches is the leftmost match, as {@code find} gives it), rather than every
     * position of a long text. The matcher must use transparent, non-anchoring bounds, so that look-behinds
     * and look-aheads see past the region as {@code find} would.
     */
    private static boolean findBefore(Matcher m, String text, int pos, String separators, int min, int max) {
        int n = text.length();
        int lastTried = pos - 1;
        Separators next = new Separators(text, separators);
        for (int p = next.from(pos + min); p >= 0; p = next.from(p + 1)) {
            int digits = 0;
            while (digits < max && p - digits - 1 >= pos && isDigit(text.charAt(p - digits - 1))) digits++;
            if (digits < min) continue;
            for (int start = Math.max(p - digits, lastTried + 1); start <= p - min; start++) {
                m.region(start, n);
                if (m.lookingAt()) return true;
            }
            lastTried = p - min;
        }
        return false;
    }

    /**
     * The positions of some characters in a text, in increasing order, found with {@link String#indexOf(int, int)}
     * (much faster than looking at each character); each character's next position is kept until passed.
     */
    private static final class Separators {
        private final String text;
        private final String chars;
        private final int[] next;

        Separators(String text, String chars) {
            this.text = text;
            this.chars = chars;
            this.next = new int[chars.length()];
            java.util.Arrays.fill(next, -2); // not looked for yet
        }

        /** The first position at or after {@code from} holding one of the characters, or -1. */
        int from(int from) {
            int first = -1;
            for (int k = 0; k < next.length; k++) {
                if (next[k] != -1 && next[k] < from) next[k] = text.indexOf(chars.charAt(k), from);
                if (next[k] >= 0 && (first < 0 || next[k] < first)) first = next[k];
            }
            return first;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String instant(LocalDate day, String time, String zone, Instant now) {
        try {
            String[] hms = time.replace(',', '.').split(":");
            int h = Integer.parseInt(hms[0]), min = Integer.parseInt(hms[1]);
            int s = hms.length > 2 ? (int) Double.parseDouble(hms[2]) : 0;
            ZoneOffset offset = zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")
                    ? ZoneOffset.UTC : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            OffsetDateTime t = OffsetDateTime.of(LocalDateTime.of(day, java.time.LocalTime.of(h, min, s)), offset);
            if (now != null && t.toInstant().isAfter(now)) return null;
            return t.format(INSTANT).replace("+00:00", "Z");
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static LocalDate day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A real day, not before the web, and not after the document arrived (in the earliest time zone). */
    public static boolean plausible(LocalDate day, Instant now) {
        if (day == null || day.isBefore(EARLIEST)) return false;
        LocalDate latest = now == null ? LocalDate.now(ZoneOffset.ofHours(14)).plusYears(1)
                : LocalDate.ofInstant(now, ZoneOffset.ofHours(14));
        return !day.isAfter(latest);
    }
}
