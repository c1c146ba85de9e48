package io.precis.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which charset the decoder picks, and that it says how it picked it; fixtures are invented paragraphs. */
class CharsetDecodingTest {
    private static final String JAPANESE = "東京の古い商店街では、朝早くから店主たちが店先を掃除し、近所の人々と天気の話をしながら"
            + "一日の準備を始める。夕方になると、仕事帰りの客が惣菜を買いに集まり、通りは再びにぎやかになる。";
    private static final String RUSSIAN = "Вчера вечером в небольшом городе на берегу реки открылась новая библиотека. "
            + "Жители пришли посмотреть на книги, а дети весь вечер слушали, как старый учитель читает вслух сказки.";
    private static final String CHINESE = "昨天下午，市政府在新建的公园里举行了开放仪式。许多家庭带着孩子前来散步和野餐，"
            + "老人们在湖边下棋聊天，享受春天温暖的阳光。";
    private static final String KOREAN = "어제 오후 시청은 새로 지은 공원에서 개장식을 열었다. 많은 가족들이 아이들과 함께 "
            + "산책과 소풍을 즐겼고, 노인들은 호숫가에서 바둑을 두며 따뜻한 봄 햇살을 즐겼다.";
    private static final String GREEK = "Χθες το απόγευμα ο δήμος εγκαινίασε το νέο πάρκο της πόλης. Πολλές οικογένειες "
            + "ήρθαν για περίπατο, και οι ηλικιωμένοι κάθισαν δίπλα στη λίμνη απολαμβάνοντας τον ανοιξιάτικο ήλιο.";

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static String html(String charsetDeclaration, String body) {
        return "<!DOCTYPE html><html><head>" + charsetDeclaration + "<title>t</title></head><body><p>" + body + "</p></body></html>";
    }

    @Test
    void aByteOrderMarkWinsOverADeclaration() throws Exception {
        String page = html("<meta charset=\"windows-1251\">", RUSSIAN);
        byte[] withBom = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
        Decoder.Decoded d = Decoder.decode(withBom, "text/html; charset=koi8-r");
        assertEquals(page, d.text());
        assertEquals("bom:UTF-8", d.provenance());
        assertFalse(d.uncertain());
    }

    @Test
    void aDeclarationTheBytesFitIsUsed() throws Exception {
        String korean = html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">", KOREAN);
        Decoder.Decoded meta = Decoder.decode(bytes(korean, "EUC-KR"), null);
        assertEquals(korean, meta.text());
        assertEquals("declared:EUC-KR", meta.provenance());

        Decoder.Decoded header = Decoder.decode(bytes(RUSSIAN, "KOI8-R"), "text/plain; charset=\"KOI8-R\"");
        assertEquals(RUSSIAN, header.text());
        assertEquals("declared:KOI8-R", header.provenance(), "the Content-Type of the upload declares it too");

