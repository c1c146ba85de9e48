package io.precis.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines that pages repeat around every article: ad labels, "read more" and "related" teasers, calls to
 * subscribe (newsletters "straight to your inbox", "thanks for signing up"), follow or share, photo credits,
 * copyright and affiliate notices, editors' notes ("Jane Doe contributed to this report.", "This interview
 * has been edited for length") (English, German, and the commonest French, Spanish and Italian forms).
 * Matched on whole short lines by prefix or phrase, with plain string tests.
 */
final class StockPhrases {
    private static final Set<String> WHOLE = Set.of(
            "advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "sponsored",
            "teilen", "artikel teilen", "jetzt teilen", "drucken", "kommentieren", "jetzt kommentieren",
            "diesen artikel teilen", "beitrag teilen", "diesen beitrag teilen", "seite teilen", "diese seite teilen",
            // Labels and status lines of sign-up forms and video players, printed in the page for scripts to show.
            "session expired", "something went wrong", "video loading", "video unavailable", "play now", "story saved",
            // Buttons whose markup the page's scripts dress as such: a lone "Share", "SUBSCRIBE", "Read Later".
            "share", "tweet", "email", "e-mail", "print", "subscribe", "sign in", "log in", "login", "read later",
            "save for later", "advert", "caption");

    private static final String[] PREFIXES = {
            "article continues below", "story continues below", "read more", "read next", "read also", "read all",
            "read comments", "see more", "see next", "see also", "see all", "view more", "view all", "view comments",
            "show more", "show all", "show comments", "load more", "more from ", "more on ", "more about ",
            "more stories", "more news", "related", "also read", "sign up ", "subscribe now", "subscribe here",
            "subscribe today", "subscribe for", "subscribe to", "register now", "register here", "log in ",
            "follow us on", "follow us at", "follow him on", "follow her on", "follow them on", "share this",
            "share on", "share via", "click here", "click to ", "tap here", "tap to ", "copyright", "©", "(c)",
            "weiterlesen", "mehr zum thema", "mehr dazu", "mehr lesen", "mehr erfahren", "lesen sie auch",
            "lesen sie mehr", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
            "alle rechte vorbehalten", "teilen auf", "leer más", "lea también", "lea más", "lire aussi",
            "lire la suite", "à lire aussi"};
    /** Labels opening a picture's credit or caption line. */
    private static final String[] CREDIT_PREFIXES = {
            "foto:", "fotos:", "photo:", "photos:", "bild:", "bildquelle", "abbildung:", "image:", "credit:",
            "photo credit", "image credit"};
    private static final String[] PHRASES = {
            "newsletter", "all rights reserved", "can be reached at", "may earn commission", "may earn a commission",
            "affiliate link", "affiliate partnership", "affiliate commission", "affiliate and",
            // The publisher's own: "receive compensation", "your inbox" and "for signing up" alone are also news
            // ("Victims will receive compensation...", "...out of your inbox", "a bonus for signing up customers").
            "we may receive compensation", "we receive compensation", "we may also receive compensation",
            "straight to your inbox", "directly to your inbox", "direct to your inbox", "right to your inbox",
            "delivered to your inbox", "sent to your inbox", "straight into your inbox", "directly in your inbox",
            "right in your inbox", "to your inbox every", "in your inbox every",
            "thanks for signing up", "thank you for signing up", "thanks for subscribing", "thank you for subscribing",
            "in dein postfach", "in ihr postfach", "ins postfach",
            // Editors' notes under the article about how it was made: helpers credited, the text cut, a reprint.
            "contributed to this report", "contributed to this story", "contributed to this article",
            "contributed reporting", "edited for length", "edited for clarity", "condensed for clarity",
            "reprinted by permission", "reprinted with permission", "cross-posted from",
            // Messages of sign-up and login forms ("Invalid email", "Thank you for submitting your email!").
            "please try again", "please log in again", "invalid email", "thank you for submitting",
            "thanks for submitting", "subscription has been confirmed", "keep an eye on your inbox",
            "i understand and agree", "constitutes agreement to its", "constitutes agreement to our",
            "constitutes acceptance of its", "constitutes acceptance of our", "will auto-play",
            // Pleas to readers who got to the end: "Like this story? Share it with a friend!".
            "share it with a friend", "share it with your friends", "like this story?", "like this article?",
            "enjoy this story?", "enjoy this article?", "if you enjoyed this article", "if you enjoyed this story",
            "if you liked this article", "if you liked this story"};
    /**
     * A picture's credit line: "Photograph by Jane Doe, Getty Images", "(Photo: @venue / Instagram)",
     * "Illustration by Rose Wong" (one phrase, no sentence after it).
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^\\(?(?i:photo-illustration|photo illustration|illustrations?|photographs?|photography|photos?|images?|fotos?)"
                    + "(?: by [\\p{Lu}@]|: )[^.!?]*[.!?]?$");
    /**
     * A caption closing on its credit, "...get the old one back. Credit: Microsoft", or on the picture agency,
     * "...in Philadelphia. (AP)", "(Jane Doe/Getty Images)". Prose does not end on a capitalised label and a
     * short name ("extend credit: nobody expected that" is a sentence), and wire stories name the agency
     * in their dateline, at the start. A sentence may close on an acronym it spells out, "...the Environmental
     * Protection Agency (EPA).": see {@link #spellsOutAcronym}.
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:^|\\s)(?:Photo |Image )?(?:Credits?|CREDITS?): [\\p{Lu}@][^.!?:]{0,59}\\.?$|"
                    + "\\((?:AP|AFP|Reuters|EPA|AP Photo[^()]{0,60}|[^()]{0,60}(?:Getty Images|Shutterstock|iStock))\\)\\.?$");
    /**
     * A call to follow someone on a social network, as its own sentence: "Follow me on Twitter.", "Follow
     * Deputy Editor Jane Doe on Instagram at @jd", "—Contact Jane Doe at ... Follow her on X". Capitalised
     * and opening a sentence, it is the page speaking; news says "urged fans to follow him on X", and
     * "Follow requests on Instagram now expire" is not a call (a prompt names who to follow).
     */
    private static final Pattern FOLLOW_PROMPT = Pattern.compile(
            "(?:^|[.!?]\\s|[—–*]\\s?)\\s*Follow (?:(?:me|us|him|her|them|our|my|the)\\b[^.!?]{0,60}? |[\\p{Lu}@][^.!?]{0,60}? )?on (?:Twitter|X|Instagram|Facebook|Threads|TikTok|"
                    + "LinkedIn|YouTube|Bluesky|Mastodon|Snapchat)\\b");
    /** A follow prompt may close a short bio, as one paragraph: "Jane Doe's book ... is out now. Follow her on X". */
    static final int FOLLOW_PROMPT_MAX_CHARS = 300;
    private static final int BYLINE_MAX_CHARS = 60;
    private static final int DATELINE_MAX_CHARS = 50;
    /** The label before a date stamp: "published:", "updated", "aktualisiert am". */
    private static final Pattern STAMP_LABEL = Pattern.compile("^\\p{L}+(?: \\p{L}+)?:? ");
    /** The separators between the parts of a line of date stamps; compiled once, as every short line is split. */
    private static final Pattern STAMP_SEPARATOR = Pattern.compile("\\s[|/•·]\\s");

