package io.precis.extract.meta;

import io.precis.article.Author;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BylinesTest {
    private static List<String> names(List<Author> authors) {
        return authors.stream().map(Author::name).toList();
    }

    @Test
    void datelinesAreKeptPerAuthor() {
        List<Author> a = Bylines.parse("Felicia Schwartz and Aime Williams in Washington, Najmeh Bozorgmehr in Tehran and Raya Jalabi in Beirut");
        assertEquals(List.of(new Author("Felicia Schwartz", "Washington"), new Author("Aime Williams", "Washington"),
                new Author("Najmeh Bozorgmehr", "Tehran"), new Author("Raya Jalabi", "Beirut")), a);
    }

    @Test
    void byRolesAndTrailingStampsAreStripped() {
        assertEquals(List.of("Brett Samuels"), names(Bylines.parse("by Brett Samuels - 12/22/23 11:35 AM ET")));
        assertEquals(List.of("Jane Roe", "John Doe"), names(Bylines.parse("By Jane Roe, Senior Reporter, and John Doe")));
        assertEquals(List.of("Courtney Carr"), names(Bylines.parse("Courtney Carr Courtney CarrPublished: December 20, 2023")));
        assertEquals(List.of("Elizabeth Flores"), names(Bylines.parse("Elizabeth Flores USA TODAY")));
        assertEquals(List.of("James O'Neil"), names(Bylines.parse("James O'Neil")));
        assertEquals(List.of("Hans Müller", "Eva Schmidt"), names(Bylines.parse("Von Hans Müller und Eva Schmidt")));
    }

    @Test
    void agenciesAndDesksAreNotPeople() {
        assertEquals(List.of(), Bylines.parse("Associated Press"));
        assertEquals(List.of(), Bylines.parse("By CNN Staff"));
        assertEquals(List.of("Jane Roe"), names(Bylines.parse("Jane Roe and The Associated Press")));
        assertEquals(List.of("Jane Roe"), names(Bylines.parse("By Jane Roe, Reuters")));
        assertEquals(List.of(), Bylines.parse("The Daily Journal"));
    }

    @Test
    void aCorrectionStampAfterTheNameIsNotPartOfIt() {
        assertEquals(List.of("Sam Keeper"), names(Bylines.parse("By Sam Keeper Correction: March 8, 2024")));
        assertEquals(List.of("Sam Keeper"), names(Bylines.parse("By Sam Keeper | Clarified")));
    }

    @Test
    void placesThatLookLikeNamesAreNotPeople() {
        assertEquals(List.of("Jane Roe"), names(Bylines.parse("By Jane Roe, New York")));
        assertFalse(Bylines.isPerson("New Delhi"));
        assertFalse(Bylines.isPerson("Costa  Rica"));
        assertTrue(Bylines.isPerson("Delhi Newman"));
    }

    @Test
    void creditFieldsAreTrustedAsWritten() {
        assertEquals(List.of("The Associated Press"), names(Bylines.credits("The Associated Press")));
        assertEquals(List.of("Robert E. Moffit, Ph.D."), names(Bylines.credits("Robert E. Moffit, Ph.D.")));
    }

    @Test
    void bylineLinesAreToldFromProse() {
        assertTrue(Bylines.looksLikeByline("Felicia Schwartz and Aime Williams in Washington"));
        assertFalse(Bylines.looksLikeByline("Washington said it was not looking for a war with Iran on Monday."));
        assertFalse(Bylines.looksLikeByline(""));
    }

    @Test
    void accentedLettersDoNotSplitANameAtAConjunction() {
        // "e" and "y" join names in Italian and Spanish bylines; inside "Desirée" they are letters.
        assertEquals(List.of("Desirée O"), names(Bylines.parse("By Desirée O")));
        assertEquals(List.of("Renée Dupuy", "Zoë Ray"), names(Bylines.parse("Renée Dupuy and Zoë Ray")));
    }

    @Test
    void helpersCreditedAfterTheAuthorsAreNotAuthors() {
        assertEquals(List.of("Ann Smith"),
                names(Bylines.parse("By Ann Smith Contributions from Bo Jones, Cy Lee last updated 22 December 2023")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("By Ann Smith | Reviewed by Bo Jones | Edited by Cy Lee")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("By Ann Smith; additional reporting by Bo Jones")));
    }

    @Test
    void badInputNeverThrows() {
        assertEquals(List.of(), Bylines.parse(null));
        assertEquals(List.of(), Bylines.parse("   "));
        assertEquals(List.of(), Bylines.parse(",,, and &"));
    }

    @Test
    void anAuthorFieldLongerThanAnyBylineNamesNobody() {
        // A meta tag holding a blob: it names nobody, and the clean-up patterns never see it.
        assertEquals(List.of(), Bylines.parse("By " + "a".repeat(Bylines.MAX_BYLINE_CHARS)));
        assertEquals(List.of(), Bylines.credits("x".repeat(Bylines.MAX_BYLINE_CHARS + 1)));
    }

    @Test
    void eMailAddressesAreNotNames() {
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("By Ann Smith ann.smith@example.com")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("By Ann Smith (ann@example.com)")));
    }

    @Test
    void labelsInOtherLanguagesGluedByAndAWeekdayAfterTheName() {
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Erstellt von Ann Smith")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Ein Artikel von Ann Smith")));
        assertEquals(List.of("Anne Martin"), names(Bylines.parse("Publié par Anne Martin")));
        assertEquals(List.of("Anna Rossi"), names(Bylines.parse("Scritto da Anna Rossi")));
        assertEquals(List.of("Alex Smith"), names(Bylines.parse("ByAlex Smith Thursday, March 2, 2023")));
        assertEquals(List.of("J.R. Stone"), names(Bylines.parse("ByJ.R. Stone Thursday")));
        assertEquals(List.of("Byron Smith"), names(Bylines.parse("Byron Smith")));
        assertEquals(List.of(), Bylines.parse("Move Comment"));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Von Ann Smith Fr, 18. Oktober 2019")));
        assertEquals(List.of("Li Sun", "Ann Lee"), names(Bylines.parse("Li Sun, Ann Lee")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Posted on September 21, 2020 by Ann Smith")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Blog Beitrag von Ann Smith")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Posted by Ann Smith, Open Project Marketing, Acme")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Text & Fotos: Ann Smith")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Text von Ann Smith Illustration von Bo Jones")));
        assertEquals(List.of("Ann W. Smith"), names(Bylines.parse("Posted by Ann W. Smith at 18:52")));
    }

    @Test
    void aLoneFirstNameCountsOnlyAfterALabel() {
        assertEquals("Heiko", Bylines.labelledFirstName("von Heiko"));
        assertEquals("Thilo", Bylines.labelledFirstName("Von Thilo / 6. November 2023 /"));
        assertEquals("Daniel", Bylines.labelledFirstName("By Daniel Published: 23. Juli 2017"));
        assertEquals(null, Bylines.labelledFirstName("Heiko"));
        assertEquals(null, Bylines.labelledFirstName("Von Bits und Bytes"));
        assertEquals(null, Bylines.labelledFirstName("By Reuters"));
        assertEquals(null, Bylines.labelledFirstName("Von Redaktion"));
    }

    @Test
    void publicationsWithAnArticleSponsoredLabelsAndGermanStamps() {
        assertEquals(List.of(), Bylines.parse("Die Wochenpost"));
        assertEquals(List.of(), Bylines.parse("Les Amis du Port"));
        assertEquals(List.of(), Bylines.parse("Gesponserte Inhalte"));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Ann Smith Publiziert 04.02.2022")));
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Ann Smith Erschienen am 4. Februar")));
    }

    @Test
    void weekdaysThatAreSurnamesStayInTheName() {
        assertEquals(List.of("Mark Friday"), names(Bylines.parse("By Mark Friday")));
        assertEquals(List.of("Mark Friday"), names(Bylines.parse("By Mark Friday, March 2, 2023")));
        assertEquals(List.of("Jordan Monday", "Sam Sunday"), names(Bylines.parse("By Jordan Monday and Sam Sunday")));
        assertEquals(List.of("April Smith"), names(Bylines.parse("By April Smith")));
        assertEquals(List.of("Will Hope"), names(Bylines.parse("By Will Hope")));
        assertEquals(null, Bylines.labelledFirstName("By Mark Friday"));
        assertEquals(List.of("Alex Smith"), names(Bylines.parse("Alex Smith Thursday, March 2")));
        assertEquals(null, Bylines.labelledFirstName("By Anh Do, 12 May 2021"));
        assertEquals(List.of("Anh Do"), names(Bylines.parse("By Anh Do, 12 May 2021")));
        assertEquals(null, Bylines.labelledFirstName("By Lena Sun, 5 March 2024"));
        assertEquals(List.of("Ann Lee"), names(Bylines.parse("By Ann Lee Thu. 2 March")));
    }

    @Test
    void wordsOfAuthorBoxesAndShareBarsAreNotFirstNames() {
        for (String word : List.of("Mehr", "Profil", "Autoren", "Facebook", "Redakteurin", "Gast", "Webmaster", "Teilen", "Menu", "Sunday")) {
            assertEquals(null, Bylines.firstName(word), word);
            assertEquals(null, Bylines.labelledFirstName("Von " + word), word);
        }
        assertEquals("Lars", Bylines.firstName("Lars"));
    }

    @Test
    void lesIsAFirstNameToo() {
        assertEquals(List.of("Les Carpenter"), names(Bylines.parse("By Les Carpenter")));
        assertEquals(List.of("Les Moonves"), names(Bylines.parse("Les Moonves")));
        assertEquals(List.of(), Bylines.parse("Les Amis du Port"));
        assertEquals(List.of(), Bylines.parse("Les Amis de la Terre"));
    }

    @Test
    void emojiAroundANameAreNotPartOfIt() {
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Ann Smith \u2764\uFE0F")));
        assertEquals(List.of("Bo Jones", "Cy Lee"), names(Bylines.parse("\u270D\uFE0F Bo Jones \uD83C\uDDFA\uD83C\uDDF8 and Cy Lee \uD83D\uDC4B\uD83C\uDFFD")));
        assertEquals(List.of(), names(Bylines.parse("Foto \u00A9 Harbour TV")), "a copyright sign marks a credit, not a name");
    }

    @Test
    void theOrganisationAWriterIsFromIsNotPartOfTheName() {
        assertEquals(List.of("Ann Smith"), names(Bylines.parse("Ann Smith from Harbour Watch")));
        assertEquals(List.of("Bo Jones", "Cy Lee"), names(Bylines.parse("By Bo Jones from the Ferry Gazette and Cy Lee")));
        assertEquals(List.of("Dana From"), names(Bylines.parse("Dana From")), "a capitalised From is a surname");
    }

    @Test
    void aNameNeverEndsWithAParticle() {
        assertFalse(Bylines.isPerson("Rezept von"), "a label whose name follows in the next element");
        assertEquals(List.of(), names(Bylines.parse("Fotos de")));
        assertTrue(Bylines.isPerson("Ludwig van Beethoven"));
        assertTrue(Bylines.isPerson("Martin Luther King jr."));
    }
}
