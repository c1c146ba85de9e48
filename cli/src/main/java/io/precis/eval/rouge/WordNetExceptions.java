package io.precis.eval.rouge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The WordNet 2.0 exception lists ({@code *.exc}: "inflected base...") that ROUGE-1.5.5 consults before
 * Porter stemming: {@code children -> child}, {@code went -> go}. Like ROUGE's {@code buildExceptionDB.pl},
 * each line maps its first word to its second and a later line replaces an earlier one ({@code offer off}, then
 * {@code offer offer}). A few words are in two lists ({@code better}: adj {@code good}, adv {@code well}); the
 * official per-document scores show the adjective list winning, i.e. read last, so the lists are read in reverse
 * name order (verb, noun, adv, adj).
 * Read at run time from {@code --data}: the lists are third-party data, not part of the project.
 */
public final class WordNetExceptions {
    private final Map<String, String> base;

    private WordNetExceptions(Map<String, String> base) {
        this.base = Map.copyOf(base);
    }

    /** Loads {@code adj.exc, adv.exc, noun.exc, verb.exc} from ROUGE's data directory. */
    public static WordNetExceptions load(Path dir) {
        Map<String, String> map = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> exc = files.filter(p -> p.getFileName().toString().endsWith(".exc")).sorted(Comparator.reverseOrder()).toList();
            if (exc.isEmpty()) throw new IllegalArgumentException("no *.exc files in " + dir);
            for (Path file : exc) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split("\\s+");
                    if (parts.length >= 2) map.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet exception lists in " + dir, e);
        }
        return new WordNetExceptions(map);
    }

    /** No exceptions: plain Porter stemming. */
    public static WordNetExceptions none() {
        return new WordNetExceptions(Map.of());
    }

    static WordNetExceptions of(Map<String, String> base) {
        return new WordNetExceptions(base);
    }

    /** The base form of an inflected word, or null when the lists do not know it. */
    public String baseOf(String word) {
        return base.get(word);
    }
}
