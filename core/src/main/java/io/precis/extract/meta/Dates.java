package io.precis.extract.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the ways dates are written into ISO-8601 at the precision known: a day
 * ("2024-01-29") or an instant with its zone ("2024-01-29T10:15:00Z").
 */
public final class Dates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(T[0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private Dates() {
    }

    /** The first date found in the text, as ISO-8601, or null. */
    public static String parse(String text) {
        if (text == null) return null;
        Matcher m = ISO.matcher(text);
        if (m.find()) {
            if (m.group(4) != null) {
                String instant = instant(m.group());
                if (instant != null) return instant;
            }
            return day(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) return day(m.group(3), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)).toString(), m.group(2));
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) return day(m.group(3), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)).toString(), m.group(1));
        return null;
    }

    private static String instant(String text) {
        try {
            String t = text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
            if (!t.endsWith("Z") && !t.matches(".*[+-]\\d{2}:\\d{2}$")) return null;
            return OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toInstant().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String day(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
