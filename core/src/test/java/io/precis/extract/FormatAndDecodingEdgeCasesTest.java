package io.precis.extract;

import io.precis.article.Format;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages met in the extraction benchmarks that the first format and charset checks got wrong. */
class FormatAndDecodingEdgeCasesTest {

    @Test
    void htmlAfterServerWarningsIsHtml() {
        String page = "<br />\n<b>Warning</b>:  mysql_get_server_info(): Access denied in <b>/www/x.php</b> on line <b>299</b><br />\n"
                .repeat(80) + "<!DOCTYPE html><html><head><title>T</title></head><body><p>Text</p></body></html>";
        assertEquals(Format.HTML, FormatDetector.detect(page, "page.html"));
    }

    @Test
    void htmlAfterALongStyleSheetIsHtml() {
        String page = "<style>" + ".a { opacity: 1; }\n".repeat(400) + "</style>\n<html><body><p>Text</p></body></html>";
        assertEquals(Format.HTML, FormatDetector.detect(page, "page.html"));
    }

    @Test
    void utf8WithOneCutCharacterDecodesLikeABrowser() throws Exception {
        // A long Polish page (well over a hundred non-ASCII letters) whose last teaser was cut mid-letter.
        byte[] ok = "Zażółć gęślą jaźń — Łódź, papieros. ".repeat(12).getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[ok.length + 4];
        System.arraycopy(ok, 0, cut, 0, ok.length);
        cut[ok.length] = (byte) 0xC3;   // first byte of a two-byte character, cut off
        cut[ok.length + 1] = '.';
        cut[ok.length + 2] = '.';
        cut[ok.length + 3] = '.';
        Decoder.Decoded d = Decoder.decode(cut, null);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().startsWith("Zażółć gęślą jaźń — Łódź"));
    }

    @Test
    void singleByteTextIsStillReadAsWindows1252() throws Exception {
        byte[] latin = "Caf\u00e9 cr\u00e8me, na\u00efve fa\u00e7ade".getBytes("windows-1252");
        assertEquals("Café crème, naïve façade", Decoder.decode(latin, null).text());
    }
}
