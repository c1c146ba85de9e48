package io.precis.extract.meta;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Which of the dates in a line is the publication date: "Updated Dec. 23 / Published Dec. 22"
 * names both, and readers go by the labels, in many languages.
 */
public final class DateLabels {
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?iu)(published|posted|erschienen|veröffentlicht|publiziert|erstellt|verfasst|geschrieben|gepostet|online seit|publié|publicado|pubblicato|gepubliceerd|opublikowano|publicerad|udgivet)[^.]{0,25}$");
    private static final Pattern UPDATED = Pattern.compile(
            "(?iu)(updated|modified|last change|änderung|aktualisiert|geändert|stand|mis à jour|modifié|actualizado|aggiornato|bijgewerkt|zaktualizowano)[^.]{0,25}$");

    /**
     * "Veröffentlicht am 1.9.17": a day-first date with a two-digit year and an unpadded day or month, which
     * {@link Dates} leaves alone (versions are written so), is a date when a publication label stands right before it.
     */
    private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?!\\d|\\.\\d)");
    private static final Pattern PUBLISHED_RIGHT_BEFORE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:published|posted|erschienen|veröffentlicht|publiziert|erstellt|publié|publicado|pubblicato|gepubliceerd)"
                    + "(?:\\s+(?:am|on|le|el|il|op))?\\s*:?\\s*$");

    private DateLabels() {
    }

    /** The date the text labels as published ("Published Dec. 22, 2023"), or null. */
    public static String labelledPublished(String text, Instant now) {
        if (text == null) return null;
        Dates.Scanner dates = new Dates.Scanner(text, now);
        int from = 0;
        for (int i = 0; i < 30 && from < text.length(); i++) {
            Dates.Found f = dates.find(from);
            if (f == null) break;
            from = Math.max(f.end(), from + 1);
            if (PUBLISHED.matcher(text.substring(Math.max(0, f.start() - 40), f.start())).find()) return f.iso();
        }
        return null;
    }

    /**
     * The date a text gives as the publication date: one labelled "published" wins, one labelled
     * "updated" only counts when nothing else is there, otherwise the first date written. With
     * {@code labelledOnly}, an unlabelled date does not count.
     */
    public static String publishedIn(String text, Instant now, boolean labelledOnly) {
        if (text == null) return null;
        return publishedIn(new Dates.Scanner(text, now), text, labelledOnly);
    }

    /** As {@link #publishedIn(String, Instant, boolean)}, walking the dates with a scanner of that text. */
    public static String publishedIn(Dates.Scanner dates, String text, boolean labelledOnly) {
        if (text == null) return null;
        Readings r = readings(dates, text);
        return labelledOnly ? r.labelled() : r.any();
    }

    /**
     * What {@link #publishedIn(Dates.Scanner, String, boolean)} gives with {@code labelledOnly} true
     * ({@code labelled}) and false ({@code any}).
     */
    public record Readings(String labelled, String any) {
    }

    /**
     * Both readings of a text from one walk over its dates: they see the same dates and labels and differ
     * only in whether an unlabelled date counts, so walking twice would find every date twice.
     */
    public static Readings readings(Dates.Scanner dates, String text) {
        if (text == null) return new Readings(null, null);
        String first = null, updated = null;
        int from = 0;
        for (int i = 0; i < 30 && from < text.length(); i++) {
            Dates.Found f = dates.find(from);
            if (f == null) break;
            from = Math.max(f.end(), from + 1);
            String before = text.substring(Math.max(0, f.start() - 40), f.start());
            if (PUBLISHED.matcher(before).find()) return new Readings(f.iso(), f.iso());
            if (UPDATED.matcher(before).find()) {
                if (updated == null) updated = f.iso();
            } else if (first == null) {
                first = f.iso();
            }
        }
        String shortDate = labelledShortDate(text, dates.now());
        if (shortDate != null) return new Readings(shortDate, shortDate);
        // Labelled only, an unlabelled date never counts, so what is left is the first "updated" one. (That
        // reading also skips a date that is the whole text; having no text before it, it has no label either.)
        return new Readings(updated, first != null ? first : updated);
    }

    /**
     * The first {@link #SHORT_DATE} in the text that a publication label introduces and that is a plausible day,
     * as ISO, or null. Only the digits around each dot are looked at (found with indexOf): a pattern tried at
     * every position of a long page text would cost more than all the other date readings.
     */
    private static String labelledShortDate(String text, Instant now) {
        var m = SHORT_DATE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            int start = dot;
            while (start > 0 && dot - start < 2 && isDigit(text.charAt(start - 1))) start--;
            if (start == dot || (start > 0 && (isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'))) continue;
            m.region(start, text.length());
            if (!m.lookingAt() || !PUBLISHED_RIGHT_BEFORE.matcher(text.substring(Math.max(0, start - 40), start)).find()) continue;
            var day = Dates.day("20" + m.group(3), m.group(2), m.group(1));
            if (Dates.plausible(day, now)) return day.toString();
        }
        return null;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
