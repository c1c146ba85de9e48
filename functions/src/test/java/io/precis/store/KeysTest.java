package io.precis.store;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeysTest {
    @Test
    void namesListTogetherWhateverTheirCaseAccentsAndSpacing() {
        assertEquals("the hill", Keys.normalize("  The   Hill "));
        assertEquals("jose nunez", Keys.normalize("José Núñez"));
    }

    @Test
    void theSameArticleUnderSchemeWwwOrTrailingSlashIsOneUrl() {
        assertEquals("ft.com/content/1e24", Keys.normalizeUrl("https://www.FT.com/content/1e24/"));
        assertEquals("ft.com/content/1e24", Keys.normalizeUrl("http://ft.com/content/1e24#comments"));
        assertEquals("ft.com/content/1e24?x=1", Keys.normalizeUrl("https://ft.com/content/1e24?x=1"));
    }
}
