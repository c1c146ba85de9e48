package io.precis.extract;

import io.precis.article.Format;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormatAndDecoderTest {

    @Test
    void formatComesFromTheContent() {
        assertEquals(Format.HTML, FormatDetector.detect("<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt"));
        assertEquals(Format.HTML, FormatDetector.detect("<b>Warning</b>: deprecated in x.php<br />\n<!DOCTYPE html><html><head></head><body><p>a</p><div>b</div></body></html>", null),
                "server warnings before the page do not hide it");
        assertEquals(Format.MARKDOWN, FormatDetector.detect("---\ntitle: x\n---\n\nSome text.", "a.txt"));
        assertEquals(Format.MARKDOWN, FormatDetector.detect("# Title\n\nSee [this](http://x.example) and **that**.", null));
        assertEquals(Format.MARKDOWN, FormatDetector.detect("Plain words.", "notes.md"), "the name breaks ties");
        assertEquals(Format.TEXT, FormatDetector.detect("Title\nFinancial Times -Jan 29th2024\nBody text.", "a.txt"));
    }

    @Test
    void charsetsHonestly() throws Exception {
        String text = "Café crème – “quoted”";
        assertEquals("UTF-8", Decoder.decode(text.getBytes(StandardCharsets.UTF_8), null).charset());
        byte[] bom16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(text, Decoder.decode(bom16, null).text());
        assertEquals(text, Decoder.decode(text.getBytes(StandardCharsets.UTF_16LE), null).text(), "UTF-16 without a BOM");
        assertEquals(text, Decoder.decode(text.getBytes(StandardCharsets.UTF_16BE), null).text());
        byte[] latin = text.getBytes(Charset.forName("windows-1252"));
        Decoder.Decoded d = Decoder.decode(latin, null);
        assertEquals(text, d.text(), "not UTF-8, so the Windows Latin-1 superset");
        byte[] declared = "<meta charset=\"iso-8859-2\"><p>Łódź</p>".getBytes(Charset.forName("ISO-8859-2"));
        assertEquals("<meta charset=\"iso-8859-2\"><p>Łódź</p>", Decoder.decode(declared, null).text());
    }

    @Test
    void notTextIsRejectedNotMangled() {
        assertThrows(UnprocessableException.class, () -> Decoder.decode(new byte[0], null));
        assertThrows(UnprocessableException.class, () -> Decoder.decode(new byte[]{'a', 0, 'b', 0, 1, 2}, null));
        assertThrows(UnprocessableException.class, () -> Decoder.decode("   \n ".getBytes(StandardCharsets.UTF_8), null));
    }
}
