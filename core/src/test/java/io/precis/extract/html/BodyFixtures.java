package io.precis.extract.html;

import org.jsoup.nodes.Document;

import java.util.List;

/** The article paragraphs and helpers the body tests build their pages from. */
final class BodyFixtures {
    static final String P1 = "The council voted on Tuesday to close the old bridge over the river, citing a "
            + "structural report that found corrosion in three of its four main supports.";
    static final String P2 = "Engineers said the repairs would take at least eighteen months, and that a "
            + "temporary ferry would carry commuters across the water in the meantime.";
    static final String P3 = "Residents who spoke at the meeting were divided, with some praising the "
            + "caution of the council and others warning of the cost to shops on the east bank.";
    static final String P4 = "The regional transport authority has promised to publish a new timetable for "
            + "the ferry service before the end of the month, after complaints from commuters.";

    private BodyFixtures() {
    }

    /** The body of a page, as the extractor reads it, with no authors known. */
    static List<String> body(String html) {
        return paragraphs(PageParser.parse(html), List.of());
    }

    /** The body of a parsed page, as the extractor reads it. */
    static List<String> paragraphs(Document page, List<String> authors) {
        return HtmlBody.paragraphs(page, new PageIndex(page), authors);
    }

    /** Each text as a {@code <p>}. */
    static String article(String... paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) b.append("<p>").append(p).append("</p>\n");
        return b.toString();
    }
}
