package io.precis;

import io.precis.article.ArticleRecord;
import io.precis.article.Format;
import io.precis.article.Origin;
import io.precis.article.QualityFlag;
import io.precis.article.Status;
import io.precis.json.ArticleJson;
import io.precis.summarize.SummaryLength;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a file's bytes were read reaches the stored record: its provenance, and a flag when the text may be wrong. */
class RecordDecodingTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String RUSSIAN_ARTICLE = """
            Новая библиотека открылась у реки

            Вчера вечером в небольшом городе на берегу реки открылась новая библиотека. Жители пришли посмотреть на книги, \
            а дети весь вечер слушали, как старый учитель читает вслух сказки.

            Здание построили за два года на деньги города и местных предпринимателей. В читальном зале сорок мест, \
            а на втором этаже разместили архив с газетами за последние сто лет.

            Директор библиотеки сказала, что летом здесь будут проходить занятия для школьников и встречи с писателями.
            """;

    private static ArticleRecord process(byte[] bytes, String name) {
        return Precis.process(bytes, Origin.file(name, bytes.length), null, Map.of(), NOW, SummaryLength.sentences(2), NOW);
    }

    @Test
    void aPlainTextFileInAnUndeclaredLegacyCharsetIsReadAndSaysHow() {
        ArticleRecord r = process(RUSSIAN_ARTICLE.getBytes(Charset.forName("windows-1251")), "library.txt");
        assertEquals(Status.OK, r.status());
        assertEquals(Format.TEXT, r.format());
        assertEquals("Новая библиотека открылась у реки", r.article().title());
        assertEquals("ru", r.article().language());
        assertEquals("detected:windows-1251", r.article().provenance().get("charset"));
        assertFalse(r.article().flags().contains(QualityFlag.CHARSET_UNCERTAIN));
    }

    @Test
    void replacedCharactersAreFlaggedInTheStoredRecord() {
        byte[] ok = RUSSIAN_ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[ok.length + 2];
        System.arraycopy(ok, 0, cut, 0, ok.length);
        cut[ok.length] = (byte) 0xD0;   // first byte of a Cyrillic letter, cut off
        cut[ok.length + 1] = '.';
        ArticleRecord r = process(cut, "library.txt");
        assertEquals(Status.OK, r.status());
        assertTrue(r.article().flags().contains(QualityFlag.CHARSET_UNCERTAIN));
        assertEquals("utf-8-repaired:UTF-8 (0 bytes read as windows-1252, 1 replaced)", r.article().provenance().get("charset"));
        ArticleRecord stored = ArticleJson.read(ArticleJson.write(r));
        assertTrue(stored.article().flags().contains(QualityFlag.CHARSET_UNCERTAIN), "the flag survives storage");
        assertEquals("utf-8-repaired:UTF-8 (0 bytes read as windows-1252, 1 replaced)", stored.article().provenance().get("charset"));
    }
}
