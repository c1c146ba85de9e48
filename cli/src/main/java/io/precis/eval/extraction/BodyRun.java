package io.precis.eval.extraction;

import java.io.PrintStream;

/**
 * How the body benchmarks run: whose bodies they score, on how many pages, and where per-page scores go.
 *
 * @param bodies the extractor, or a tool's recorded outputs
 * @param limit  at most this many pages of each set (0: all), for quick iterations on a subset
 * @param detail where to print each page's score, worst first, or null for none
 */
public record BodyRun(BodySource bodies, int limit, PrintStream detail) {
}
