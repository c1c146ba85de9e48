package io.precis.extract.html;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bylines in unusual markup, and the names near them that are not the authors. */
class HtmlAuthorsTest {
    private static List<String> authors(String html) {
        Article a = new HtmlExtractor().extract(new Document(html, Format.HTML, "UTF-8", Origin.file("t.html", html.length()),
                Map.of(), Instant.parse("2024-03-10T12:00:00Z")));
        return a.authors().stream().map(Author::name).toList();
    }

    @Test
    void aBylineInTheStoryHeaderCountsWhateverLayoutBlocksWrapIt() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Ferry engines get a refit",
                 "author":[{"@type":"Person","name":"Ann Smith"},{"@type":"Person","name":"Bo Jones"}]}
                </script></head><body><div class="widget widget-hero"><article><header><h1>Ferry engines get a refit</h1>
                <div class="byline">By Ann Smith Contributions from Bo Jones published 13 December 2023</div></header>
                <p>The yard replaced both engines over the winter.</p></article></div></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html), "a contributor the byline names as such is not an author");
    }

    @Test
    void aPhotographersCreditAfterACaptionIsNotTheByline() {
        String html = """
                <html><body><article><h1>Keep the night ferry running</h1>
                <div class="lead"><img src="f.jpg" alt="The night ferry leaves the north harbour at ten past eleven.">
                <div class="caption"><span>The night ferry leaves the north harbour at ten past eleven.</span>
                <span class="c1">By <a href="/photographers/cy-lee">Cy Lee</a></span></div></div>
                <div class="writer"><span class="c1">By <a href="/writers/ann-smith">Ann Smith</a>, Contributing Writer</span></div>
                <p>The council should not cut the only late crossing the islands have.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void aBareByAfterTheHeadlineAndDateNamesTheAuthor() {
        String html = """
                <html><body><div id="page-title"><h1>Ferry timetable changes for winter</h1>
                <small>posted on <time datetime="2023-12-19T23:30:00-05:00">2023-12-19 23:30 EST</time></small> by Ann Marie Smith
                </div><div class="news"><p>The winter timetable starts on Monday.</p></div></body></html>""";
        assertEquals(List.of("Ann Marie Smith"), authors(html));
    }

    @Test
    void aLinkToTheAuthorsPageBesideTheHeadlineIsTheByline() {
        String html = """
                <html><body><nav><a href="/author/bo-jones/">Bo Jones</a></nav>
                <section class="story"><h1>Ferry fans gather for the winter solstice</h1>
                <div class="date-box"><p class="e-date"><a href="https://ferries.example/author/annsmith/">Ann Smith</a> - December 21, 2023</p></div>
                <p>Dozens came to the pier to watch the last sailing of the shortest day.</p></section></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
        // A menu's link to a columnist is not a byline.
        assertEquals(List.of(), authors(html.replace("<a href=\"https://ferries.example/author/annsmith/\">Ann Smith</a>", "Staff")));
    }

    @Test
    void aNamePrintedBesideTheDateUnderTheHeadlineIsTheAuthor() {
        String html = """
                <html><body><main><h1>Ferry fans gather for the winter solstice</h1>
                <p>Dozens came to the pier to watch the last sailing of the shortest day of the year.</p>
                <span><span><span class="c9">Ann Smith</span></span><span class="c9">Dec 05, 2023</span><span>2 Shares</span></span>
                <p>Text.</p></main></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
        // Places and agencies stand there too: only a lone personal name counts.
        assertEquals(List.of(), authors(html.replace("Ann Smith", "PTI Mumbai")));
        assertEquals(List.of(), authors(html.replace("Ann Smith", "New Delhi")));
        assertEquals(List.of(), authors(html.replace("Ann Smith", "North Harbour, Ferry Desk | Updated:")));
    }

    @Test
    void aCommentersHeaderIsNotTheStorysHeader() {
        String html = """
                <html><body><article class="post"><header class="entry-header"><h1>Ferry engines get a refit</h1></header>
                <p>The yard replaced both engines over the winter, and the ferry is back on the north route.</p></article>
                <ol class="comment-list"><li class="comment"><article><header class="comment-header">
                <p class="comment-author"><span>Jane Reader</span></p></header>
                <p>Great news for the islands.</p></article></li></ol></body></html>""";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void aRelatedStorysBylineIsNotTheStorys() {
        String html = """
                <html><body><article><header><h1>Ferry engines get a refit</h1></header>
                <p>The yard replaced both engines over the winter, and the ferry is back on the north route.</p></article>
                <section class="related-posts"><article><header><h2>Harbour dredging starts</h2>
                <span class="byline">By Zoe Other</span></header></article></section></body></html>""";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void aMenuLinkToAColumnistIsNotTheBylineOfAHeadlineInTheBody() {
        String html = """
                <html><body><nav><a href="/">Home</a><a href="/author/bo-jones/">Bo Jones</a></nav>
                <h1>Ferry engines get a refit</h1>
                <p>The yard replaced both engines over the winter, and the ferry is back on the north route.</p></body></html>""";
        assertEquals(List.of(), authors(html));
    }

    @Test
    void anAuthorLinkJustAfterAHeadlineInTheBodyIsTheByline() {
        String html = """
                <html><body><nav><a href="/author/bo-jones/">Bo Jones</a></nav>
                <h1>Ferry engines get a refit</h1><div><a href="/author/ann-smith/">Ann Smith</a> · 3 min read</div>
                <p>The yard replaced both engines over the winter, and the ferry is back on the north route.</p></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void onlyElementsWhoseOwnTextStartsWithBVOrPMayHoldAByText() {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse("""
                <div id=a> \u00a0 by Ann</div><div id=b><span>By Ann</span> later</div><div id=c>\n<br>Par Luc</div>
                <div id=d><b>x</b></div><div id=e>Von Bo</div><div id=f>\u200bpor Ana</div>""").body();
        for (String id : List.of("a", "c", "e", "f")) {
            org.jsoup.nodes.Element e = body.getElementById(id);
            assertEquals(true, HtmlAuthors.mayStartWithBy(e), id);
            assertEquals(true, e.ownText().strip().matches("(?i)(by|von|par|por)\\s.*"), id);
        }
        assertEquals(false, HtmlAuthors.mayStartWithBy(body.getElementById("b")), "own text is \"later\"");
        assertEquals(false, HtmlAuthors.mayStartWithBy(body.getElementById("d")), "no own text");
    }

    @Test
    void theElementsInTheBodyAreThoseTheSelectorGives() {
        for (String html : List.of("<p>a<b>b</b></p><div><span>c</span></div>", "<html><head><title>t</title></head></html>",
                "<frameset><frame src=a></frameset>", "<body><svg><body><p>x</p></svg><body class=b>y")) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
            assertEquals(page.select("body *"), new org.jsoup.select.Elements(HtmlAuthors.inBody(page, new PageIndex(page))), html);
        }
    }

    @Test
    void aLabelInItsOwnElementIsReadWithTheNameBesideIt() {
        String html = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <div class="post-head"><span>von</span> <a href="/people/ann-smith">Ann Smith</a></div>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
        String labelled = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <div class="who"><p class="label"><strong>By</strong></p><p class="name">Ann Smith</p></div>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(labelled));
        String text = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <p>The yard replaced both engines over the winter.</p>
                <div class="credits">Text: <span class="name">Ann Smith</span></div></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(text));
        String written = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <div class="meta"><strong>Written by:</strong> <span>Ann Smith</span></div>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(written));
        String caption = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <figure><img src="a.jpg"><span class="caption">Autorin und Seglerin Cleo Brandt</span></figure>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of(), authors(caption), "a caption opening with a label word and no colon is no byline");
    }

    @Test
    void aBylineEndsAtItsLineBreak() {
        String html = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <p>Von <strong>Ann Smith</strong> und <strong>Bo Jones</strong><br> Hafenstadt /Nordland</p>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith", "Bo Jones"), authors(html));
        String labelOnItsLine = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <p>The yard replaced both engines over the winter.</p>
                <a href="#mail"><b>Von:</b><br><br> Ann Smith</a></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(labelOnItsLine));
    }

    @Test
    void aVerbBeforeVonIsPartOfTheLabel() {
        String html = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <p class="info">Erstellt von Ann Smith</p>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void aFirstNameAfterAByLabelIsTheAuthor() {
        String html = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="meta">Veröffentlicht am 10. Februar 2019 <span class="by">von <a href="/u/1">Heiko</a></span></div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of("Heiko"), authors(html));
        String agency = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="meta"><span class="by">By <a href="/u/1">Reuters</a></span></div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of(), authors(agency));
        String unlabelled = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="meta"><span class="by">Heiko</span></div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of(), authors(unlabelled));
    }

    @Test
    void aFirstNameInAuthorMarkupIsTheLastResort() {
        String html = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="meta"><span class="author">Lars</span> <span class="date">10.02.2019</span></div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of("Lars"), authors(html));
        String role = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="meta"><span class="author">Redaktion</span></div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of(), authors(role));
        String form = """
                <html><body><article><h1>Running through the winter</h1>
                <p>The first cold morning is the hardest one.</p></article>
                <form><p class="comment-form-author"><label for="author">Name</label><input id="author"></p></form></body></html>""";
        assertEquals(List.of(), authors(form));
        String label = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="post-author"><span>Von</span></div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of(), authors(label));
    }

    @Test
    void blockElementClassNamesMarkTheAuthorToo() {
        String html = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="story-head__authors"><a class="story-head__author-link" href="/p/ann">Ann Smith</a></div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void aDateBetweenPostedAndByStillMakesAByline() {
        String html = """
                <html><body><article><h1>Running through the winter</h1>
                <div class="meta">Posted on September 21, 2020 by Ann Smith</div>
                <p>The first cold morning is the hardest one.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void theBodysLayoutClassesDoNotMakeThePageAnAside() {
        String html = """
                <html><body class="single-post sidebar"><div class="site"><h1 class="site-title">Ferry Blog</h1>
                <article><header><h1>Running through the winter</h1><div class="meta">Von <strong>Ann Smith</strong></div></header>
                <p>The first cold morning is the hardest one.</p></article></div></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void linksCopiedIntoAStructuredAuthorFieldStillNameThePeople() {
        String jsonLd = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Ferry engines get a refit",
                 "author":{"@type":"Person","name":"By <a href=\\"/people/ann-smith\\">Ann Smith</a>, Cy Lee and <a href=\\"/people/bo-jones\\">Bo Jones</a>"}}
                </script></head><body><h1>Ferry engines get a refit</h1><p>The yard replaced both engines.</p></body></html>""";
        assertEquals(List.of("Ann Smith", "Cy Lee", "Bo Jones"), authors(jsonLd));
        String meta = """
                <html><head><meta name="author" content="By &lt;a href=&quot;/people/ann-smith&quot;&gt;Ann Smith&lt;/a&gt; and Cy Lee">
                </head><body><h1>Ferry engines get a refit</h1><p>The yard replaced both engines.</p></body></html>""";
        assertEquals(List.of("Ann Smith", "Cy Lee"), authors(meta));
    }

    @Test
    void anOpenGraphAuthorTagNamesThePerson() {
        String html = """
                <html><head><meta property="og:title" content="Ferry engines get a refit">
                <meta property="og:author" content="https://social.example/ann.smith">
                <meta property="og:author" content="Ann Smith"></head>
                <body><h1>Ferry engines get a refit</h1><p>The yard replaced both engines.</p></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html), "a profile URL in the same tag is not a name");
    }

    @Test
    void anElementCanBeTheAuthorAndTheNameAtOnce() {
        String html = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <p class="credit"><span itemprop="author name">Ann Smith, Bo Jones</span></p>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith", "Bo Jones"), authors(html), "itemprop lists properties separated by spaces");
    }

    @Test
    void aQuotationsOrAPicturesAuthorIsNotTheStorys() {
        String html = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <div class="pullquote"><p>We waited ten years for this.</p><p class="quote-author">Bo Jones</p></div>
                <figure><img src="yard.jpg" alt="The yard"><div class="author">Cy Lee</div></figure>
                <p>The yard replaced both engines over the winter.</p>
                <p class="byline">By Ann Smith</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
        String noByline = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <blockquote><p>We waited ten years for this.</p><cite class="author">Bo Jones</cite></blockquote>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of(), authors(noByline), "a quoted speaker is not the writer");
    }

    @Test
    void aPersonInStructuredDataMayBeWrittenInPartsOrNestedOnceMore() {
        String parts = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Ferry engines get a refit",
                 "author":{"@type":"Person","givenName":"Ann","additionalName":"Maria","familyName":"Smith"}}
                </script></head><body><h1>Ferry engines get a refit</h1><p>The yard replaced both engines.</p></body></html>""";
        assertEquals(List.of("Ann Maria Smith"), authors(parts));
        String nested = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Ferry engines get a refit",
                 "author":{"@type":"Person","name":{"@type":"Person","name":"Bo Jones"}}}
                </script></head><body><h1>Ferry engines get a refit</h1><p>The yard replaced both engines.</p></body></html>""";
        assertEquals(List.of("Bo Jones"), authors(nested));
    }

    @Test
    void aWriterClassMarksTheByline() {
        String html = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <div class="story-meta"><span class="story-meta__writer">Ann Smith</span><span>Harbour desk</span></div>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void aRoleInAnElementOfItsOwnInsideTheBylineIsLeftOut() {
        String html = """
                <html><body><article><h1>Ferry engines get a refit</h1>
                <a class="author" href="/team/ann-smith">Ann Smith<span class="job-title">Senior Editor</span></a>
                <p>The yard replaced both engines over the winter.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void drupalsSubmittedByLineNamesTheAuthor() {
        String html = """
                <html><body><article><h1>Harbour ferry timetable changes for winter</h1>
                <div class="node-meta">Submitted by Ann Smith on Tue, 03/12/2023 - 10:15</div>
                <p>The ferry will run every forty minutes from the first of November.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }

    @Test
    void aComponentNamedBylineIsTheByline() {
        String html = """
                <html><body><article><h1>Harbour ferry timetable changes for winter</h1>
                <div data-component="byline-block"><div><span>Ann Smith</span></div><div><span>Harbour reporter</span></div></div>
                <p>The ferry will run every forty minutes from the first of November.</p></article></body></html>""";
        assertEquals(List.of("Ann Smith"), authors(html));
    }
}
