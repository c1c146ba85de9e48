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
        Found best = null;
        best = earlier(best, iso(text, now, from));
        best = earlier(best, ymd(text, now, from));
        best = earlier(best, named(DAY_MONTH_YEAR, text, now, from, 3, 2, 1));
        best = earlier(best, named(MONTH_DAY_YEAR, text, now, from, 3, 1, 2));
        best = earlier(best, named(YEAR_MONTH_DAY, text, now, from, 1, 2, 3));
        best = earlier(best, cjk(text, now, from));
        best = earlier(best, numeric(text, now, from));
        if (best == null && allowRelative && now != null && from == 0) {
            LocalDate relative = RelativeDates.resolve(text, now);
            if (relative != null) return new Found(relative.toString(), 0, text.length());
        }
        return best;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start() < a.start() ? b : a;
    }

    private static Found iso(String text, Instant now, int from) {
        Matcher m = ISO.matcher(text);
        int pos = from;
        while (m.find(pos)) {
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
        Matcher m = YMD.matcher(text);
        int pos = from;
        while (m.find(pos)) {
            pos = m.start() + 1;
            LocalDate day = day(m.group(1), m.group(3), m.group(4));
            if (plausible(day, now)) return new Found(day.toString(), m.start(), m.end());
        }
        return null;
    }

    private static Found named(Pattern p, String text, Instant now, int from, int year, int month, int dayOfMonth) {
        Matcher m = p.matcher(text);
        int pos = from;
        while (m.find(pos)) {
            pos = m.start() + 1;
            int mm = MonthNames.month(m.group(month));
            LocalDate day = day(m.group(year), Integer.toString(mm), m.group(dayOfMonth));
            if (mm > 0 && plausible(day, now)) return new Found(day.toString(), m.start(), m.end());
        }
        return null;
    }

    private static Found cjk(String text, Instant now, int from) {
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
     * 29.01.2024 is day-first wherever dots are used; with slashes or dashes the first number is
     * the month (US) unless it cannot be one, or the second cannot.
     */
    private static Found numeric(String text, Instant now, int from) {
        Matcher m = NUMERIC.matcher(text);
        int pos = from;
        while (m.find(pos)) {
            pos = m.start() + 1;
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(3));
            String y = m.group(4);
            if (y.length() == 2) {
                if (m.group(2).equals(".")) continue; // "1.2.24" is more often a version than a date
                y = "20" + y;
            }
            boolean dayFirst = m.group(2).equals(".") || a > 12;
            if (!dayFirst && b > 12 && a > 12) continue;
            LocalDate day = dayFirst ? day(y, Integer.toString(b), Integer.toString(a)) : day(y, Integer.toString(a), Integer.toString(b));
            if (plausible(day, now)) return new Found(day.toString(), m.start(), m.end());
        }
        return null;
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
