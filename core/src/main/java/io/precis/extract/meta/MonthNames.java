package io.precis.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Month names and their usual abbreviations in the languages news sites write dates in, including
 * the genitive forms Slavic, Greek and Finnish dates use ("3 марта 2024", "3. března 2024").
 */
final class MonthNames {
    private static final String[][] NAMES = {
            // en
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
            {null, null, null, null, null, null, null, null, "sept", null, null, null},
            // de (+ Austrian Jänner)
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
            {"jänner", "feber", "maerz", null, null, null, null, null, null, "okt", null, "dez"},
            {"jän", null, "mär", null, null, null, null, null, null, null, null, null},
            {null, null, "mrz", null, null, null, null, null, null, null, null, null},
            // fr
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
            {"janv", "févr", null, "avr", null, null, "juil", "aout", null, null, null, "déc"},
            {null, "fevrier", null, null, null, null, null, null, null, null, null, "decembre"},
            {null, "fév", null, null, null, null, null, null, null, null, null, null},
            // es
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
            {"ene", null, null, "abr", null, null, null, "ago", "setiembre", null, null, "dic"},
            // it
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
            {"gen", null, null, null, "mag", "giu", "lug", null, "set", "ott", null, null},
            // pt
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
            {null, "fev", "marco", null, null, null, null, null, null, "out", null, null},
            // nl
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
            {null, null, "mrt", null, null, null, null, null, null, null, null, null},
            // sv, da, no
            {null, null, "mars", null, "maj", null, null, "augusti", null, null, null, null},
            {null, null, "marts", null, null, null, null, null, null, null, null, null},
            // pl (genitive, nominative)
            {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
            {"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
            // cs
            {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
            {"leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", null, "říjen", "listopad", "prosinec"},
            // hu
            {"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", null, null},
            // ru (genitive, nominative)
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
            {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
            // uk
            {"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
            // fi
            {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"},
            // tr
            {"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
            // el (genitive)
            {"ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"},
    };

    private static final Map<String, Integer> BY_NAME = new HashMap<>();
    /** Regex alternation of every name, longest first so "march" wins over "mar". */
    static final String ALTERNATION;
    /** The length of the longest name. */
    static final int LONGEST;

    static {
        for (String[] row : NAMES) {
            for (int m = 0; m < 12; m++) if (row[m] != null) BY_NAME.putIfAbsent(row[m], m + 1);
        }
        List<String> names = new ArrayList<>(BY_NAME.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        ALTERNATION = String.join("|", names);
        LONGEST = names.get(0).length();
    }

    private MonthNames() {
    }

    /** 1-12 for a month name or abbreviation (any case, trailing dot allowed), 0 when unknown. */
    static int month(String name) {
        if (name == null) return 0;
        String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return BY_NAME.getOrDefault(n, 0);
    }
}