    /** A teaser or label is a few words; a sentence of this many is the text's own prose. */
    private static final int PROSE_SENTENCE_WORDS = 15;
    /**
     * Prefixes that also open ordinary sentences ("See all the requests...", "Related studies found...");
     * calls to act ("Sign up to our briefing and get...", "Click here to...") stay stock at any length.
     */
    private static final Set<String> PROSE_OPENERS = Set.of(
            "see all", "show all", "view all", "related", "more on ", "more about ", "copyright");
    /** A full stop inside the line ahead of a capital: a teaser glued to another, "...this summer.See all 5 stories." */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?]\\s*\\p{Lu}");

    private StockPhrases() {
    }

    /**
     * A long sentence that merely opens on a stock prefix, run straight on in lower case and closed by a full
     * stop: "See all the network requests your browser makes, how long each request takes and ...". Teasers
     * put a separator or a headline after the prefix ("Read more: ...", "See also Why the ...") and are short,
     * or run two calls together ("Read more reviews in our collection....See all 5 stories.").
     */
    private static boolean isProseSentence(String line, String prefix) {
        String s = line.strip();
        if (!PROSE_OPENERS.contains(prefix)) return false;
        if (s.length() <= prefix.length() + 1 || s.split("\\s+").length < PROSE_SENTENCE_WORDS) return false;
        if (".!?".indexOf(s.charAt(s.length() - 1)) < 0 || INNER_SENTENCE_END.matcher(s).find()) return false;
        String rest = prefix.endsWith(" ") ? s.substring(prefix.length()) : s.substring(prefix.length()).stripLeading();
        boolean runsOn = prefix.endsWith(" ") || Character.isWhitespace(s.charAt(prefix.length()));
        return runsOn && !rest.isEmpty() && Character.isLowerCase(rest.charAt(0));
    }

    /**
     * Whether the line is one the page repeats around articles. Credits are asked of lines that are not headings:
     * "Photos: what the flood left behind" over a gallery is the article's own subheading.
     */
    static boolean isStock(String line, boolean heading) {
        String stripped = line.strip();
        String s = folded(stripped);
        if (WHOLE.contains(s)) return true;
        for (String p : PREFIXES) if (s.startsWith(p) && !isProseSentence(line, p)) return true;
        // A line opening on a quotation mark is somebody speaking: "“Please try again tomorrow,” the clerk said".
        if (!opensQuote(s)) for (String p : PHRASES) if (s.contains(p)) return true;
        if (isByline(s) || isDateline(s) || isDateStamps(s)) return true;
        return !heading && isCredit(stripped, s);
    }

    /** A picture's credit, or a caption closing on one; {@code folded} is the line {@link #folded}. */
    private static boolean isCredit(String stripped, String folded) {
        if (mayEndOnCredit(stripped) && TRAILING_CREDIT.matcher(stripped).find() && !spellsOutAcronym(stripped)) {
            return true;
        }
        for (String p : CREDIT_PREFIXES) if (folded.startsWith(p)) return true;
        return CREDIT_LINE.matcher(stripped).lookingAt();
    }

    /** Lower case, without the closing punctuation that labels and buttons carry ("Read more »", "Share:"). */
    private static String folded(String line) {
        String s = line.strip().toLowerCase(Locale.ROOT);
        while (!s.isEmpty() && ":.!…»›>".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private static boolean opensQuote(String s) {
        return !s.isEmpty() && "\"“„«‘'".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * "...drafted by the Environmental Protection Agency (EPA)." closes on the initials of the words before
     * it, so the parenthesis names what the sentence just spelled out, not who took a picture.
     */
    private static boolean spellsOutAcronym(String s) {
        int open = s.lastIndexOf('(');
        int close = s.indexOf(')', open);
        if (open < 0 || close < 0) return false;
        String acronym = s.substring(open + 1, close);
        String[] words = s.substring(0, open).strip().split("\\s+");
        if (words.length < acronym.length()) return false;
        StringBuilder initials = new StringBuilder();
        for (int i = words.length - acronym.length(); i < words.length; i++) {
            if (!words[i].isEmpty()) initials.append(words[i].charAt(0));
        }
        return initials.toString().equals(acronym);
    }

    /** A paragraph of at most {@link #FOLLOW_PROMPT_MAX_CHARS} that asks readers to follow someone on a social network. */
    static boolean isFollowPrompt(String paragraph) {
        return paragraph.length() <= FOLLOW_PROMPT_MAX_CHARS && paragraph.contains("Follow ")
                && FOLLOW_PROMPT.matcher(paragraph.strip()).find();
    }

    /**
     * The cheap half of {@link #TRAILING_CREDIT}, tested first because every short line is: a credit label
     * somewhere, or a closing parenthesis at the end.
     */
    private static boolean mayEndOnCredit(String line) {
        String s = line.stripTrailing();
        return s.endsWith(")") || s.endsWith(").") || s.contains("redit") || s.contains("REDIT");
    }

    /**
     * "Published: Dec. 22, 2023 at 1:52 p.m. | Updated: Dec. 22, 2023 at 2:01 p.m.": short parts joined by
     * separators, most of them datelines (the rest labels such as "Source: Wire").
     */
    private static boolean isDateStamps(String s) {
        if (s.length() > DATELINE_MAX_CHARS * 3) return false;
        String[] parts = STAMP_SEPARATOR.split(s);
        if (parts.length < 2) return false;
        int dates = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.length() > DATELINE_MAX_CHARS) return false;
            p = STAMP_LABEL.matcher(p).replaceFirst("");
            if (isDateline(p)) dates++;
        }
        return dates * 2 > parts.length;
    }

    /** "By Jane Doe", "written by Jane Doe": credits, not text (periods would make it a sentence). */
    private static boolean isByline(String s) {
        return s.length() <= BYLINE_MAX_CHARS && (s.startsWith("by ") || s.startsWith("written by "))
                && s.indexOf('.') < 0;
    }

    /** "Nov. 19, 2019, 8:41 AM UTC", "Updated: 5 March 2024": a date with a year and hardly any words. */
    private static boolean isDateline(String s) {
        if (s.length() > DATELINE_MAX_CHARS) return false;
        int letters = 0;
        boolean year = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) letters++;
            if (i + 4 <= s.length() && (s.startsWith("19", i) || s.startsWith("20", i))
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
                year = true;
            }
        }
        return year && letters <= s.length() / 2;
    }
}
