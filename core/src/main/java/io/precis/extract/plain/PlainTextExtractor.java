package io.precis.extract.plain;

import io.precis.article.Article;
import io.precis.article.Document;
import io.precis.article.Format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plain text and Markdown as people save or paste them. Recognises the layout first: a
 * text-browser dump ({@link LynxDump}), an aggregator export ({@link AggregatorLayout}), otherwise
 * a headline with a byline/date header ({@link GenericText}); Markdown is converted to its visible
 * text first, its YAML front matter read as metadata ({@link FrontMatter}).
 */
public final class PlainTextExtractor {

    public Article extract(Document doc) {
        String text = doc.text().replace("\uFEFF", "");
        Map<String, List<String>> frontMatter = FrontMatter.read(text);
        if (doc.format() == Format.MARKDOWN || !frontMatter.isEmpty()) {
            GenericText.Fields fields = new GenericText.Fields();
            FrontMatter.apply(frontMatter, fields, doc.receivedAt());
            MarkdownText.Converted md = MarkdownText.convert(FrontMatter.body(text));
            if (fields.title == null && md.title() != null) fields.set("title", md.title(), "markdown:heading");
            return GenericText.extract(TextBlocks.paragraphs(md.text()), fields, doc.receivedAt());
        }
        if (LynxDump.looksLike(text)) return LynxDump.extract(text, doc.receivedAt());
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = TextBlocks.squeeze(line);
            if (!t.isEmpty()) lines.add(t);
        }
        if (AggregatorLayout.matches(lines)) return AggregatorLayout.extract(lines, doc.receivedAt());
        return GenericText.extract(TextBlocks.paragraphs(text), new GenericText.Fields(), doc.receivedAt());
    }
}
