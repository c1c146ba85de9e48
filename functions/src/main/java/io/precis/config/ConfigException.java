package io.precis.config;

/** A configuration value that cannot be used; the message names the environment variable. */
public final class ConfigException extends IllegalArgumentException {
    public ConfigException(String variable, String value, String problem) {
        super("environment variable " + variable + (value == null ? "" : "='" + value + "'") + " " + problem);
    }
}
