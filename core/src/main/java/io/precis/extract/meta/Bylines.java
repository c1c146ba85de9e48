package io.precis.extract.meta;

import io.precis.article.Author;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a byline into people: "By" and roles stripped, "A, B and C" split, agencies and desks
 * dropped (they are not people), and dateline places kept per author ("A and B in Washington, C in
 * Tehran" gives A and B Washington, C Tehran).
 */
public final class Bylines {
    private static final Pattern BY = Pattern.compile(
            "^(?iu)(?:(?:written|words|posted|published|submitted|reported|story|text|interview|compiled|edited)\\s+by|"
                    // "Erstellt von", "Ein Artikel von", "Publié par", "Scritto da", "Escrito por": a verb or noun before the word for "by"
                    + "(?:erstellt|eingestellt|geschrieben|verfasst|veröffentlicht|gepostet|(?:ein\\s+)?(?:artikel|(?:blog\\s*)?beitrag|text)|publié|écrit|rédigé|scritto|pubblicato|escrito|publicado)\\s+(?:von|par|da|por)|"
                    + "(?:posted|published|veröffentlicht)\\s+(?:on|am)\\s+[^\\n]{1,40}?\\s+(?:by|von)|"
                    + "by|von|par|por|di|door|de|av|af|autor(?:in)?|author|text|texto|redakcja|written)\\s*[:\\-]?\\s+");
    /** "By" run into the name, as text joined from a byline's separate spans gives it: "ByAlex Bozarjian". */
    private static final Pattern GLUED_BY = Pattern.compile("^By(?=\\p{Lu}[\\p{Ll}.])");
    private static final Pattern LABEL = Pattern.compile(
            "^(?iu)(?:authors?|autor(?:en|in)?|auteur|reporter|text(?:\\s*(?:&|und|and)\\s*(?:fotos?|bilder?|photos?))?)\\s*:\\s*");
    /** What follows a byline on the same line: a date, a separator, a "Published"/"Updated" stamp. */
    private static final Pattern TAIL = Pattern.compile(
            "(?iu)\\s*(?:\\s[|•·—–]\\s|\\s-\\s|\\s*\\|\\s*|(?:\\b|(?<=\\p{Ll}))(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|publiziert|erschienen|correction|corrected|clarification)\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}:\\d{2}\\b).*$");
    /**
     * A weekday that opens the date after the name ("Alex Bozarjian Thursday, March 2"): followed by a date or
     * nothing; an abbreviated one followed by the day's number. Weekdays are surnames too ("Mark Friday", "Jordan Monday and Sam Sunday"), so {@link #clean}
     * cuts at one only where a name of two words or more stands before it.
     */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?iu)\\s*\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b"
                    + "(?=[,.]?\\s*$|[,.]?\\s+(?:\\d|\\p{L}+\\.?\\s+\\d))"
                    // or its abbreviation, before the day's number: "Tomas Spahn Fr, 18. Oktober", "Ann Lee Thu. 2 March"
                    // (surnames too: "Anh Do, 12 May", "Lena Sun, 5 March")
                    + "|(?iu)\\s*\\b(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)(?=\\.?,?\\s+\\d{1,2}\\b)");
    /** A preposition left at the end once the time or date after it is cut: "Posted by Ann Lee at 18:52". */
    private static final Pattern DANGLING = Pattern.compile("\\s+(?:at|on|am|um|le|à|el|il)$");
    /** Unicode word boundaries ((?U)): "Desirée O" is one name, not "Desir" and "e" and "O". */
    private static final Pattern SEPARATORS = Pattern.compile(
            "(?U)\\s*(?:,|;|&|\\+|/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bog\\b|\\bwith\\b)\\s*");
    /** Where a byline turns to the people who helped: they are credited, not the authors. */
    private static final Pattern HELPERS = Pattern.compile(
            "(?iu)\\s*(?:\\bcontributions?\\s+(?:from|by)\\b|\\badditional\\s+reporting\\b|\\bwith\\s+reporting\\s+(?:from|by)\\b|\\breviewed\\s+by\\b|\\bedited\\s+by\\b|\\bfact[-\\s]checked\\s+by\\b"
                    // other credits after the writer's: "Text von A Illustration von B", "By A Photos by B"
                    + "|\\b(?:illustrations?|fotos?|photos?|bilder)\\s+(?:von|by)\\b).*$");
    private static final Pattern SUFFIX = Pattern.compile("(?i)ph\\.?d\\.?|m\\.?d\\.?|jr\\.?|sr\\.?|esq\\.?|mba|m\\.?a\\.?|b\\.?a\\.?|r\\.?n\\.?|ii|iii|iv");
    private static final Pattern IN_PLACE = Pattern.compile("^(.+?)\\s+in\\s+(\\p{Lu}[\\p{L}.'\\- ]*)$");
    /**
     * Where a name turns to the publication or employer it writes for: "Ann Lee for The Times", "Bo Li at
     * Reuters", "Cy Wu from Harbour Watch" (only a lower-case "from": "From" can be a surname).
     */
    private static final Pattern FOR_PUBLICATION = Pattern.compile("\\s+(?:(?iu:for|für|pour|para|at)|from)\\s+\\S.*$");
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)\\b(reporter|writer|editor|editors|correspondent|contributor|contributing|columnist|staff|producer|photographer|"
                    + "analyst|intern|journalist|authors?|contributors|director|chief|senior|desk|newsroom|team|redaktion|redakteur|"
                    + "correspondant|rédaction|redacción|redazione|commentator|critic|host|anchor|professor|"
                    + "updated|published|posted|opinion|photos?|video|news|media|press|wire|service|agency|"
                    + "associated|reuters|bloomberg|afp|dpa|cnn|bbc|upi|xinhua|efe|ansa|guest|admin|administrator|"
                    + "sponsored|partner|content|advertis\\w*|follow|email|twitter|contact|more|read|view|all|articles|"
                    + "stories|about|profile|share|comments?|kommentare?|reply|antworten|"
                    // departments, not people: "Alex Durán, AMP Project Marketing"
                    + "marketing|communications|kommunikation|pressestelle|öffentlichkeitsarbeit|gesponserte?|anzeige|werbung)\\b");
    /** Words that name publications, not people ("Financial Times", "Battle Creek Enquirer"). */
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?iu)times|post|telegram|courier-post|journal|herald|tribune|gazette|telegraph|magazine|daily|network|report|chronicle|courier|"
                    + "enquirer|observer|review|weekly|insider|today|register|independent|sentinel|examiner|dispatch|bulletin|"
                    + "star-ledger|globe|mail|mirror|standard|express|record|reporter|news|media|press|wire|staff");
    private static final Pattern AGENCY = Pattern.compile(
            "(?iu)^(ap|the associated press|associated press|reuters|afp|agence france-presse|dpa|pa|pa media|upi|"
                    + "bloomberg|bloomberg news|cnn|bbc|bbc news|xinhua|ansa|efe|kyodo|yonhap|tass|staff|wire|wires|"
                    + "the editors|editors|editorial board|the editorial board|news desk|newsroom|web desk|admin|guest|"
                    + "tribune news service|press association|anonymous|unknown)$");
    private static final Pattern NAME_WORD = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.|(?i:de|da|del|della|der|den|di|du|van|von|la|le|bin|al|el|ter|ten|dos|das|y|zu|st\\.?|jr\\.?|sr\\.?|iii|ii))$");

    /**
     * The clean-up patterns of {@link #clean} and the splits below, compiled once: String's replaceAll, split
     * and matches compile their pattern on every call, and every candidate byline of a page is cleaned.
     */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** E-mail tokens are matched from a token's start only: tried from every position, a long token costs n². */
    private static final Pattern EMAIL = Pattern.compile("(?<!\\S)\\S+@\\S+");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern HANDLE = Pattern.compile("@\\w+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:|\\-–—]+|[,;:|\\-–—]+$");
    /** A final period that belongs to the name: an initial, "Jr.", "Ph.D.". */
    private static final Pattern NAME_PERIOD = Pattern.compile("(?s).*(\\b\\p{L}|Jr|Sr|Ph\\.D|M\\.D)\\.$");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("I{2,3}|IV");
    private static final Pattern CONJUNCTIONS = Pattern.compile("(?iu)\\b(and|und|et|y|e|in|with)\\b|[,;&]");

    /**
     * Longer than this, a "byline" is some other text in an author field (a page's meta tag holding a
     * paragraph, or garbage); it names nobody, and the clean-up patterns need not see it.
     */
    static final int MAX_BYLINE_CHARS = 2000;
    /** Longer than this, a line of text is prose, not a byline printed on a line of its own. */
    private static final int MAX_BYLINE_LINE_CHARS = 200;

    private Bylines() {
    }

    /** The people a byline names, in order, with their dateline places when given. Never throws. */
    public static List<Author> parse(String byline) {
        if (byline == null || byline.length() > MAX_BYLINE_CHARS) return List.of();
        String text = clean(byline);
        if (text.isEmpty()) return List.of();
        Map<String, Author> authors = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            String p = FOR_PUBLICATION.matcher(part.strip()).replaceFirst("").strip();
            if (p.isEmpty()) continue;
            p = withoutTrailingPublication(p);
            if (SUFFIX.matcher(p).matches()) {
                if (!pending.isEmpty()) pending.set(pending.size() - 1, pending.get(pending.size() - 1) + ", " + p);
                continue;
            }
            Matcher m = IN_PLACE.matcher(p);
            if (m.matches() && isPerson(m.group(1).strip())) {
                pending.add(m.group(1).strip());
                String place = m.group(2).strip();
                for (String name : pending) authors.putIfAbsent(key(name), new Author(name, place));
                pending.clear();
            } else if (isPerson(p)) {
                pending.add(p);
            }
        }
        for (String name : pending) authors.putIfAbsent(key(name), Author.named(name));
        return List.copyOf(authors.values());
    }

    /**
     * The names a structured credit field gives (an export's author line, an uploader's "authors"
     * metadata), as written: split and stripped of "By" and datelines, but trusted, so credited
     * organisations ("The Associated Press") stay, and degrees stay with their name ("Jane Roe, Ph.D.").
     */
    public static List<Author> credits(String field) {
        if (field == null || field.length() > MAX_BYLINE_CHARS) return List.of();
        String text = collapsed(field);
        text = BY.matcher(LABEL.matcher(text).replaceFirst("")).replaceFirst("");
        Map<String, Author> authors = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (SUFFIX.matcher(p).matches() && !pending.isEmpty()) {
                pending.set(pending.size() - 1, pending.get(pending.size() - 1) + ", " + p);
                continue;
            }
            Matcher m = IN_PLACE.matcher(p);
            if (m.matches()) {
                pending.add(m.group(1).strip());
                for (String name : pending) authors.putIfAbsent(key(name), new Author(name, m.group(2).strip()));
                pending.clear();
            } else {
                pending.add(p);
            }
        }
        for (String name : pending) authors.putIfAbsent(key(name), Author.named(name));
        return List.copyOf(authors.values());
    }

    /** The byline cut at the first weekday ({@link #WEEKDAY}) that follows a whole name, not a lone first name. */
    private static String withoutWeekday(String t) {
        Matcher m = WEEKDAY.matcher(t);
        while (m.find()) {
            String[] names = SEPARATORS.split(t.substring(0, m.start()));
            String last = names.length == 0 ? "" : names[names.length - 1].strip();
            if (WHITESPACE.split(last).length >= 2) return t.substring(0, m.start());
        }
        return t;
    }

    /**
     * Emoji and other pictographs, with the marks that build them (skin tones, the emoji variation selector,
     * the joiner): writers decorate their display names ("Ann Lee ❤️", "Bo Li 🇺🇸", "✍️ Cy Wu"), and no
     * name is written with them. Copyright and trademark signs stay: they mark a credit ("Bild © ARD"), not a byline.
     */
    private static final Pattern PICTOGRAPHS = Pattern.compile("[[\\p{So}&&[^©®℗™]]\\x{1F3FB}-\\x{1F3FF}\\x{FE0F}\\x{200D}]+");

    /** The text on one line, no-break spaces as spaces, runs of white space as one. */
    private static String collapsed(String s) {
        return WHITESPACE.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    private static String clean(String byline) {
        String t = collapsed(PICTOGRAPHS.matcher(byline).replaceAll(" "));
        t = HANDLE.matcher(URL.matcher(EMAIL.matcher(t).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        t = GLUED_BY.matcher(t).replaceFirst(""); // "ByAlex Bozarjian": markup spans run together as text
        for (int i = 0; i < 2; i++) {
            t = LABEL.matcher(t).replaceFirst("");
            t = BY.matcher(t).replaceFirst("");
        }
        t = HELPERS.matcher(t).replaceFirst("");
        t = withoutWeekday(t);
        t = TAIL.matcher(t).replaceFirst("");
        t = DANGLING.matcher(t).replaceFirst(""); // "Ann Lee at" once "18:52" is cut
        t = WHITESPACE.matcher(PARENTHESES.matcher(t).replaceAll(" ")).replaceAll(" ").strip();
        t = EDGE_PUNCTUATION.matcher(t).replaceAll("").strip();
        if (t.endsWith(".") && !NAME_PERIOD.matcher(t).matches()) t = t.substring(0, t.length() - 1).strip();
        t = withoutTrailingCaps(t);
        t = withoutRepetition(t);
        return t;
    }

    /** "Kaitlyn McCormick Cherry Hill Courier-Post": a name followed by the paper it writes for. */
    private static String withoutTrailingPublication(String part) {
        String[] words = WHITESPACE.split(part);
        if (words.length < 4 || !PUBLICATION.matcher(words[words.length - 1]).matches()) return part;
        return words[0] + " " + words[1];
    }

    /** "Elizabeth Flores USA TODAY": a publication in capitals after a name is not part of it. */
    private static String withoutTrailingCaps(String t) {
        String[] words = t.split(" ");
        int end = words.length;
        if (words[0].equals(words[0].toUpperCase(Locale.ROOT))) return t; // "RALPH D. RUSSO" is all capitals
        while (end > 2 && words[end - 1].length() >= 2 && words[end - 1].equals(words[end - 1].toUpperCase(Locale.ROOT))
                && words[end - 1].chars().anyMatch(Character::isLetter) && !ROMAN_NUMERAL.matcher(words[end - 1]).matches()) end--;
        return end == words.length ? t : String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    /** "Courtney Carr Courtney Carr": bylines that print the name twice (photo alt text and link). */
    private static String withoutRepetition(String t) {
        String[] words = t.split(" ");
        if (words.length % 2 != 0 || words.length < 4) return t;
        int half = words.length / 2;
        for (int i = 0; i < half; i++) if (!words[i].equals(words[i + half])) return t;
        return String.join(" ", java.util.Arrays.copyOf(words, half));
    }

    private static String key(String name) {
        return WHITESPACE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /**
     * The one first name a labelled byline gives ("von Heiko", "By Daniel Published: …"), or null. A lone
     * word is a name only where a label says a name follows: written like a first name (a capital, then
     * lower-case letters), and no role, agency, publication or place.
     */
    public static String labelledFirstName(String byline) {
        if (byline == null || byline.length() > MAX_BYLINE_LINE_CHARS) return null;
        String t = collapsed(byline);
        String unlabelled = BY.matcher(LABEL.matcher(GLUED_BY.matcher(t).replaceFirst("")).replaceFirst("")).replaceFirst("");
        return unlabelled.equals(t) ? null : firstName(t);
    }

    /**
     * The one first name a byline gives when something else says it is a byline (a label, or markup that
     * marks the author): written like a first name, no role, agency, publication or place, nothing but a
     * date after it. Null otherwise.
     */
    public static String firstName(String byline) {
        if (byline == null || byline.length() > MAX_BYLINE_LINE_CHARS) return null;
        String text = clean(byline);
        if (text.isEmpty()) return null;
        String[] parts = SEPARATORS.split(text);
        String first = parts[0].strip();
        if (!FIRST_NAME.matcher(first).matches() || BY.matcher(first + " X").lookingAt() || FORM_LABEL.matcher(first).matches()) return null;
        // "Von Bits und Bytes" is a title: the name stands alone, whatever follows is a date or a number
        for (int i = 1; i < parts.length; i++) if (!parts[i].isBlank() && Character.isLetter(parts[i].strip().codePointAt(0))) return null;
        if (AGENCY.matcher(first).matches() || ROLE.matcher(first).find() || PUBLICATION.matcher(first).matches()
                || Places.isPlace(first)) return null;
        return first;
    }

    /**
     * Labels of a comment form's fields, and the words an author box or share bar prints in author markup
     * ("Profil", "Mehr", "Autoren", "Facebook", "Redakteurin"), and weekdays: not names when they stand alone.
     */
    private static final Pattern FORM_LABEL = Pattern.compile("(?iu)name|website|webseite|nom|nombre|nome|kommentar|"
            + "mehr|profil|teilen|drucken|merken|folgen|abonnieren|subscribe|newsletter|kontakt|impressum|menu|menü|home|"
            + "startseite|suche|search|login|anmelden|bio|biografie|beiträge|artikel|alle|posts|autoren|autorinnen|"
            + "gast|anonym|webmaster|moderator|facebook|instagram|linkedin|youtube|pinterest|tiktok|xing|mastodon|whatsapp|"
            + "(?:redakteur|journalist|reporter|korrespondent|fotograf|kolumnist|chefredakteur)(?:in|innen|en)?|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag");
    private static final Pattern FIRST_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{2,19}");

    /**
     * An article opening a publication's or group's name. "Les" is also an English first name ("Les Carpenter",
     * "Les Moonves"): it is the article only before a lower-case particle ("Les Amis du Port") or three words.
     */
    private static final Pattern ARTICLE = Pattern.compile("(?:The|the|Die|Der|Das|Los|Las) |Les (?=.*\\s\\p{Ll}|\\S+\\s+\\S+\\s+\\S)");

    /** True for something written like a personal name: 1 to 5 capitalised words, no role or agency. */
    public static boolean isPerson(String name) {
        String n = FOR_PUBLICATION.matcher(name.strip()).replaceFirst("").strip();
        if (!n.equals(name.strip())) return false;
        if (n.length() < 3 || n.length() > 60 || AGENCY.matcher(n).matches() || ROLE.matcher(n).find()) return false;
        if (ARTICLE.matcher(n).lookingAt()) return false; // "The Editors", "Die FURCHE", "Les Amis de la Terre": not a person
        if (Places.isPlace(n)) return false; // "New Delhi" printed where a byline could be
        String[] words = WHITESPACE.split(n);
        for (String w : words) if (PUBLICATION.matcher(w).matches()) return false;
        if (n.chars().anyMatch(Character::isDigit)) return false;
        if (words.length > 5) return false;
        if (words.length == 1) return false; // "Terms", "Admin", "Contributors": a lone word is rarely a byline
        for (String w : words) if (!NAME_WORD.matcher(w).matches()) return false;
        if (endsWithParticle(words[words.length - 1])) return false; // "Rezept von": a label, the name after it
        return Character.isUpperCase(n.codePointAt(0));
    }

    /** A lower-case particle ("von", "de", "van") opens a surname; a name never ends with one. */
    private static boolean endsWithParticle(String lastWord) {
        return Character.isLowerCase(lastWord.codePointAt(0)) && !SUFFIX.matcher(lastWord).matches();
    }

    /** True when the line reads like a list of personal names, optionally with places. */
    public static boolean looksLikeByline(String line) {
        if (line == null || line.length() > MAX_BYLINE_LINE_CHARS || line.endsWith(".")) return false;
        String text = clean(line);
        List<Author> authors = parse(line);
        if (authors.isEmpty()) return false;
        int nameWords = 0;
        for (Author a : authors) {
            String[] words = WHITESPACE.split(a.name());
            if (words.length < 2 || words.length > 4) return false;
            nameWords += words.length;
            if (a.location() != null) nameWords += 1 + WHITESPACE.split(a.location()).length;
        }
        // every word of the line is accounted for by names, places and separators
        int lineWords = WHITESPACE.split(CONJUNCTIONS.matcher(text).replaceAll(" ").strip()).length;
        return lineWords <= nameWords;
    }
}
