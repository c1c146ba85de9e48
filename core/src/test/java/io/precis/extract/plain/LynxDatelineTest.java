package io.precis.extract.plain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LynxDatelineTest {
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");

    private static final String MENU = """
               Skip to main content
               (BUTTON) Menu

                 * News
                 * Science
                 * Gardening

            """;

    private static final String BODY = """

               Beekeepers across the valley counted their hives this spring and found that most
               colonies had survived the mild winter, the regional beekeeping society said.

               The society said the wet autumn had worried its members, who feared that damp hives
               would lose their queens, but the losses were the lowest in ten years.

               Members will meet next month to share honey from the first harvest and to plan a
               survey of wild bees in the valley's orchards and meadows.
            """;

    private static String published(String text) {
        String p = LynxDump.extract(text, NOW).published();
        return p == null ? null : p.substring(0, 10);
    }

    @Test
    void aDatedBylineGluedUnderACaptionBeatsTheCaptionsDate() {
        String text = MENU + """
                Most hives survive mild winter

                   A beekeeper inspects a hive in the valley on Tuesday, June 4, 2019. (Photo by Ann
                   Drone)
                   By Sam Keeper - The Valley Times - Friday, March 1, 2024
                """ + BODY;
        assertEquals("2024-03-01", published(text));
    }

    @Test
    void aDateLineGluedToTheEndOfALongFirstParagraphCounts() {
        String text = MENU + """
                Most hives survive mild winter

                   Beekeepers across the valley counted their hives this spring and found that most
                   colonies had survived the mild winter, the regional beekeeping society said. The
                   society said the wet autumn had worried its members, who feared that damp hives
                   would lose their queens, but the losses were the lowest in ten years. Members will
                   meet next month to share honey from the first harvest and to plan a survey.
                   Sam KeeperMar 04, 20242 Shares1530 Views
                """ + BODY;
        assertEquals("2024-03-04", published(text));
    }

    @Test
    void aPostedDateInRunningTextIsNoDateline() {
        String text = MENU + """
                Most hives survive mild winter

                   03/05/2024

                   Beekeepers across the valley counted their hives this spring, the society said in a
                   report posted March 1, 2023, a year after it first asked its members to count the
                   colonies that survived each winter, which most of them did in the first week.
                """ + BODY;
        assertEquals("2024-03-05", published(text));
    }

    @Test
    void aNameGluedToTheMonthIsSplitOff() {
        assertEquals("By Ann O Dec. 18, 2023 9:00 am", LynxDateline.unglued("By Ann ODec. 18, 2023 9:00 am"));
        assertEquals("Decided on May 5", LynxDateline.unglued("Decided on May 5"));
    }

    @Test
    void theOnlyDateOnThePageCountsWhenThereIsNoDateline() {
        String withDateAfterArticle = MENU + "Most hives survive mild winter\n" + BODY + "\n   Related\n   Mar 4, 2024 11:11am PDT\n";
        assertEquals("2024-03-04", published(withDateAfterArticle));
        // The masthead's date at the very top is the day the page was seen; two dates are no answer.
        String masthead = "   Sunday, March 10, 2024\n" + MENU;
        assertNull(LynxDateline.onlyDate(masthead + "Most hives survive mild winter\n" + BODY, NOW));
        assertNull(LynxDateline.onlyDate(withDateAfterArticle + "   Feb 2, 2024\n", NOW));
    }

    @Test
    void aDatedCorrectionNoticeCountsWhenThePageHasNoDateline() {
        // The page prints no dateline; the article mentions a later date, and a dated correction
        // notice at its end is the only date the page gives it.
        String text = MENU + """
                Most hives survive mild winter
                """ + BODY + """

                   The society last surveyed the valley's hives on June 1, 2023, before the wet autumn.

                   Correction: March 4, 2024: An earlier version of this article misstated the number
                   of hives in the valley.
                """;
        assertEquals("2024-03-04", published(text));
    }
}
