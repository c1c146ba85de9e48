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
        // Labelled only, an unlabelled date never counts, so what is left is the first "updated" one. (That
        // reading also skips a date that is the whole text; having no text before it, it has no label either.)
        return new Readings(updated, first != null ? first : updated);
    }
}
