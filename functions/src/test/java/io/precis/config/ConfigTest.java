package io.precis.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigTest {
    @Test
    void defaultsApplyWhenOnlyTheTableIsGiven() {
        Config c = Config.from(Map.of("TABLE_NAME", "articles"));
        assertEquals(10L * 1024 * 1024, c.maxObjectBytes());
        assertEquals(3, c.summarySentences());
        assertEquals(20, c.defaultPageSize());
        assertEquals(100, c.maxPageSize());
        assertNull(c.contentBucket());
    }

    @Test
    void aBadValueFailsWithAMessageNamingTheVariable() {
        assertEquals("environment variable TABLE_NAME is required",
                assertThrows(ConfigException.class, () -> Config.from(Map.of())).getMessage());
        assertEquals("environment variable MAX_OBJECT_BYTES='10MB' is not a whole number",
                assertThrows(ConfigException.class, () -> Config.from(Map.of("TABLE_NAME", "t", "MAX_OBJECT_BYTES", "10MB"))).getMessage());
        assertEquals("environment variable SUMMARY_SENTENCES='0' must be between 1 and 50",
                assertThrows(ConfigException.class, () -> Config.from(Map.of("TABLE_NAME", "t", "SUMMARY_SENTENCES", "0"))).getMessage());
        assertEquals("environment variable DEFAULT_PAGE_SIZE='500' must be between 1 and MAX_PAGE_SIZE (100)",
                assertThrows(ConfigException.class, () -> Config.from(Map.of("TABLE_NAME", "t", "DEFAULT_PAGE_SIZE", "500"))).getMessage());
    }
}
