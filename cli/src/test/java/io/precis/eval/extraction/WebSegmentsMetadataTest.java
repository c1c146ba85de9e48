package io.precis.eval.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebSegmentsMetadataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> authors(String json) throws Exception {
        return WebSegmentsMetadata.goldAuthors(JSON.readTree(json));
    }

    @Test
    void splitsAuthorsTheWayTheGoldJoinsThem() throws Exception {
        assertEquals(List.of("Daniel Braun", "Davor Pasoski"), authors("\"Daniel Braun, Davor Pasoski\""));
        assertEquals(List.of("Lars Fischer", "Alina Schadwinkel"), authors("\"Lars Fischer und Alina Schadwinkel\""));
        assertEquals(List.of("David Brand", "Ramsey Khalifeh"), authors("\"David Brand and Ramsey Khalifeh\""));
        assertEquals(List.of("CLARA LÖW", "SIDDHARTH PRAKASH", "KLAUS JACOB"),
                authors("\"CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB\""));
        assertEquals(List.of("Nathan Parker", "Eric Mill"), authors("\"Nathan Parker; Eric Mill\""));
        assertEquals(List.of("Nathan Parker", "Eric Mill"), authors("[\"Nathan Parker\", \"Eric Mill\"]"));
    }

    @Test
    void keepsOneNameWhole() throws Exception {
        assertEquals(List.of("Dennis Kochinky"), authors("\"\\tDennis Kochinky\""));
        assertEquals(List.of("Andrea Anderson"), authors("\"Andrea Anderson\""));   // "and" inside a word
        assertEquals(List.of("hessenschau.de/bb"), authors("\"hessenschau.de/bb\""));
    }

    @Test
    void scoresEachFieldOverThePagesThatHaveIt() throws Exception {
        WebSegmentsMetadata m = new WebSegmentsMetadata("test");
        m.add(page("{\"title\": \"A “quoted”  title\", \"author\": \"Ann Lee und Bo Li\"}"),
                new PageMetadata("A \"quoted\" title", List.of("ann lee"), "2020-01-02T10:00:00Z"));
        m.add(page("{\"published\": \"2020-01-02\"}"), new PageMetadata("x", List.of(), "2020-01-02T10:00:00Z"));
        List<Benchmark.Row> rows = m.rows();
        assertEquals("web-segments (trafilatura) n=1", rows.get(0).set());
        assertEquals(1.0, rows.get(0).ours(), 1e-9);
        assertEquals(2.0 / 3, rows.get(1).ours(), 1e-9);   // P 1, R 1/2
        assertEquals(1.0, rows.get(2).ours(), 1e-9);
    }

    @Test
    void leavesTheRowsEmptyForAToolWithoutMetadata() throws Exception {
        WebSegmentsMetadata m = new WebSegmentsMetadata("test");
        m.add(page("{\"title\": \"T\"}"), null);
        assertEquals(Double.NaN, m.rows().get(0).ours());
    }

    private static Page page(String gold) throws Exception {
        return new Page("web-segments", "p", null, null, JSON.readTree(gold));
    }
}
