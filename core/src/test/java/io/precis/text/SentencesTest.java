package io.precis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentencesTest {

    @Test
    void keepsEnglishAbbreviationsInitialsAndNumbers() {
        assertEquals(List.of(
                        "Mr. Smith met Dr. J. K. Rowling at 10 a.m. on Jan. 5 in Washington.",
                        "Prices rose 3.5% to $1.29bn, the U.S. Treasury said.",
                        "It was a surprise."),
                Sentences.split("Mr. Smith met Dr. J. K. Rowling at 10 a.m. on Jan. 5 in Washington. Prices rose 3.5% "
                        + "to $1.29bn, the U.S. Treasury said. It was a surprise."));
    }

    @Test
    void percentagesAndSuffixesBeforeAFullStopEndTheSentence() {
        assertEquals(List.of("Fuel costs rose by £106m or 47.3%.", "BA's profits were still better."),
                Sentences.split("Fuel costs rose by £106m or 47.3%. BA's profits were still better."));
        assertEquals(List.of("He managed Hank Williams Jr.", "He wrote Ring of Fire."),
                Sentences.split("He managed Hank Williams Jr. He wrote Ring of Fire."));
        assertEquals(List.of("Hank Williams Jr. sang."), Sentences.split("Hank Williams Jr. sang."));
    }

    @Test
    void anAbbreviationEndsASentenceBeforeAUsualOpener() {
        assertEquals(List.of("He moved to the U.S.", "The move was a success."),
                Sentences.split("He moved to the U.S. The move was a success."));
        assertEquals(List.of("Talks between the U.S. and Iran resumed."),
                Sentences.split("Talks between the U.S. and Iran resumed."));
    }

    @Test
    void quotesAndBracketsAfterTheFullStopStayWithTheSentence() {
        assertEquals(List.of("“We are not looking for a war,” he said.", "“We want these attacks to stop.”",
                        "(The talks ended.)", "Then they left."),
                Sentences.split("“We are not looking for a war,” he said. “We want these attacks to stop.” "
                        + "(The talks ended.) Then they left."));
        assertEquals(List.of("Is it over?\"", "Nobody knew!"), Sentences.split("Is it over?\" Nobody knew!"));
    }

    @Test
    void ellipsisInsideAQuotationOrBeforeLowercaseDoesNotSplit() {
        String seed = "But he added: “We’ll keep looking at the options . . . We want these attacks to stop.” "
                + "Kirby’s comments came after Iran spoke.";
        assertEquals(List.of("But he added: “We’ll keep looking at the options . . . We want these attacks to stop.”",
                "Kirby’s comments came after Iran spoke."), Sentences.split(seed));
        assertEquals(List.of("He paused... and went on."), Sentences.split("He paused... and went on."));
        assertEquals(List.of("He paused…", "Then he left."), Sentences.split("He paused… Then he left."));
    }

    @Test
    void headlinesAndListItemsWithoutFullStopsAreSentences() {
        assertEquals(List.of("Dollar gains on Greenspan speech", "The dollar has hit its highest level.",
                        "- first item", "- second item"),
                Sentences.split("Dollar gains on Greenspan speech\n\nThe dollar has hit its highest level.\n"
                        + "- first item\n- second item"));
    }

    @Test
    void joinsLinesBrokenInTheMiddleOfASentence() {
        assertEquals(List.of("The minister said the plan would cost more than expected.", "Critics agreed."),
                Sentences.split("The minister said the plan would\ncost more than expected. Critics agreed."));
    }

    @Test
    void splitsLowercasedPtbTokenisedText() {
        String cnn = "he said . `` we will go . '' the u.s. team won 3-1 . was it fair ? '' nobody knows ...";
        assertEquals(List.of("he said .", "`` we will go . ''", "the u.s. team won 3-1 .", "was it fair ? ''",
                "nobody knows ..."), Sentences.split(cnn));
    }

    @Test
    void germanAbbreviationsAndOrdinals() {
        assertEquals(List.of("Das Treffen ist z.B. am 3. Oktober in Nr. 5 der Hauptstraße geplant.",
                        "Der Minister kommt auch."),
                Sentences.split("Das Treffen ist z.B. am 3. Oktober in Nr. 5 der Hauptstraße geplant. "
                        + "Der Minister kommt auch.", "de"));
    }

    @Test
    void frenchSpanishItalianPortugueseTitles() {
        assertEquals(List.of("M. Macron a rencontré Mme Dupont.", "Ils ont parlé."),
                Sentences.split("M. Macron a rencontré Mme Dupont. Ils ont parlé.", "fr"));
        assertEquals(List.of("El Sr. García y la Sra. López llegaron.", "Todo fue bien."),
                Sentences.split("El Sr. García y la Sra. López llegaron. Todo fue bien.", "es"));
        assertEquals(List.of("Il Dott. Rossi e il Sig. Bianchi sono arrivati.", "Tutto bene."),
                Sentences.split("Il Dott. Rossi e il Sig. Bianchi sono arrivati. Tutto bene.", "it"));
        assertEquals(List.of("O Sr. Silva e a Dra. Costa chegaram.", "Tudo correu bem."),
                Sentences.split("O Sr. Silva e a Dra. Costa chegaram. Tudo correu bem.", "pt"));
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertTrue(Sentences.split("").isEmpty());
        assertTrue(Sentences.split("  \n ").isEmpty());
        assertTrue(Sentences.split(null).isEmpty());
    }
}
