package io.precis.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that end with a full stop without ending a sentence, per language (lowercase, without the final dot).
 * Titles before a name ({@code Mr.}, {@code Dott.}) never end a sentence; the others ({@code U.S.}, {@code Inc.},
 * {@code etc.}) end one when the next word is a usual sentence opener. Only the language's own list applies, so
 * that an English sentence may end in "art." while "Art." is an abbreviation in German.
 */
final class Abbreviations {
    private static final Set<String> COMMON = Set.of("e.g", "i.e", "etc", "vs", "ca", "approx", "no", "nr", "st",
            "jr", "sr", "inc", "ltd", "corp", "bros",
            "dr", "prof", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "ph.d");

    /** Titles and forms that precede a name or a number: never the end of a sentence. */
    private static final Map<String, Set<String>> TITLES = Map.of(
            "en", Set.of("mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "gov", "sen", "rep", "col", "lt",
                    "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "messrs", "no", "nos",
                    "vol", "fig", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    "e.g", "i.e", "vs", "approx", "dept", "est", "ave", "blvd", "rd"),
            "de", Set.of("z.b", "bzw", "ca", "nr", "dr", "prof", "hr", "fr", "str", "vgl", "ggf", "evtl", "inkl", "zzgl",
                    "u.a", "d.h", "o.ä", "bspw", "sog", "abs", "art", "geb", "gest", "bd", "hrsg", "jan", "feb", "mär",
                    "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "mio", "mrd", "tel", "u.u", "s", "st"),
            "fr", Set.of("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "st", "ste", "av", "bd", "env",
                    "cf", "p", "n", "no", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "éd", "vol"),
            "es", Set.of("sr", "sra", "srta", "sres", "dr", "dra", "ud", "uds", "d", "dña", "pág", "núm", "art", "av",
                    "avda", "ee.uu", "ej", "aprox", "gral", "lic", "ing", "prof", "n", "no", "vol", "cap", "dpto"),
            "it", Set.of("sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa", "prof", "prof.ssa", "avv", "ing", "geom",
                    "on", "pag", "art", "n", "no", "p", "dr", "mons", "gen", "s.p.a", "ecc", "cfr", "vol"),
            "pt", Set.of("sr", "sra", "srta", "dr", "dra", "prof", "profa", "exmo", "exma", "v.exa", "pág", "art", "n",
                    "av", "lda", "s.a", "eng", "gen", "vol", "cap"),
            "nl", Set.of("dhr", "mevr", "mr", "dr", "prof", "ir", "drs", "ing", "nr", "blz", "bijv", "o.a", "m.a.w", "z.g.a"));

    private Abbreviations() {
    }

    /** True when {@code word.} (lowercase, without its dot) never ends a sentence in this language. */
    static boolean isTitle(String word, String language) {
        return TITLES.getOrDefault(language, TITLES.get("en")).contains(word);
    }

    /** True when {@code word.} is an abbreviation in this language (or in every language). */
    static boolean isAbbreviation(String word, String language) {
        return isTitle(word, language) || COMMON.contains(word) || isDotted(word);
    }

    /** Letters joined by dots ({@code u.s}, {@code a.d}, not {@code 47.3%}): an abbreviation in any language. */
    private static boolean isDotted(String word) {
        if (word.indexOf('.') < 0) return false;
        for (String part : word.split("\\.")) {
            if (part.isEmpty() || part.length() > 2) return false;
            for (int i = 0; i < part.length(); i++) if (!Character.isLetter(part.charAt(i))) return false;
        }
        return true;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
