package io.precis.summarize;

import io.precis.article.Summary;
import io.precis.article.SummarySentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizerTest {
    private static final List<String> ARTICLE = List.of(
            "The central bank raised interest rates by half a point on Tuesday to fight inflation.",
            "It was the sixth rise in a row, and the bank said more would follow if prices kept climbing.",
            "Shares in London fell after the announcement.",
            "The weather was mild in the afternoon.",
            "Economists said the rise in interest rates had been expected by markets.");

    @Test
    void choosesTheRequestedNumberOfSentencesInDocumentOrder() {
        Summary s = new Summarizer().summarize("Bank raises interest rates", List.of(String.join(" ", ARTICLE)),
                SummaryLength.sentences(2));
        assertEquals(2, s.sentences().size());
        assertTrue(s.sentences().get(0).index() < s.sentences().get(1).index());
        assertEquals(0, s.sentences().get(0).index(), "the lead sentence of a news story is kept");
        for (SummarySentence c : s.sentences()) {
            assertEquals(ARTICLE.get(c.index()), c.text());
            double parts = c.parts().values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(c.score(), parts, 1e-9, "the parts add up to the score");
            assertTrue(c.parts().containsKey("position") && c.parts().containsKey("centrality"));
        }
    }

    @Test
    void isDeterministicAndGivesKeyphrases() {
        Summarizer summarizer = new Summarizer();
        Summary a = summarizer.summarize("Bank raises interest rates", ARTICLE, SummaryLength.ratio(0.4));
        Summary b = summarizer.summarize("Bank raises interest rates", ARTICLE, SummaryLength.ratio(0.4));
        assertEquals(a, b);
        assertEquals(2, a.sentences().size());
        assertTrue(a.keyphrases().contains("interest rates"), a.keyphrases().toString());
    }

    @Test
    void aWordBudgetIsNotExceededBeyondTheFirstSentence() {
        Summary one = new Summarizer().summarize(null, ARTICLE, SummaryLength.words(10));
        assertEquals(1, one.sentences().size(), "the best sentence is taken even when longer than the budget");
        Summary some = new Summarizer().summarize(null, ARTICLE, SummaryLength.words(30));
        int words = some.sentences().stream().mapToInt(c -> c.text().split("\\s+").length).sum();
        assertTrue(words <= 30, "words " + words);
        assertTrue(some.sentences().size() >= 2);
    }

    @Test
    void skipsASentenceThatRepeatsAChosenOne() {
        List<String> repeated = List.of("The storm closed every school in the county on Monday.",
                "The storm closed every school in the county on Monday, officials said.",
                "Roads were flooded near the river.", "Power was restored by the evening.");
        Summary s = new Summarizer().summarize(null, repeated, SummaryLength.sentences(2));
        assertFalse(s.sentences().stream().anyMatch(c -> c.index() == 1) && s.sentences().stream().anyMatch(c -> c.index() == 0));
    }

    @Test
    void titledArticlesAreNotBlockedForRepeatsAndTheirTreesArePartOfTheScore() {
        double[] titled = new double[Features.NAMES.size()];
        titled[Features.NAMES.indexOf("has_title")] = 1;
        assertEquals(1.0, Summarizer.redundantShare(titled));
        assertTrue(Summarizer.redundantShare(new double[Features.NAMES.size()]) < 1);
        Summary s = new Summarizer().summarize("Bank raises interest rates", ARTICLE, SummaryLength.sentences(3));
        for (SummarySentence c : s.sentences()) {
            assertTrue(c.parts().containsKey("interactions"), c.parts().toString());
            assertEquals(c.score(), c.parts().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        }
        Summary linear = new Summarizer(LinearModel.bundled()).summarize("Bank raises interest rates", ARTICLE,
                SummaryLength.sentences(3));
        assertFalse(linear.sentences().get(0).parts().containsKey("interactions"));
    }

    @Test
    void emptyArticleGivesEmptySummary() {
        assertTrue(new Summarizer().summarize("t", List.of(), SummaryLength.sentences(3)).sentences().isEmpty());
    }

    @Test
    void summarizesAOneMegabyteText() {
        List<String> paragraphs = new ArrayList<>();
        int size = 0;
        for (int k = 0; size < 1 << 20; k++) {
            String p = "Officials in region " + k + " said the plan would cost $" + k + ".5m. Critics disagreed on day "
                    + k + ". Talks with Mr. Jones of the U.S. agency continue.";
            paragraphs.add(p);
            size += p.length();
        }
        Summary s = new Summarizer().summarize("Plan", paragraphs, SummaryLength.sentences(3));
        assertEquals(3, s.sentences().size());
    }
}
