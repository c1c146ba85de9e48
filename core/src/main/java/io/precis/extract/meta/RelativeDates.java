package io.precis.extract.meta;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative dates ("3 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días", "yesterday")
 * resolved against the moment the document was received, to the day.
 */
final class RelativeDates {
    private static final String UNITS = "(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
            + "minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|"
            + "heures?|jours?|semaines?|mois|"
            + "minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|"
            + "[mhdw])";
    private static final Pattern AGO = Pattern.compile(
            "(?iu)\\b(\\d{1,3}|an?|one)\\s*" + UNITS + "\\s+ago\\b");
    private static final Pattern BEFORE = Pattern.compile(
            "(?iu)\\b(?:vor|il y a|hace|há)\\s+(\\d{1,3}|einem|einer|un|une|uno|una)\\s+" + UNITS + "\\b");
    private static final Pattern NAMED = Pattern.compile("(?iu)\\b(today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer)\\b");

    private RelativeDates() {
    }

    /** The day a relative expression in the text points to, or null. */
    static LocalDate resolve(String text, Instant now) {
        if (text == null || now == null) return null;
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Matcher m = AGO.matcher(text);
        if (m.find()) return minus(now, m.group(1), m.group(2));
        m = BEFORE.matcher(text);
        if (m.find()) return minus(now, m.group(1), m.group(2));
        m = NAMED.matcher(text);
        if (m.find() && text.strip().length() < 40) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            boolean yesterday = w.equals("yesterday") || w.equals("gestern") || w.equals("hier") || w.equals("ayer");
            return yesterday ? today.minusDays(1) : today;
        }
        return null;
    }

    private static LocalDate minus(Instant now, String count, String unit) {
        int n = count.matches("\\d+") ? Integer.parseInt(count) : 1;
        String u = unit.toLowerCase(Locale.ROOT);
        Duration d;
        if (u.startsWith("min") || u.equals("m")) d = Duration.ofMinutes(n);
        else if (u.startsWith("h") || u.startsWith("st")) d = Duration.ofHours(n);
        else if (u.startsWith("w") || u.startsWith("sem")) d = Duration.ofDays(7L * n);
        else if (u.startsWith("mo") || u.startsWith("mes")) d = Duration.ofDays(30L * n);
        else d = Duration.ofDays(n);
        return LocalDate.ofInstant(now.minus(d), ZoneOffset.UTC);
    }
}
