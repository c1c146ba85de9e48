package io.precis.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguagesTest {
    @Test
    void commonLanguagesFromAFewSentences() {
        assertEquals("en", Languages.detect("The minister said that the plan was not ready and would be discussed again in the spring."));
        assertEquals("de", Languages.detect("Der Minister sagte, dass der Plan noch nicht fertig ist und im Frühjahr wieder besprochen wird."));
        assertEquals("fr", Languages.detect("Le ministre a dit que le plan n'est pas prêt et qu'il sera discuté de nouveau au printemps."));
        assertEquals("es", Languages.detect("El ministro dijo que el plan no está listo y que se discutirá de nuevo en la primavera."));
        assertEquals("it", Languages.detect("Il ministro ha detto che il piano non è pronto e che sarà discusso di nuovo in primavera."));
        assertEquals("pl", Languages.detect("Minister powiedział, że plan nie jest jeszcze gotowy i że będzie omawiany ponownie wiosną, jak to już było."));
        assertEquals("ru", Languages.detect("Министр сказал, что план еще не готов и что его обсудят снова весной, как это уже было."));
        assertEquals("ja", Languages.detect("大臣は、計画はまだ準備ができていないと述べた。"));
        assertEquals("el", Languages.detect("Ο υπουργός είπε ότι το σχέδιο δεν είναι έτοιμο."));
    }

    @Test
    void unclearTextHasNoLanguage() {
        assertNull(Languages.detect(""));
        assertNull(Languages.detect(null));
        assertNull(Languages.detect("12345 67890"));
        assertNull(Languages.detect("Xyzzy plugh"));
    }
}
