package io.precis.extract.html;

import io.precis.extract.meta.Bylines;
import org.jsoup.nodes.Element;

/**
 * The text printed just before the date under a headline, in markup with no byline classes at all
 * ("<span>Ann Smith</span><span>Dec 05, 2023</span>"): a dateline names its author beside its day.
 * With nothing but the position to go on, only a text that is one personal name and nothing else
 * counts; datelines also print places and agencies there ("New Delhi, Bureau", "PTI Mumbai").
 */
final class NameBesideDate {
    /** Elements looked at after the headline: the standfirst and the dateline, not the story. */
    private static final int AFTER = 40;
    private static final int LONGEST_NAME = 60;

    private NameBesideDate() {
    }

    /** The personal name printed before the first bare date after the headline, or null. */
    static String find(PageIndex index) {
        Element h1 = index.headline();
        if (h1 == null) return null;
        int seen = 0;
        for (Element e = DocumentOrder.afterSubtree(h1); e != null && seen < AFTER; e = DocumentOrder.next(e), seen++) {
            String own = e.ownText().strip();
            if (!BareDate.is(own)) continue;
            Element before = e.previousElementSibling();
            if (before == null) return null;
            String name = before.text().strip();
            return name.length() <= LONGEST_NAME && Bylines.isPerson(name) && !hasAcronym(name) ? name : null;
        }
        return null;
    }

    /** A word in capitals ("PTI", "AP"): an agency's or a desk's name, where a person's has none. */
    private static boolean hasAcronym(String name) {
        for (String w : name.split("\\s+")) {
            boolean capitals = w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            if (capitals && w.chars().filter(Character::isLetter).count() >= 2) return true;
        }
        return false;
    }
}
