package io.precis.extract.html;

/**
 * A metadata value and where on the page it was found ("json-ld", "meta:article:published_time", ...).
 *
 * @param value      the value, never blank
 * @param provenance where it came from
 */
record Sourced(String value, String provenance) {
    static Sourced of(String value, String provenance) {
        return value == null || value.isBlank() ? null : new Sourced(value.strip(), provenance);
    }
}
