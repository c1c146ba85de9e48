package io.precis;

import io.precis.article.Article;
import io.precis.article.ArticleRecord;
import io.precis.article.Document;
import io.precis.article.Format;
import io.precis.article.Origin;
import io.precis.article.Summary;
import io.precis.extract.ArticleExtractor;
import io.precis.extract.Decoder;
import io.precis.extract.FormatDetector;
import io.precis.extract.UnprocessableException;
import io.precis.summarize.Summarizer;
import io.precis.summarize.SummaryLength;
import io.precis.text.Nfc;

import java.time.Instant;
import java.util.Map;

/**
 * The front door of the core library: bytes in, a record out. Every method delegates; the work lives
 * in {@code extract}, {@code summarize} and {@code text}. Safe to share across threads and invocations.
 */
public final class Precis {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final Summarizer SUMMARIZER = new Summarizer();

    private Precis() {
    }

    /** Decodes bytes and detects their format; throws when the file can never be processed. */
    public static Document read(byte[] bytes, Origin origin, String contentType, Map<String, String> userMetadata,
                                Instant receivedAt) throws UnprocessableException {
        Decoder.Decoded decoded = Decoder.decode(bytes, contentType);
        String text = Nfc.of(decoded.text());
        Format format = FormatDetector.detect(text, origin.key());
        return new Document(text, format, decoded.charset(), decoded.provenance(), decoded.uncertain(),
                origin, userMetadata, receivedAt);
    }

    public static Article extract(Document document) {
        return EXTRACTOR.extract(document);
    }

    public static Summary summarize(Article article, SummaryLength length) {
        return SUMMARIZER.summarize(article.title(), article.paragraphs(), length);
    }

    /**
     * The whole pipeline; a file that cannot be processed becomes a REJECTED record, never an exception
     * (a crash of the extractor on one file included: it would crash the same way on every retry).
     */
    public static ArticleRecord process(byte[] bytes, Origin origin, String contentType, Map<String, String> userMetadata,
                                        Instant receivedAt, SummaryLength length, Instant now) {
        try {
            Document document = read(bytes, origin, contentType, userMetadata, receivedAt);
            Article article = extract(document);
            if (article.paragraphs().isEmpty()) return ArticleRecord.rejected(origin, "no article text found", now);
            return ArticleRecord.ok(origin, document.format(), article, summarize(article, length), now);
        } catch (UnprocessableException e) {
            return ArticleRecord.rejected(origin, e.getMessage(), now);
        } catch (RuntimeException | StackOverflowError e) {
            // A crash on one file is deterministic: retrying would fail the same way forever, so the
            // file is rejected with the fault named, where an operator will see it.
            return ArticleRecord.rejected(origin, "extraction failed (a defect in Precis, please report it): "
                    + e.getClass().getSimpleName(), now);
        }
    }
}
