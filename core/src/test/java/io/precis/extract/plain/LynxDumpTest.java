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
}
