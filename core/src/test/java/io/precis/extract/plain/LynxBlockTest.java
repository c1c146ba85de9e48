package io.precis.extract.plain;

import io.precis.extract.plain.LynxBlock.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LynxBlockTest {

    @Test
    void paragraphsSetWithoutBlankLinesBetweenThemAreProse() {
        String text = """
                   The lighthouse on the north pier was switched back on on Tuesday evening, the port
                   authority said, after a month in which ships had relied on buoys alone.
                   Engineers replaced the lamp and the clockwork that turns it, which had worn out after
                   forty years of service on the exposed end of the pier.
                   The authority said the light would be checked every week during the winter storms.
                   Fishermen who had complained about the dark entrance welcomed the news.
                """;
        List<LynxBlock> blocks = LynxBlock.parse(text);
        assertEquals(1, blocks.size());
        assertEquals(Kind.PROSE, blocks.get(0).kind());
    }

    @Test
    void aStackOfShortLinesIsNotProseEvenWhenOneEndsASentence() {
        String text = """
                   A keeper climbs the stairs of the north pier lighthouse at dusk. The lamp
                   was replaced this month.
                   Photo by Port Authority
                   Reuse of this picture is not allowed without permission from the authority
                """;
        assertEquals(Kind.OTHER, LynxBlock.parse(text).get(0).kind());
    }

    @Test
    void aHeadlineInColumnZeroUnderAKickerIsStillAHeading() {
        String text = "   Farming |\n"
                + "Valley beekeepers count their losses after a mild winter\n"
                + "   A hive inspector checks frames at a farm near the river.\n";
        List<LynxBlock> blocks = LynxBlock.parse(text);
        assertEquals(List.of(Kind.OTHER, Kind.HEADING), blocks.subList(0, 2).stream().map(LynxBlock::kind).toList());
        assertEquals("Valley beekeepers count their losses after a mild winter", blocks.get(1).text());
    }
}
