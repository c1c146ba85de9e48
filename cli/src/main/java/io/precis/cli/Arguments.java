package io.precis.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Options ({@code --name value} or {@code --flag}) and positional arguments of one command. */
final class Arguments {
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Arguments(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    options.put(a.substring(2, eq), a.substring(eq + 1));
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    options.put(a.substring(2), args.get(++i));
                } else {
                    options.put(a.substring(2), "");
                }
            } else {
                positional.add(a);
            }
        }
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    int intOption(String name, int fallback) {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a whole number, got '" + v + "'");
        }
    }

    double doubleOption(String name, double fallback) {
        String v = options.get(name);
        if (v == null) return fallback;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " needs a number, got '" + v + "'");
        }
    }

    List<String> positional() {
        return positional;
    }

    /** Fails on any option the command does not know, so a typo is never silently ignored. */
    Arguments allow(String... names) {
        for (String key : options.keySet()) {
            if (!List.of(names).contains(key)) throw new UsageException("unknown option --" + key);
        }
        return this;
    }
}
