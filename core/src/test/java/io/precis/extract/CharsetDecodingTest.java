package io.precis.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void cyrillicAfterALongAsciiStyleSheetIsDetected() throws Exception {
        // 80 KB of inline CSS before the body: the detector must see the Cyrillic, not only the first 64 KB.
        String css = "<style>" + ".teaser-block .headline a:hover { color: #1a4f8b; text-decoration: underline; }\n".repeat(1100) + "</style>";
        String page = "<!DOCTYPE html><html><head><title>t</title>" + css + "</head><body><p>" + RUSSIAN + "</p></body></html>";
        Decoder.Decoded d = Decoder.decode(bytes(page, "windows-1251"), null);
        assertEquals(page, d.text());
        assertEquals("detected:windows-1251", d.provenance());
        assertFalse(d.uncertain());

        // A lone non-ASCII byte before the style sheet (a copyright sign in the header) is no help either:
        // the long ASCII run in between is left out of the sample, not the Cyrillic after it.
        String withSign = "<!DOCTYPE html><html><head><title>© t</title>" + css + "</head><body><p>" + RUSSIAN + "</p></body></html>";
        assertEquals("detected:windows-1251", Decoder.decode(bytes(withSign, "windows-1251"), null).provenance());
    }

    @Test
    void theDetectorSampleKeepsTheNonAsciiBytesAndCutsLongAsciiRuns() {
        String ascii = "x".repeat(100_000);
        byte[] file = bytes(ascii + RUSSIAN + ascii + RUSSIAN + ascii, "windows-1251");
        byte[] sample = CharsetDetector.sample(file);
        String read = new String(sample, Charset.forName("windows-1251"));
        // 256 bytes of ASCII kept at each side of the Cyrillic; the full stop that ends RUSSIAN is one of them.
        assertEquals("x".repeat(256) + RUSSIAN + "x".repeat(255 + 256) + RUSSIAN + "x".repeat(255), read);
        byte[] small = bytes(RUSSIAN, "windows-1251");
        assertArrayEquals(small, CharsetDetector.sample(small), "short files are sampled whole");
    }

    @Test
    void theDetectorsWindows1252IsMarkedUncertain() throws Exception {
        // Its Latin-1 prober has no language model: undeclared ISO-8859-2 gets the same answer (and mojibake).
        String french = "Hier après-midi, la mairie a inauguré le nouveau parc de la ville. De nombreuses familles sont "
                + "venues se promener, et les personnes âgées se sont installées près du lac, à l’ombre des arbres.";
        Decoder.Decoded d = Decoder.decode(bytes(french, "windows-1252"), null);
        assertEquals(french, d.text());
        assertEquals("detected:windows-1252", d.provenance());
        assertTrue(d.uncertain());

        String polish = "Wczoraj po południu władze miasta otworzyły nowy park nad rzeką. Wiele rodzin przyszło na spacer, "
                + "a starsi ludzie siedzieli przy jeziorze, ciesząc się ciepłym wiosennym słońcem.";
        Decoder.Decoded latin2 = Decoder.decode(bytes(polish, "ISO-8859-2"), null);
        assertEquals("detected:windows-1252", latin2.provenance());
        assertTrue(latin2.uncertain(), "read wrongly, and flagged");
    }

    @Test
    void utf8WithAStrayByteWinsOverASingleByteDeclaration() throws Exception {
        String sentences = "<p>Die Bürgerinnen und Bürger der Gemeinde stimmten am Sonntag über die neue Brücke ab.</p>".repeat(10);
        String head = "<!DOCTYPE html><html><head><meta charset=iso-8859-1><title>t</title></head><body>";
        byte[] utf8 = (head + sentences).getBytes(StandardCharsets.UTF_8);
        byte[] stray = "<p>Mitgefühl</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] page = new byte[utf8.length + stray.length];
        System.arraycopy(utf8, 0, page, 0, utf8.length);
        System.arraycopy(stray, 0, page, utf8.length, stray.length);
        Decoder.Decoded d = Decoder.decode(page, null);
        assertEquals(head + sentences + "<p>Mitgefühl</p></body></html>", d.text(), "no \"BÃ¼rger\"");
        assertEquals("utf-8-repaired:UTF-8 (1 bytes read as windows-1252, 0 replaced) (declared windows-1252)", d.provenance());
        assertTrue(d.uncertain());
    }

    @Test
    void aLatin1PageDeclaredSoStaysLatin1() throws Exception {
        // The UTF-8 checks before the declaration must not take a page that really is in the declared charset.
        String page = html("<meta charset=iso-8859-1>", "Die Bürgerinnen und Bürger stimmten über die Brücke ab. Schön!".repeat(10));
        Decoder.Decoded d = Decoder.decode(page.getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals(page, d.text());
        assertEquals("declared:windows-1252", d.provenance());
        assertFalse(d.uncertain());
    }

    @Test
    void thaiWithCurlyQuotesReadsAsWindows874() throws Exception {
        // The detector says "TIS620"; TIS-620 leaves 0x80-0x9F undefined, where windows-874 has its quotes.
        String thai = "เมื่อวานนี้ เทศบาลเมืองได้เปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ ครอบครัวจำนวนมากพาเด็กๆ มาเดินเล่นและปิกนิก "
                + "ผู้สูงอายุนั่งคุยกันใต้ต้นไม้ใหญ่ “สวนนี้สวยมาก” คุณยายคนหนึ่งกล่าว";
        byte[] b = bytes(thai, "x-windows-874");
        Decoder.Decoded d = Decoder.decode(b, null);
        assertEquals(thai, d.text());
        assertEquals("detected:x-windows-874", d.provenance());
        assertFalse(d.uncertain());
        Decoder.Decoded declared = Decoder.decode(b, "text/plain; charset=TIS-620");
        assertEquals(thai, declared.text());
        assertEquals("declared:x-windows-874", declared.provenance());
        assertEquals("x-windows-874", CharsetLabels.forLabel("TIS620").name(), "as the detector spells it");
    }

    @Test
    void greekAndHebrewWithCurlyQuotesReadWithTheWindowsCodePage() throws Exception {
        // ISO-8859-7 and -8 "decode" 0x93/0x94 as C1 control codes; windows-1253 and -1255 have the quotes there.
        String greek = GREEK + " «Είναι υπέροχο», είπε μια γιαγιά – “πολύ όμορφο”.";
        String page = html("<meta charset=\"iso-8859-7\">", greek);
        Decoder.Decoded declared = Decoder.decode(bytes(page, "windows-1253"), null);
        assertEquals(page, declared.text());
        assertEquals("declared:windows-1253 (ISO-8859-7 extended)", declared.provenance());
        Decoder.Decoded detected = Decoder.decode(bytes(greek, "windows-1253"), null);
        assertEquals(greek, detected.text());
        assertEquals("detected:windows-1253", detected.provenance());

        String hebrew = "אתמול אחר הצהריים נפתח בעיר פארק חדש ליד הנהר. משפחות רבות הגיעו לטייל, והקשישים ישבו ליד האגם "
                + "ונהנו מהשמש החמימה של האביב. “זה נפלא”, אמרה סבתא אחת.";
        Decoder.Decoded hebrewDeclared = Decoder.decode(bytes(hebrew, "windows-1255"), "text/plain; charset=ISO-8859-8");
        assertEquals(hebrew, hebrewDeclared.text());
        assertEquals("declared:windows-1255 (ISO-8859-8 extended)", hebrewDeclared.provenance());
        assertEquals("ISO-8859-8", CharsetLabels.forLabel("iso-8859-8-i").name(), "the WHATWG label Java does not know");

        // Without such bytes the standard table stands (its 0xB6 is Ά, windows-1253's is ¶).
        Decoder.Decoded plain = Decoder.decode(bytes(html("<meta charset=\"iso-8859-7\">", GREEK), "ISO-8859-7"), null);
        assertEquals("declared:ISO-8859-7", plain.provenance());
        assertEquals(html("<meta charset=\"iso-8859-7\">", GREEK), plain.text());
    }

    @Test
    void aByteWindows1252LeavesUndefinedIsReadAsBrowsersReadIt() throws Exception {
        // One stray 0x81 in a fine Latin-1 file: a C1 control code (WHATWG), not a rejected upload.
        String text = "Die Gemeinde stimmte am Sonntag über die neue Brücke ab. Die Bürgermeisterin war zufrieden.".repeat(8);
        String withStray = text.substring(0, 200) + "\u0081" + text.substring(200);
        byte[] b = withStray.getBytes(StandardCharsets.ISO_8859_1);
        Decoder.Decoded undeclared = Decoder.decode(b, null);
        assertEquals(withStray, undeclared.text());
        assertEquals("fallback:windows-1252 (1 undefined byte read as a C1 control)", undeclared.provenance());
        assertTrue(undeclared.uncertain());

        String page = html("<meta charset=\"iso-8859-1\">", withStray);
        Decoder.Decoded declared = Decoder.decode(page.getBytes(StandardCharsets.ISO_8859_1), null);
        assertEquals(page, declared.text());
        assertEquals("declared:windows-1252 (1 undefined byte read as a C1 control)", declared.provenance());
        assertTrue(declared.uncertain(), "a stray byte, or a hint of windows-1250, where 0x8D 0x8F 0x9D are letters");
    }

    @Test
    void bytesThatAreNotTextAreRejected() {
        // 0x81 0x8D 0x8F 0x90 0x9D are undefined in windows-1252; read as C1 control codes, this many of them
        // are no text.
        byte[] controls = "Text \u0081 more \u008D text \u008F and \u0090 end \u009D.".repeat(20).getBytes(StandardCharsets.ISO_8859_1);
        UnprocessableException e = assertThrows(UnprocessableException.class, () -> Decoder.decode(controls, null));
        assertEquals("binary file: mostly control characters", e.getMessage());

        // Random bytes without a NUL (which would be rejected at once) fit some charset but are no text either.
        byte[] random = new byte[20_000];
        new Random(7).nextBytes(random);
        for (int i = 0; i < random.length; i++) if (random[i] == 0) random[i] = 1;
        UnprocessableException garbage = assertThrows(UnprocessableException.class, () -> Decoder.decode(random, null));
        assertTrue(garbage.getMessage().startsWith("binary file"), garbage.getMessage());
    }
}
