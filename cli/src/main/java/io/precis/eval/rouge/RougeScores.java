package io.precis.eval.rouge;

/** ROUGE-1, ROUGE-2 and summary-level ROUGE-L ("rougeLsum") of one candidate against one reference. */
public record RougeScores(RougeScore rouge1, RougeScore rouge2, RougeScore rougeL) {
}
