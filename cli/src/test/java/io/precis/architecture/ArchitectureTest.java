package io.precis.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The design's rules, read off the sources of every module: the core knows nothing of AWS, the
 * deployed functions know nothing of the CLI or the emulators, and packages have no cycles.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED_USE = Pattern.compile("\\b(io\\.precis(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    private record Source(Path file, String pkg, Set<String> imports) {
    }

    private static List<Source> sources(String module) throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                Matcher p = PACKAGE.matcher(text);
                if (!p.find()) continue;
                Set<String> imports = new HashSet<>();
                for (Matcher m = IMPORT.matcher(text); m.find(); ) imports.add(m.group(1));
                for (Matcher m = QUALIFIED_USE.matcher(text); m.find(); ) imports.add(m.group(1));
                out.add(new Source(f, p.group(1), imports));
            }
        }
        return out;
    }

    @Test
    void theCoreHasNoAwsTypes() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources("core")) {
            for (String i : s.imports()) {
                if (i.startsWith("software.amazon") || i.startsWith("com.amazonaws")) offenders.add(s.file().getFileName() + " imports " + i);
            }
        }
        assertEquals(List.of(), offenders);
        assertTrue(sources("core").size() > 10, "the scan found the core sources");
    }

    @Test
    void theFunctionsDependOnNeitherTheCommandLineNorTheEmulators() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Source s : sources("functions")) {
            for (String i : s.imports()) {
                if (i.startsWith("io.precis.cli") || i.startsWith("io.precis.local") || i.startsWith("io.precis.eval")
                        || i.startsWith("org.gaul") || i.startsWith("org.jclouds")) {
                    offenders.add(s.file().getFileName() + " imports " + i);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void packagesHaveNoCycles() throws IOException {
        Map<String, Set<String>> graph = new HashMap<>();
        for (String module : List.of("core", "functions", "cli")) {
            for (Source s : sources(module)) {
                Set<String> deps = graph.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
                for (String i : s.imports()) if (i.startsWith("io.precis") && !i.equals(s.pkg())) deps.add(i);
            }
        }
        graph.values().forEach(deps -> deps.retainAll(graph.keySet()));
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = cycleFrom(start, start, graph, new ArrayList<>(List.of(start)), new HashSet<>());
            if (path != null) cycles.add(String.join(" -> ", path));
        }
        assertEquals(List.of(), cycles);
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> graph, List<String> path, Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, graph, path, seen);
                if (found != null) return found;
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
