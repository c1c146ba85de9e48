package io.precis.extract.plain;

import io.precis.article.Article;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LynxDumpTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private static final String MENU = """
               Skip to main content
               (BUTTON) Menu

                 * News
                 * Sport
                 * Weather
                 * Opinion
                 * Business
                 * Travel

            """;

    private static final String BODY = """

               The harbour ferry returned to service on Monday after repairs to its engine kept it
               in dock for three weeks, the harbour authority said in a statement.

               Commuters who had relied on buses during the repairs welcomed the ferry back, and the
               authority said the timetable would be the same as before the breakdown.

               The repairs cost more than expected because parts had to be ordered from abroad, the
               authority said, adding that the ferry would be inspected again in the summer.
            """;

    @Test
    void aDeckUnderTheHeadlineDoesNotTakeItsPlace() {
        // The standfirst repeats more of the body's words than the headline, but it reads as a
        // sentence and sits right under the headline.
        String text = MENU + """
                Islanders cheer as harbour ferry sails again

                The ferry returned to service after engine repairs, the harbour authority said.
                """ + BODY;
        assertTrue(LynxDump.looksLike(text));
        Article a = LynxDump.extract(text, NOW);
        assertEquals("Islanders cheer as harbour ferry sails again", a.title());
    }

    @Test
    void aBreadcrumbAboveASentenceLikeHeadlineIsNotTheHeadline() {
        String text = MENU + """
                Home News Harbour ferry

                Is the harbour ferry finally back after three weeks of engine repairs?
                """ + BODY;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("Is the harbour ferry finally back after three weeks of engine repairs?", a.title());
    }

    @Test
    void aDashIsNotAWordOfATitle() {
        String text = MENU + """
                Harbour ferry —

                Islanders cheer as harbour ferry sails again
                """ + BODY;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("Islanders cheer as harbour ferry sails again", a.title());
    }

    @Test
    void aLabelledDatelineOnItsOwnLineCountsWhereverItIs() {
        // Glued into a long block far from the headline, the line still reads as the dateline.
        String text = """
                   Meet the editor who tested this recipe in her own kitchen and wrote it up for
                   the magazine's readers.
                   Published on March 2, 2024
                   Recipe tested by Sam Cook
                """;
        assertEquals("2024-03-02", LynxDateline.labelledLine(text, NOW));
        assertEquals("2024-02-20", LynxDateline.labelledLine("   Updated: February 20, 2024 | 6:51 AM\n", NOW));
        // A published line wins over an earlier updated one; a date deep inside a sentence is no dateline.
        assertEquals("2024-01-05", LynxDateline.labelledLine("   Updated Feb. 1, 2024\n   Posted on Jan. 5, 2024\n", NOW));
        assertEquals(null, LynxDateline.labelledLine("   Published by the city council after the vote on March 2, 2024\n", NOW));
        assertEquals("2024-02-24", LynxDateline.labelledLine("   Written by Sam Reporter, Contributing Writer Feb. 24, 2024 at 4:00 a.m. PT\n", NOW));
        assertEquals("2024-01-05", LynxDateline.labelledLine("   By Sam Reporter Jan. 5, 2024\n   Updated Feb. 1, 2024\n", NOW));
    }

    @Test
    void anIndentedHardWrappedDumpWithoutWidgetsIsStillADump() {
        StringBuilder text = new StringBuilder("Harbour ferry back after three weeks\n\n   By Sam Reporter\n   Updated March 1, 2024 2:27 PM\n\n");
        for (int i = 0; i < 30; i++) text.append("   The harbour ferry returned to service on Monday after repairs to its engine, line ").append(i).append("\n");
        assertTrue(LynxDump.looksLike(text.toString()));
        Article a = LynxDump.extract(text.toString(), NOW);
        assertEquals("Harbour ferry back after three weeks", a.title());
        assertEquals("2024-03-01", a.published().substring(0, 10));
        // Ordinary pasted prose, unindented, is not a dump.
        assertTrue(!LynxDump.looksLike(text.toString().replace("\n   ", "\n")));
    }

    @Test
    void theMastheadDateNextToTheWeatherIsNotTheArticles() {
        String text = MENU.replace("Skip to main content", "Subscribe Now 48°F Sunday, March 10th 2024") + """
                Islanders cheer as harbour ferry sails again
                """ + BODY + """

                About this story

                   PUBLISHED: March 4, 2024 at 1:49 p.m. | UPDATED: March 4, 2024 at 2:01 p.m.
                """;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("2024-03-04", a.published().substring(0, 10));
    }

    @Test
    void aDatelineGluedToALongStandfirstStillCounts() {
        String deck = "   The ferry that links the islands to the mainland is running again.\n".repeat(7);
        String text = MENU + """
                Islanders cheer as harbour ferry sails again

                """ + deck + "   Sam ReporterMar 4, 20242 Shares\n   1530 Views\n   Share\n" + BODY;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("2024-03-04", a.published().substring(0, 10));
    }

    @Test
    void aMediaTagAfterTheHeadlineIsNotPartOfIt() {
        assertEquals("Harbour ferry sails again", LynxHeadline.withoutMediaTag("Harbour ferry sails again [Watch]"));
        assertEquals("Watch (video)", LynxHeadline.withoutMediaTag("Watch (video)"));
    }
}
