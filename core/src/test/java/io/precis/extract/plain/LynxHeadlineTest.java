package io.precis.extract.plain;

import io.precis.article.Article;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LynxHeadlineTest {
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

    private static String title(String text) {
        return LynxDump.extract(text, NOW).title();
    }

    @Test
    void aBulletInATableOfContentsIsNotTheHeadline() {
        // The contents list repeats the body's words more than the headline does.
        String text = MENU + """
                Valley bees come through a mild winter

                     * Author: Sam Keeper

                Contents

                     * How many hives survived the mild winter in the valley?
                     * Why the beekeeping society feared the wet autumn
                """ + BODY;
        assertEquals("Valley bees come through a mild winter", title(text));
    }

    @Test
    void aHeadlineAboutImagesIsStillAHeadline() {
        String text = MENU + """
                Beekeepers share image archive of valley hives after mild winter
                """ + BODY;
        assertEquals("Beekeepers share image archive of valley hives after mild winter", title(text));
    }

    @Test
    void theHeadlineIsTheLineAboveTheBylineNotASectionNameTheBodyMentions() {
        // "Valley Beekeeping Society" matches all of its words in the body; the headline matches more
        // words, fewer of its own, and sits right above the byline.
        String text = MENU + """
                Valley Beekeeping Society

                     * Weather
                     * Farming
                     * Events

                Most hives survive mild winter

                   By Sam Keeper and Ann Drone
                """ + BODY;
        assertEquals("Most hives survive mild winter", title(text));
    }

    @Test
    void aHeadlineAboveItsStandfirstAndBylineWinsOverALaterSubheading() {
        String text = MENU + """
                   Beekeepers count their hives after the mild winter

                   The wet autumn worried members, losses lowest in ten years

                   By Sam Keeper March 2, 2024

                Survey of wild bees planned
                """ + BODY;
        assertEquals("Beekeepers count their hives after the mild winter", title(text));
    }

    @Test
    void theLineUnderAKickerIsTheHeadlineEvenWhenACaptionIsGluedToIt() {
        String text = MENU + """
                   Trending:
                     * Farming |
                   Spring fair
                     * Farming |
                   Bees in town

                   Farming |
                   Valley beekeepers count surviving hives after the mild winter
                   A beekeeper lifts a frame from a hive near the river on a sunny morning in the valley
                   last week. (Photo: Sam Keeper)
                """ + BODY;
        assertEquals("Valley beekeepers count surviving hives after the mild winter", title(text));
    }

    @Test
    void aStandfirstRightAboveTheBylineIsNotTheHeadlineEvenWhenItRepeatsTheBodyMore() {
        String text = MENU + """
                   Valley hives bounce back

                   Beekeeping society members feared damp hives would lose their queens this winter

                   By Sam Keeper
                """ + BODY;
        assertEquals("Valley hives bounce back", title(text));
    }

    @Test
    void aHeadlineRepeatedWithUndecodedCharacterReferencesIsNoStandfirst() {
        String text = MENU + """
                   &#8216;Mild winter&#8217; spares valley bees and their hives

                ‘Mild winter’ spares valley bees and their hives

                   By Sam Keeper
                """ + BODY;
        assertEquals("‘Mild winter’ spares valley bees and their hives", title(text));
    }

    @Test
    void aCentredHeadlineWrappedByTheBrowserIsOneHeadline() {
        // A centred heading too long for the screen: its second line is centred, not in column 0.
        String text = MENU + """
                   Gardening

                Beekeepers across the valley count their hives after a mild winter and find most colonies
                                                        survived

                   By Sam Keeper March 2, 2024
                """ + BODY;
        assertEquals("Beekeepers across the valley count their hives after a mild winter and find most colonies survived", title(text));
    }

    @Test
    void aDatedBylineGluedIntoTheStandfirstStillMarksTheHeadlineAboveIt() {
        // The dump glued the dateline to the standfirst and an image name; a subheading between that
        // block and the body matches more of its own words in the body.
        String text = MENU + """
                Beekeepers count their hives after the mild winter

                   Most colonies came through the winter, the regional beekeeping society said after
                   its members counted their hives across the valley this spring, and losses were low.
                   Sam KeeperMar 04, 2024 2 Shares 1530 Views
                   [valley-hives.jpeg]
                   Most colonies came through the winter, the regional beekeeping society said after
                   its members counted their hives across the valley this spring, and losses were low.

                Survey of wild bees in the valley
                """ + BODY;
        assertEquals("Beekeepers count their hives after the mild winter", title(text));
    }

    @Test
    void aStandfirstIsNotSetMoreProminentlyThanItsHeadline() {
        // Above the byline: a section trail, then the headline set as a heading. The trail shares
        // words with the body, but a page does not set its standfirst as a heading under a headline
        // that is not one.
        String text = MENU + """
                   Edit Story Valley Beekeeping Society Editors' Pick
                Beekeepers count hives after the mild winter
                   By Sam Keeper
                """ + BODY;
        assertEquals("Beekeepers count hives after the mild winter", title(text));
    }

    @Test
    void aHeadlineGluedIntoOneBlockWithItsBylineIsTheLineAboveTheByline() {
        // The page sets section, headline, byline and standfirst as plain lines of one box.
        String glued = MENU + """
                   Members
                   ____________________ ____________________ forgot it? [ ] remember me Login

                   Farming
                   Valley beekeepers count surviving hives after the mild winter
                   posted on 2024-03-04 09:30 EST by Sam Keeper
                   Losses lowest in ten years
                """ + BODY;
        assertEquals("Valley beekeepers count surviving hives after the mild winter", title(glued));
        // With the headline right above the block, the glued line is its standfirst.
        String standfirst = MENU + """
                Valley beekeepers count surviving hives after the mild winter

                   Members of the society counted hives across the valley this spring
                   By Sam Keeper Mar 4, 2024, 9:30am EST
                """ + BODY;
        assertEquals("Valley beekeepers count surviving hives after the mild winter", title(standfirst));
    }

    @Test
    void aHeadlineAndBylineUnderAnOpeningDisclosureStartTheArticle() {
        // The body's span opens with the site's disclosure, long enough to count as prose; the
        // headline and its byline (glued to the standfirst and the author photo's name) follow,
        // and the article after them.
        String text = MENU + """
                   Our reviewers test every hive tool they write about, and we may earn a commission
                   when you buy through our links. This helps support our work but does not affect
                   what we cover or how, and it does not affect the price you pay for anything.

                   Our editors check every article to make sure that it meets our standards, and we
                   correct any error we find as soon as we can, noting the correction on the page.

                Beekeepers count hives after the mild winter

                   Members of the society counted hives across the valley this spring and
                   found that most colonies had survived.
                   sam-keeper
                   Written by Sam Keeper, Contributing Writer Mar. 4, 2024 at 4:00 a.m. PT
                """ + BODY;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("Beekeepers count hives after the mild winter", a.title());
        assertFalse(a.body().contains("commission"), a.body());
    }

    @Test
    void anIndentedHeadlineThatAsksAQuestionIsNotTheBodysFirstParagraph() {
        // Ending like a sentence and indented like text, the headline reads as prose; the byline
        // under it says where the article starts.
        String text = MENU + """
                   Did the valley's bees come through the mild winter better than last year?

                   By Sam Keeper | March 4, 2024
                """ + BODY;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("Did the valley's bees come through the mild winter better than last year?", a.title());
        assertFalse(a.body().contains("better than last year"), a.body());
    }

    @Test
    void anIndentedTwoSentenceHeadlineAboveItsStandfirstAndBylineIsTheHeadline() {
        // Indented and ending with a full stop, headline and standfirst both read as paragraphs;
        // the byline under them marks them as the article's header, the upper one the headline.
        String text = MENU + """
                   Home > Nature

                        No, the valley's bees did not all die. Most hives came through the winter.

                   The survey's numbers are finally in.

                   By Sam Keeper  on March 4, 2024
                   Share on Facebook Share on Email
                """ + BODY;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("No, the valley's bees did not all die. Most hives came through the winter.", a.title());
        assertTrue(a.body().startsWith("The survey's numbers are finally in."), a.body());
    }

    @Test
    void anEmbeddedPostsAttributionInTheBodyIsNoByline() {
        // The dated attribution of an embedded post reads like a dateline; the short line above
        // it follows a paragraph of the article, so it is no headline.
        String text = MENU + """
                Valley bees come through a mild winter

                   Beekeepers across the valley counted their hives this spring and found that most
                   colonies had survived the mild winter, the regional beekeeping society said.

                   Our survey is in and the valley's hives are thriving this spring. pic.example/abc

                   — Valley Beekeepers (@valleybees) March 4, 2024
                """ + BODY;
        assertEquals("Valley bees come through a mild winter", title(text));
    }
    @Test
    void aQuestionHeadlineInTheSecondBlockOfTheDumpDoesNotThrow() {
        // The span opens with a paragraph, then the headline (ending like a sentence, so the lines above it
        // are searched for a headline) and its byline: the search must stop at the dump's first block.
        String text = """
                   Beekeepers across the valley counted their hives this spring and found that most
                   colonies had survived the mild winter, the regional beekeeping society said.

                   Why are the bees thriving?

                   By Sam Keeper
                """ + BODY;
        assertEquals("Why are the bees thriving?", title(text));
    }
    @Test
    void anEmbeddedPostAfterTheFirstParagraphDoesNotRestartTheArticle() {
        // Headline and byline above the body; after the first paragraph, an embedded post's title and its
        // dated "Posted by" attribution look like another header, but the article has had its own.
        String text = MENU + """
                Valley bees come through a mild winter

                   By Sam Keeper
                   March 5, 2024

                   Beekeepers across the valley counted their hives this spring and found that most
                   colonies had survived the mild winter, the regional beekeeping society said on Monday.

                   Valley bees had their best winter in a decade

                   Posted by Valley Beekeepers on March 4, 2024
                """ + BODY;
        Article a = LynxDump.extract(text, NOW);
        assertEquals("Valley bees come through a mild winter", a.title());
        assertEquals("2024-03-05", a.published());
        assertTrue(a.body().startsWith("Beekeepers across the valley counted their hives"), a.body());
    }
}
