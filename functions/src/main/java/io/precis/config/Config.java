package io.precis.config;

import java.util.Map;
import java.util.function.Function;

/**
 * Settings of both functions, read once from the environment at init and validated, so a bad value
 * fails the init with a message that names the variable instead of failing every invocation.
 *
 * @param tableName        {@code TABLE_NAME}: the DynamoDB table (required)
 * @param contentBucket    {@code CONTENT_BUCKET}: bucket for records too large for a DynamoDB item (null: such
 *                         records are rejected with a reason instead)
 * @param maxObjectBytes   {@code MAX_OBJECT_BYTES}: larger uploads are REJECTED (default 10 MB)
 * @param summarySentences {@code SUMMARY_SENTENCES}: sentences per summary (default 3)
 * @param defaultPageSize  {@code DEFAULT_PAGE_SIZE}: list size when the request gives no limit (default 20)
 * @param maxPageSize      {@code MAX_PAGE_SIZE}: the largest limit a request may ask for (default 100)
 */
public record Config(String tableName, String contentBucket, long maxObjectBytes, int summarySentences,
                     int defaultPageSize, int maxPageSize) {

    public static final long DEFAULT_MAX_OBJECT_BYTES = 10L * 1024 * 1024;
    /** An object is read into memory whole; beyond this a function would need gigabytes. */
    public static final long MAX_MAX_OBJECT_BYTES = 100L * 1024 * 1024;

    public Config {
        if (tableName == null || tableName.isBlank()) throw new ConfigException("TABLE_NAME", tableName, "is required");
        if (maxObjectBytes < 1 || maxObjectBytes > MAX_MAX_OBJECT_BYTES) {
            throw new ConfigException("MAX_OBJECT_BYTES", String.valueOf(maxObjectBytes), "must be between 1 and " + MAX_MAX_OBJECT_BYTES);
        }
        if (summarySentences < 1 || summarySentences > 50) {
            throw new ConfigException("SUMMARY_SENTENCES", String.valueOf(summarySentences), "must be between 1 and 50");
        }
        if (maxPageSize < 1 || maxPageSize > 1000) throw new ConfigException("MAX_PAGE_SIZE", String.valueOf(maxPageSize), "must be between 1 and 1000");
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new ConfigException("DEFAULT_PAGE_SIZE", String.valueOf(defaultPageSize), "must be between 1 and MAX_PAGE_SIZE (" + maxPageSize + ")");
        }
    }

    public static Config fromEnvironment() {
        return from(System.getenv());
    }

    public static Config from(Map<String, String> env) {
        return new Config(
                env.get("TABLE_NAME"),
                blankToNull(env.get("CONTENT_BUCKET")),
                number(env, "MAX_OBJECT_BYTES", DEFAULT_MAX_OBJECT_BYTES, Long::parseLong),
                number(env, "SUMMARY_SENTENCES", 3, Integer::parseInt),
                number(env, "DEFAULT_PAGE_SIZE", 20, Integer::parseInt),
                number(env, "MAX_PAGE_SIZE", 100, Integer::parseInt));
    }

    private static <T> T number(Map<String, String> env, String name, T fallback, Function<String, T> parse) {
        String v = blankToNull(env.get(name));
        if (v == null) return fallback;
        try {
            return parse.apply(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name, v, "is not a whole number");
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
