package io.precis.extract.html;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.precis.extract.html.BodyFixtures.P1;
import static io.precis.extract.html.BodyFixtures.P2;
import static io.precis.extract.html.BodyFixtures.P3;
import static io.precis.extract.html.BodyFixtures.article;
import static io.precis.extract.html.BodyFixtures.body;
import static io.precis.extract.html.BodyFixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlBodyTest {
    @Test
    void keepsTheArticleAndDropsTheBoilerplateAroundIt() {
        String html = """
                <html><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
                <div class="cookie-banner">We use cookies to improve your experience on our website and to show you relevant advertising.</div>
                <article>
                  <h1>Bridge to close</h1>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                  %s
                  <figure><img src="b.jpg"><figcaption>The old bridge seen from the east bank, where the shops are. Photo: Jane Doe</figcaption></figure>
                  %s
                  <p>Advertisement</p>
                  %s
                </article>
                <aside class="related"><h3>Related</h3><p>Another long teaser paragraph about a different story that should never appear in the body.</p></aside>
                <footer><p>Copyright 2024 The Daily Example. All rights reserved.</p></footer>
                </body></html>
                """.formatted(article(P1), article(P2), article(P3));
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void keepsSubheadingsAndShortSentencesInsideTheArticle() {
        String html = "<html><body><div class='story'>" + article(P1) + "<h2>What happens next</h2>" + article(P2)
                + "<p>Nobody was hurt.</p>" + article(P3) + "</div></body></html>";
        assertEquals(List.of(P1, "What happens next", P2, "Nobody was hurt.", P3), body(html));
    }

    @Test
    void dropsLabelsAndDatelinesAtTheEdgesOfTheArticle() {
        String html = "<html><body><div class='story'><p>Updated 5 March 2024, 10:42</p>" + article(P1, P2, P3)
                + "<p>Topics</p></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void cutsTrailersAnnouncedByAHeading() {
        String html = "<html><body><div class='story'>" + article(P1, P2, P3)
                + "<h3>Related stories</h3><p>A teaser for another article, long enough to read like prose to a naive "
                + "extractor that only counts characters.</p></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void adSlotClassesDoNotHideProse() {
        // Blog engines wrap the post in a "widget"; templates mark sections that may hold an ad with "Ads".
        String html = "<html><body><div class='widget Blog'><div class='TestReport__Section--Ads'>" + article(P1, P2)
                + "</div><div class='ad-slot'>Sponsored</div>" + article(P3) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void namedArticleBodyIsKeptEvenInsideABoilerplateLookingWrapper() {
        String sidebarTeasers = "<div class='sidebar-box'>" + ("<p>" + "Other news of the day, a long teaser line about "
                + "something else entirely that fills the page with prose. ".repeat(2) + "</p>").repeat(6) + "</div>";
        String html = "<html><body><div class='tsArticle hasSidebar'><div itemprop='articleBody'>" + article(P1, P2, P3)
                + "</div></div>" + "<section>" + sidebarTeasers + "</section></body></html>";
        List<String> paragraphs = body(html);
        assertTrue(paragraphs.containsAll(List.of(P1, P2, P3)), paragraphs::toString);
    }

    @Test
    void gathersAnArticleSplitOverSeveralBoxes() {
        // Page builders put each paragraph in its own row of nested boxes.
        String html = "<html><body><div class='builder'>"
                + "<div class='row'><div class='col'><div class='text'>" + article(P1) + "</div></div></div>"
                + "<div class='row'><div class='col'><div class='text'>" + article(P2) + "</div></div></div>"
                + "<div class='row'><div class='col'><div class='text'>" + article(P3) + "</div></div></div>"
                + "</div><div class='footer-links'><a href='/a'>About</a> <a href='/c'>Contact</a></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void fallsBackToJsonLdArticleBodyWhenTheMarkupHasNoText() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                 {"@type":"NewsArticle","headline":"Bridge to close","articleBody":"%s\\n%s"}]}
                </script></head><body><div id="app">Loading…</div></body></html>
                """.formatted(P1, P2);
        assertEquals(List.of(P1, P2), body(html));
    }

    @Test
    void keepsLineBreaksInsideAParagraph() {
        String html = "<html><body><div class='story'>" + article(P1) + "<p>Roses are red,<br>violets are blue,<br>"
                + "this poem is short but its lines are true.</p>" + article(P2) + "</div></body></html>";
        assertTrue(body(html).contains("Roses are red,\nviolets are blue,\nthis poem is short but its lines are true."));
    }

    @Test
    void badHtmlNeverThrows() {
        assertEquals(List.of(), body(""));
        assertEquals(List.of(), body("<script>var a = 1;</script>"));
        assertEquals(List.of(), body("<html><body><div><p></p></div>"));
        List<String> unclosed = body("<div><p>" + P1 + "<p>" + P2 + "<div><span>" + P3);
        assertEquals(List.of(P1, P2, P3), unclosed);
        assertFalse(body("<html><body><table><tr><td>" + P1 + "</td></tr></table><<<>>>&&&;</body>").isEmpty());
    }

    @Test
    void neverChangesThePageItIsGiven() {
        var page = PageParser.parse("<html><body><nav>Menu</nav><div class='story'>" + article(P1, P2) + "</div></body></html>");
        String before = page.outerHtml();
        paragraphs(page, List.of());
        assertEquals(before, page.outerHtml());
    }

    @Test
    void dropsTheAuthorsBioAfterTheArticle() {
        String bio = "Jane Marlow is a senior reporter covering transport and city politics. Before joining the paper "
                + "she worked for a radio station. Email: jane@example.org";
        String html = "<html><body><div class='story'>" + article(P1, P2, P3)
                + "<div class='writer'><p>Jane Marlow</p><p>" + bio + "</p></div></div></body></html>";
        assertEquals(List.of(P1, P2, P3), paragraphs(PageParser.parse(html), List.of("Jane Marlow")));
        String firstName = "Jane writes about transport, housing and the city's budget for the paper and its weekly newsletter.";
        html = "<html><body><div class='story'>" + article(P1, P2, P3, firstName) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), paragraphs(PageParser.parse(html), List.of("Jane Marlow")));
    }

    @Test
    void keepsTheArticlesLastWordsWhenTheyQuoteSomeoneNamedLikeTheAuthor() {
        String quote = "Jane Marlow said the ferry would be free for residents during the first month of the closure.";
        String html = "<html><body><div class='story'>" + article(P1, P2, P3, quote) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3, quote), paragraphs(PageParser.parse(html), List.of("Jane Marlow")));
        // Without a credited author nothing reads as a bio.
        String bio = "Jane Marlow is a senior reporter covering transport and city politics for the paper.";
        html = "<html><body><div class='story'>" + article(P1, P2, P3, bio) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3, bio), body(html));
    }

    @Test
    void dropsNewsletterCallsInsideTheArticle() {
        String html = "<html><body><div class='story'>" + article(P1, P2)
                + "<div class='box'><p>Get the morning's headlines delivered to your inbox.</p>"
                + "<p>Thanks for signing up!</p></div>" + article(P3) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void keepsSectionsNamedAfterTheTableOfContentsThatLinksToThem() {
        String p4 = "The ferry operator said two boats would run every twenty minutes from six in the morning until "
                + "midnight, with extra crossings on market days and during the summer festival.";
        String html = "<html><body><article>"
                + "<div class='toc'><ul><li><a href='#toc-1'>The vote and the repairs</a></li>"
                + "<li><a href='#toc-2'>The residents and the ferry</a></li></ul></div>"
                + "<div class='section' id='toc-1'>" + article(P1, P2) + "</div>"
                + "<div class='section' id='toc-2'>" + article(P3, p4) + "</div>"
                + "</article></body></html>";
        assertEquals(List.of(P1, P2, P3, p4), body(html));
    }

    @Test
    void dropsLinesOfDateStamps() {
        String html = "<html><body><div class='story'>"
                + "<p>Published: March 5, 2024 at 10:42 a.m. | Updated: March 5, 2024 at 4:15 p.m.</p>"
                + article(P1, P2)
                + "<p>Mar. 5, 2024, 10:42 AM UTC / Updated Mar. 5, 2024, 4:15 PM UTC / Source: Wire</p>"
                + article(P3) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void dropsAffiliateDisclosuresAtTheArticlesHeadAndFoot() {
        String disclosure = "Our editors choose every product on their own. When you buy something through the links "
                + "in this story, we may earn a small commission at no extra cost to you, which helps fund our reporting "
                + "and keeps the site free to read for everyone.";
        String inside = "The regulator said bloggers who receive payments from shops must say so plainly, and that a "
                + "note hidden at the end of a page full of affiliate links was not enough to inform readers, who should "
                + "see it before the first link.";
        String html = "<html><body><div class='story'>" + article(disclosure, P1, inside, P2, P3, disclosure)
                + "</div></body></html>";
        assertEquals(List.of(P1, inside, P2, P3), body(html));
    }

    @Test
    void trailerHeadingsMatchWhateverTheCaseOfTheirNonAsciiLetters() {
        String teaser = "Ein anderer Artikel über eine andere Brücke, der hier nur als Empfehlung steht und nicht "
                + "zum Text gehört, den die Seite zeigt.";
        String html = "<html><body><div class='story'>" + article(P1, P2, P3) + "<h3>Ähnliche Beiträge</h3>"
                + article(teaser) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }
    @Test
    void keepsShortParagraphsThatMerelyMentionInboxesOrCompensation() {
        String compensation = "Families who lost their homes will receive compensation of up to $50,000, the minister said.";
        String inbox = "The new filter keeps most of those messages out of your inbox, Google says.";
        String signing = "Agents were paid a bonus for signing up new customers.";
        String html = "<html><body><div class='story'>" + article(P1, compensation, P2, inbox, signing, P3)
                + "</div></body></html>";
        assertEquals(List.of(P1, compensation, P2, inbox, signing, P3), body(html));
    }

    @Test
    void keepsAFirstParagraphAboutPaymentsThatIsNoDisclosure() {
        String lede = "Farmers in the valley will receive payments of up to $500 an acre under a drought relief scheme "
                + "announced on Monday, the state's agriculture department said.";
        String last = "Workers at the chain's stores, who earn commissions on every sale, said the new rota cut their pay.";
        String html = "<html><body><div class='story'>" + article(lede, P1, P2, P3, last) + "</div></body></html>";
        assertEquals(List.of(lede, P1, P2, P3, last), body(html));
    }

    @Test
    void aParagraphOpeningWithTheAuthorsFirstNameIsABioOnlyWhenItDescribesAWriter() {
        String state = "Georgia has sixteen electoral votes, and both campaigns have spent heavily on television "
                + "advertising in the Atlanta suburbs over the past month.";
        String html = "<html><body><div class='story'>" + article(P1, P2, P3, state) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3, state), paragraphs(PageParser.parse(html), List.of("Georgia Wells")));
    }
    @Test
    void keepsALedeAboutAffiliateLinks() {
        // Longer than the stock phrases' limit, which an older "affiliate link" phrase applies to shorter lines.
        String lede = "Amazon is cutting the rates it pays creators for affiliate links, the company told its "
                + "partners on Tuesday, the second cut in three years for the bloggers and video makers who "
                + "recommend products to their readers and viewers.";
        String html = "<html><body><div class='story'>" + article(lede, P1, P2, P3) + "</div></body></html>";
        assertEquals(List.of(lede, P1, P2, P3), body(html));
        String disclosure = "This post contains affiliate links, so the site may earn a small commission if you buy.";
        html = "<html><body><div class='story'>" + article(disclosure, P1, P2, P3) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void dropsARunOfExcerptsThatTrailOffButKeepsAParagraphThatDoes() {
        String teasers = article(
                "Port strike ends after nine days WELLINGTON: Dock workers returned to the cranes on Monday after the "
                        + "union accepted a pay offer that...",
                "Storm cuts power to 40,000 homes AUCKLAND: Crews worked through the night to restore lines brought "
                        + "down by winds that gusted to…",
                "Schools reopen after the flood NAPIER: Pupils went back to class on Thursday in buildings that had "
                        + "been cleaned and dried, the ministry...");
        String html = "<html><body><div class='story'>" + teasers + article(P1, P2, P3) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
        // One or two paragraphs that trail off are the writer's style, not a teaser list.
        String trailing = "The mayor paused before answering, and when she did her voice was quiet: we will see...";
        html = "<html><body><div class='story'>" + article(P1, trailing, P2, trailing + " again...", P3) + "</div></body></html>";
        assertEquals(List.of(P1, trailing, P2, trailing + " again...", P3), body(html));
    }

    @Test
    void aReadAlsoLabelInsideTheArticleLinksOneStoryAndTheArticleGoesOn() {
        String link = "<p>Leggi anche</p><h2><a href='/other'>Il ponte vecchio chiude per sempre</a></h2>";
        String html = "<html><body><div class='story'>" + article(P1, P2) + link + article(P3) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
        // The same label after the article, with only teasers after it, still ends the article.
        String teaser = "A teaser for another article, long enough to read like prose to a naive extractor that only "
                + "counts characters.";
        html = "<html><body><div class='story'>" + article(P1, P2, P3) + link + "<p><a href='/x'>More</a></p>"
                + "<p><a href='/y'>Other</a></p>" + article(teaser) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void aCookiePreferencesPanelBesideTheArticleIsNotPartOfIt() {
        String cookies = "When you visit our website, we store cookies on your browser to collect information about "
                + "you, your preferences or your device, mostly to make the site work as you expect it to.";
        String panel = "<div class='privacy-modal'><div class='privacy-content-box'>"
                + article(cookies, cookies + " Targeting cookies may be set by our advertising partners.")
                + "</div></div>";
        String html = "<html><body><div class='post'>" + article(P1, P2, P3) + "</div>" + panel + "</body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void creditLinesOfPicturesAreNotText() {
        // Captions in plain paragraphs, where the markup does not say they are captions.
        String caption = "<p>The ferry that will carry commuters while the bridge is shut. Credit: City of Example</p>";
        String html = "<html><body><div class='story'>" + article(P1) + caption + article(P2)
                + "<p>Photograph by Jane Doe, Example Images</p>" + article(P3)
                + "<p>(Photo: @riverside_cafe / Instagram)</p><p>Illustration by John Roe</p></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
        // A sentence that merely mentions credit stays.
        String sentence = "<p>The bank said it would extend credit: nobody expected that.</p>";
        html = "<html><body><div class='story'>" + article(P1) + sentence + article(P2, P3) + "</div></body></html>";
        assertEquals(List.of(P1, "The bank said it would extend credit: nobody expected that.", P2, P3), body(html));
    }

    @Test
    void editorsNotesAfterTheArticleAreNotText() {
        String html = "<html><body><div class='story'>" + article(P1, P2, P3)
                + "<p><em>Jane Roe of the Example Herald contributed to this report.</em></p>"
                + "<p><em>This interview has been edited for length and clarity.</em></p>"
                + "<p>Cross-posted from the Example Review.</p></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void textComesOutInCanonicalComposedForm() {
        // "Müller" with a combining diaeresis, as some editors save it, reads the same as the usual spelling.
        String decomposed = "Die Stadtverwaltung von Bu\u0308ren teilte mit, dass Anna Mu\u0308ller die neue "
                + "Leitung des Bauamts u\u0308bernimmt, nachdem ihr Vorgänger in den Ruhestand gegangen ist.";
        String html = "<html><body><div class='story'>" + article(P1, decomposed, P2) + "</div></body></html>";
        String composed = "Die Stadtverwaltung von Büren teilte mit, dass Anna Müller die neue "
                + "Leitung des Bauamts übernimmt, nachdem ihr Vorgänger in den Ruhestand gegangen ist.";
        assertEquals(List.of(P1, composed, P2), body(html));
    }

    @Test
    void rubyReadingsAreNotPartOfTheText() {
        String glossed = "<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>の<ruby>大学<rt>だいがく</rt></ruby>で、"
                + "<ruby>新<rt>あたら</rt></ruby>しい<ruby>研究<rt>けんきゅう</rt></ruby>が<ruby>始<rt>はじ</rt></ruby>まりました。"
                + "<ruby>学生<rt>がくせい</rt></ruby>たちは<ruby>毎日<rt>まいにち</rt></ruby>、<ruby>実験<rt>じっけん</rt></ruby>を"
                + "<ruby>続<rt>つづ</rt></ruby>けています。</p>";
        String html = "<html><body><div class='story'>" + article(P1) + glossed + article(P2) + "</div></body></html>";
        assertEquals(List.of(P1, "東京の大学で、新しい研究が始まりました。学生たちは毎日、実験を続けています。", P2), body(html));
    }

    @Test
    void aTeaserCardNamedLikeAnArticleBodyDoesNotOutscoreTheStory() {
        String card = "<article class='mini-article'><div class='article-content'>"
                + "<h4><a href='/other'>Council approves a new housing law</a></h4>"
                + "<div class='info'><p>Jane Doe</p>Published 20 April 2022 at 08:39</div></div></article>";
        StringBuilder links = new StringBuilder("<ul>");
        for (String t : List.of("Ferry timetable for the winter season", "Shops on the east bank fear a quiet year",
                "How the old bridge was built in 1911", "Letters: readers on the bridge closure")) {
            links.append("<li><a href='/x'>").append(t).append("</a></li>");
        }
        String more = "<div class='more'>" + card + links + "</ul></div>";
        String html = "<html><body><div class='story'>" + article(P1, P2, P3) + more + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void callsToFollowTheWriterOnSocialNetworksAreNotText() {
        String bio = "Jane Roe's book about the history of the river crossings, \"Over the Water\" (Example Press, 2021), "
                + "is out now. Follow her on Twitter @janeroe. Follow us on Facebook.";
        String html = "<html><body><div class='story'>" + article(P1, P2, P3, bio)
                + "<p>Follow the Example Herald news desk on Instagram at @exampleherald</p></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
        // News about following someone is text.
        String news = "The mayor urged residents who commute by ferry to follow her on X for updates on the timetable.";
        html = "<html><body><div class='story'>" + article(P1, news, P2, P3) + "</div></body></html>";
        assertEquals(List.of(P1, news, P2, P3), body(html));
    }

    @Test
    void messagesOfFormsAndPlayersAreNotText() {
        // Status lines printed in the page for scripts to show: a video player between paragraphs, a sign-up form after them.
        String player = "<div class='box'><p>Video Loading</p><p>Video Unavailable</p><p>Play now</p></div>";
        String form = "<div class='box'><p>Thank you for submitting your email!</p>"
                + "<p>Invalid email address. Please try again later.</p>"
                + "<p>I understand and agree that registration on this site constitutes agreement to its terms.</p></div>";
        String html = "<html><body><div class='story'>" + article(P1) + player + article(P2, P3) + form
                + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
        // News about an outage may say the same words without the form's "Please".
        String news = "Travellers trying to book the ferry on Monday were told to try again later.";
        html = "<html><body><div class='story'>" + article(P1, news, P2, P3) + "</div></body></html>";
        assertEquals(List.of(P1, news, P2, P3), body(html));
    }

    @Test
    void captionsClosingOnThePictureAgencyAreNotText() {
        String html = "<html><body><div class='story'>" + article(P1)
                + "<p>The old bridge at dusk on Monday, a day before the vote. (AP)</p>" + article(P2)
                + "<p>Commuters wait for the first ferry. (Jane Doe/Getty Images)</p>" + article(P3) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void aGalleryToldInCaptionsKeepsItsCaptions() {
        StringBuilder slides = new StringBuilder();
        for (String p : List.of(P1, P2, P3)) {
            slides.append("<figure class='slide'><img src='a.jpg'><figcaption><p>").append(p).append("</p></figcaption></figure>");
        }
        String html = "<html><body><article class='gallery'><h1>The bridge in pictures</h1>" + slides + "</article></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
        // A caption beside an article told in paragraphs is still no part of it.
        String caption = "<figure><img src='b.jpg'><figcaption><p>The old bridge seen from the east bank, where the "
                + "shops are, on a grey morning in March.</p></figcaption></figure>";
        html = "<html><body><article>" + article(P1) + caption + article(P2, P3) + "</article></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void pleasToShareTheArticleAreNotText() {
        String html = "<html><body><div class='story'>" + article(P1, P2, P3)
                + "<p>Like this story? Share it with a friend!</p>"
                + "<p>If you enjoyed this article, become a member of the Example Herald today.</p></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void loneButtonLabelsAreNotText() {
        String html = "<html><body><div class='story'>" + article(P1) + "<div><span>Advert</span></div>" + article(P2)
                + "<div>SUBSCRIBE</div>" + article(P3) + "<div>Read Later</div></div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }

    @Test
    void aGermanMayAlsoInterestYouHeadingEndsTheArticle() {
        String teaser = "Ein Besuch auf dem Wochenmarkt am Rathaus: Welche Händler schon seit vierzig Jahren "
                + "jeden Samstag ihre Stände aufbauen, und was sie über die Stadt erzählen.";
        for (String heading : List.of("Diese Artikel könnten dich ebenfalls interessieren:",
                "Das Thema könnte Sie auch interessieren", "Das könnte euch auch noch interessieren")) {
            String html = "<html><body><div class='story'>" + article(P1, P2, P3) + "<h3>" + heading + "</h3>"
                    + article(teaser) + "</div></body></html>";
            assertEquals(List.of(P1, P2, P3), body(html), heading);
        }
    }

    @Test
    void germanShareLabelsAreNotText() {
        for (String label : List.of("Diesen Artikel teilen", "Beitrag teilen:", "Diese Seite teilen")) {
            String html = "<html><body><div class='story'>" + article(P1, P2) + "<p>" + label + "</p>" + article(P3)
                    + "</div></body></html>";
            assertEquals(List.of(P1, P2, P3), body(html), label);
        }
    }

    @Test
    void aGermanLatestNewsWidgetAfterTheArticleIsNotPartOfIt() {
        String teaser = "Ein Besuch auf dem Wochenmarkt am Rathaus: Welche Händler schon seit vierzig Jahren "
                + "jeden Samstag ihre Stände aufbauen, und was sie über die Stadt erzählen.";
        for (String heading : List.of("Aktuelle News", "Neueste Beiträge")) {
            String html = "<html><body><div class='story'>" + article(P1, P2, P3) + "<h3>" + heading + "</h3>"
                    + article(teaser) + "</div></body></html>";
            assertEquals(List.of(P1, P2, P3), body(html), heading);
        }
    }

    @Test
    void aGermanMoreOnTheSiteHeadingEndsTheArticle() {
        String teaser = "Ein Besuch auf dem Wochenmarkt am Rathaus: Welche Händler schon seit vierzig Jahren "
                + "jeden Samstag ihre Stände aufbauen, und was sie über die Stadt erzählen.";
        String html = "<html><body><div class='story'>" + article(P1, P2, P3) + "<h3>Mehr Kolumnen auf Stadtblatt:</h3>"
                + article(teaser) + "</div></body></html>";
        assertEquals(List.of(P1, P2, P3), body(html));
    }
}
