package io.precis.extract;

import io.precis.article.Article;
import io.precis.article.Author;
import io.precis.article.Document;
import io.precis.article.QualityFlag;
import io.precis.extract.html.HtmlExtractor;
import io.precis.extract.meta.Bylines;
import io.precis.extract.meta.Dates;
import io.precis.extract.plain.PlainTextExtractor;
import io.precis.text.Languages;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Document to Article: picks the extractor for the format, detects the language from the body,
 * applies the uploader's overrides (S3 object metadata: title, source, source-url, published,
 * authors, language), records how the bytes were decoded and sets the quality flags. Thread-safe.
 */
public final class ArticleExtractor {
    private final PlainTextExtractor plain = new PlainTextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    public Article extract(Document doc) {
        Article a = switch (doc.format()) {
            case HTML -> html.extract(doc);
            case TEXT, MARKDOWN -> plain.extract(doc);
        };
        a = withDetectedLanguage(a);
        a = applyOverrides(a, doc);
        a = withDecoding(a, doc);
        return new Article(a.title(), a.subtitle(), a.description(), a.authors(), a.source(), a.url(), a.published(),
                a.updated(), a.language(), a.paragraphs(), a.provenance(), QualityFlags.of(a));
    }

    /** The body's language wins over a declared one (templates declare "en" on every page); declared is the fallback. */
    private static Article withDetectedLanguage(Article a) {
        String detected = Languages.detect(a.title() == null ? a.body() : a.title() + "\n" + a.body());
        if (detected == null || detected.equals(a.language())) return a;
        Map<String, String> provenance = new HashMap<>(a.provenance());
        provenance.put("language", "detected");
        return new Article(a.title(), a.subtitle(), a.description(), a.authors(), a.source(), a.url(), a.published(),
                a.updated(), detected, a.paragraphs(), provenance, a.flags());
    }

    /** How the bytes were read travels with the record, so a mis-decoded text never passes for a clean one. */
    private static Article withDecoding(Article a, Document doc) {
        if (doc.charsetProvenance() == null) return a;
        Map<String, String> provenance = new HashMap<>(a.provenance());
        provenance.put("charset", doc.charsetProvenance());
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        flags.addAll(a.flags());
        if (doc.charsetUncertain()) flags.add(QualityFlag.CHARSET_UNCERTAIN);
        return new Article(a.title(), a.subtitle(), a.description(), a.authors(), a.source(), a.url(), a.published(),
                a.updated(), a.language(), a.paragraphs(), provenance, flags);
    }

    private static Article applyOverrides(Article a, Document doc) {
        Map<String, String> meta = doc.userMetadata();
        if (meta.isEmpty()) return a;
        Map<String, String> provenance = new HashMap<>(a.provenance());
        String title = override(meta, "title", a.title(), provenance, "title");
        String source = override(meta, "source", a.source(), provenance, "source");
        String url = override(meta, "source-url", a.url(), provenance, "url");
        String language = override(meta, "language", a.language(), provenance, "language");
        if (language != null && provenance.get("language").equals("s3-metadata")) language = language.toLowerCase(Locale.ROOT);
        String published = a.published();
        String given = Dates.parse(meta.get("published"), doc.receivedAt());
        if (given != null) {
            published = given;
            provenance.put("published", "s3-metadata");
        }
        List<Author> authors = a.authors();
        List<Author> credited = Bylines.credits(meta.get("authors"));
        if (!credited.isEmpty()) {
            authors = credited;
            provenance.put("authors", "s3-metadata");
        }
        return new Article(title, a.subtitle(), a.description(), authors, source, url, published, a.updated(),
                language, a.paragraphs(), provenance, a.flags());
    }

    private static String override(Map<String, String> meta, String name, String current,
                                   Map<String, String> provenance, String field) {
        String v = meta.get(name);
        if (v == null || v.isBlank()) return current;
        provenance.put(field, "s3-metadata");
        return v.strip();
    }
}
