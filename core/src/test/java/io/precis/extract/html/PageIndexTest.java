package io.precis.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageIndexTest {
    private static final List<String> PAGES = List.of("<p>a<b>b</b></p><div><span>c</span></div>",
            "<html><head><title>t</title></head></html>", "<frameset><frame src=a></frameset>",
            "<body><svg><body><p>x</p></svg><body class=b>y", "<p>x</p></body></html><div>after the end</div><!-- c -->");

    @Test
    void listsTheElementsAsTheWalksWould() {
        for (String html : PAGES) {
            Document page = Jsoup.parse(html);
            PageIndex index = new PageIndex(page);
            assertEquals(page.getAllElements(), index.elements(), html);
            assertEquals(page.body().getAllElements(), index.body(), html);
        }
    }
}