        String xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>\n<article><p>" + JAPANESE + "</p></article>";
        assertEquals(xml, Decoder.decode(bytes(xml, "Shift_JIS"), null).text(), "an XML declaration");
    }

    @Test
    void aVendorCharacterOutsideTheDeclaredTableReadsWithTheWindowsSuperset() throws Exception {
        // Circled digits are NEC additions that Windows writes into files it labels Shift_JIS.
        String text = "<meta charset=\"Shift_JIS\"><p>①" + JAPANESE + "</p>";
        Decoder.Decoded d = Decoder.decode(bytes(text, "windows-31j"), null);
        assertEquals(text, d.text());
        assertEquals("declared:windows-31j (Shift_JIS extended)", d.provenance());
    }

    @Test
    void undeclaredLegacyCharsetsAreDetected() throws Exception {
        String[][] cases = {{JAPANESE, "Shift_JIS"}, {JAPANESE, "EUC-JP"}, {RUSSIAN, "windows-1251"}, {RUSSIAN, "KOI8-R"},
                {CHINESE, "GB18030"}, {KOREAN, "EUC-KR"}, {GREEK, "ISO-8859-7"}};
        for (String[] c : cases) {
            String text = c[0], charset = c[1];
            Decoder.Decoded plain = Decoder.decode(bytes(text, charset), null);
            assertEquals(text, plain.text(), charset);
            assertEquals("detected:" + Charset.forName(charset).name(), plain.provenance(), charset);
            assertFalse(plain.uncertain(), charset);
            String page = html("", text);
            assertEquals(page, Decoder.decode(bytes(page, charset), "text/html").text(), charset + " in an undeclared page");
        }
    }

    @Test
    void asciiAndUtf8NeedNoDeclarationAndNoDetection() throws Exception {
        String ascii = "A council meeting on Tuesday approved the new bridge.";
        assertEquals("utf-8-valid:UTF-8", Decoder.decode(ascii.getBytes(StandardCharsets.US_ASCII), null).provenance());
        Decoder.Decoded japanese = Decoder.decode(JAPANESE.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(JAPANESE, japanese.text());
        assertEquals("utf-8-valid:UTF-8", japanese.provenance());
        assertFalse(japanese.uncertain());
    }

    @Test
    void validUtf8WinsOverASingleByteDeclaration() throws Exception {
        String page = html("<meta charset=\"iso-8859-1\">", GREEK);
        Decoder.Decoded d = Decoder.decode(page.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(page, d.text());
        assertEquals("utf-8-valid:UTF-8 (declared windows-1252)", d.provenance());
    }

    @Test
    void aDeclarationTheBytesContradictIsOverruledAndTheProvenanceSaysSo() throws Exception {
        String page = html("<meta charset=\"utf-8\">", RUSSIAN);
        Decoder.Decoded d = Decoder.decode(bytes(page, "windows-1251"), null);
        assertEquals(page, d.text(), "no replacement characters for the Cyrillic letters");
        assertEquals("detected:windows-1251 (declared UTF-8 does not fit the bytes)", d.provenance());

        Decoder.Decoded wrongHeader = Decoder.decode(bytes(JAPANESE, "Shift_JIS"), "text/plain; charset=euc-kr");
        assertEquals(JAPANESE, wrongHeader.text());
        assertTrue(wrongHeader.provenance().startsWith("detected:Shift_JIS (declared EUC-KR"), wrongHeader.provenance());
    }

    @Test
    void aUtf16DeclarationOnAsciiBasedBytesCountsForNothing() throws Exception {
        String page = html("<meta charset=\"utf-16\">", "Plain English text.");
        assertEquals(page, Decoder.decode(page.getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void utf8WithACutCharacterIsKeptButMarkedUncertain() throws Exception {
        byte[] ok = (JAPANESE + JAPANESE).getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[ok.length + 1];
        System.arraycopy(ok, 0, cut, 0, ok.length);
        cut[ok.length] = (byte) 0xE6;   // first byte of a three-byte character, cut off
        Decoder.Decoded d = Decoder.decode(cut, "text/plain; charset=utf-8");
        assertEquals(JAPANESE + JAPANESE + "\uFFFD", d.text());
        assertEquals("utf-8-repaired:UTF-8 (0 bytes read as windows-1252, 1 replaced)", d.provenance());
        assertTrue(d.uncertain());
    }

    @Test
    void latin1WordsInsideAUtf8PageAreReadAsLatin1() throws Exception {
        // A UTF-8 template around an alt text from a Latin-1 database: reading the whole page as windows-1252
        // would turn every good character into two wrong ones.
        String template = "<p>Die Gemeinde über die neue Brücke: „Wir sind froh“, sagt die Bürgermeisterin.</p>".repeat(6);
        byte[] utf8 = template.getBytes(StandardCharsets.UTF_8);
        byte[] latin = "<img alt=\"Mitgefühl wählen!\">".getBytes(StandardCharsets.ISO_8859_1);
        byte[] page = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, page, 0, utf8.length);
        System.arraycopy(latin, 0, page, utf8.length, latin.length);
        Decoder.Decoded d = Decoder.decode(page, "text/html; charset=utf-8");
        assertEquals(template + "<img alt=\"Mitgefühl wählen!\">", d.text());
        assertEquals("utf-8-repaired:UTF-8 (2 bytes read as windows-1252, 0 replaced)", d.provenance());
        assertTrue(d.uncertain());
    }

    @Test
    void bytesThatFitNoCharsetAreRejected() {
        // 0x81 0x8D 0x8F 0x90 0x9D are undefined in windows-1252, and lone C1 bytes fit no multi-byte charset.
        byte[] bytes = "Text \u0081 more \u008D text \u008F and \u0090 end \u009D.".repeat(20).getBytes(StandardCharsets.ISO_8859_1);
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> Decoder.decode(bytes, null));
        assertTrue(e.getMessage().startsWith("undecodable text"), e.getMessage());
    }
}
