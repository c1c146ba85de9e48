package io.precis.extract;

import io.precis.article.Article;
import io.precis.article.Document;
import io.precis.article.QualityFlag;
import io.precis.extract.html.HtmlExtractor;
import io.precis.extract.meta.Bylines;
import io.precis.extract.meta.Dates;
import io.precis.extract.plain.PlainTextExtractor;
import io.precis.text.Languages;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Document to Article: picks the extractor for the format, applies the uploader's overrides
 * (S3 object metadata), detects the language and sets the quality flags. Thread-safe.
 */
public final class ArticleExtractor {
    private static final int TOO_SHORT_WORDS = 80;

    private final PlainTextExtractor plain = new PlainTextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();

    public Article extract(Document doc) {
        Article a = switch (doc.format()) {
            case HTML -> html.extract(doc);
            case TEXT, MARKDOWN -> plain.extract(doc);
        };
        a = applyOverrides(a, doc.userMetadata());
        String language = a.language();
        Map<String, String> provenance = new HashMap<>(a.provenance());
        if (language == null) {
            language = Languages.detect(a.body());
            if (language != null) provenance.put("language", "detected");
        }
        Article withLanguage = new Article(a.title(), a.subtitle(), a.description(), a.authors(), a.source(), a.url(),
                a.published(), a.updated(), language, a.paragraphs(), provenance, a.flags());
        return new Article(withLanguage.title(), withLanguage.subtitle(), withLanguage.description(),
                withLanguage.authors(), withLanguage.source(), withLanguage.url(), withLanguage.published(),
                withLanguage.updated(), withLanguage.language(), withLanguage.paragraphs(), withLanguage.provenance(),
                flags(withLanguage));
    }

    private static Article applyOverrides(Article a, Map<String, String> meta) {
        if (meta.isEmpty()) return a;
        Map<String, String> provenance = new HashMap<>(a.provenance());
        String title = override(meta, "title", a.title(), provenance, "title");
        String source = override(meta, "source", a.source(), provenance, "source");
        String url = override(meta, "source-url", a.url(), provenance, "url");
        String language = override(meta, "language", a.language(), provenance, "language");
        String published = a.published();
        if (meta.containsKey("published") && Dates.parse(meta.get("published")) != null) {
            published = Dates.parse(meta.get("published"));
            provenance.put("published", "s3-metadata");
        }
        var authors = a.authors();
        if (meta.containsKey("authors")) {
            authors = Bylines.parse(meta.get("authors"));
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

    private static Set<QualityFlag> flags(Article a) {
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        flags.addAll(a.flags());
        if (a.wordCount() < TOO_SHORT_WORDS) flags.add(QualityFlag.TOO_SHORT);
        if (a.published() == null) flags.add(QualityFlag.NO_DATE);
        if (a.authors().isEmpty()) flags.add(QualityFlag.NO_AUTHOR);
        return flags;
    }
}
