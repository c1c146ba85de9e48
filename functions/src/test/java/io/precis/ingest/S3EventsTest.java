package io.precis.ingest;

import io.precis.json.ArticleJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class S3EventsTest {
    @Test
    void keysAreFormDecodedSoPlusIsASpaceAndPercent2BIsAPlus() {
        assertEquals("incoming/US Iran brief – Jan 29.txt", S3Events.decodeKey("incoming/US+Iran+brief+%E2%80%93+Jan+29.txt"));
        assertEquals("a+b.txt", S3Events.decodeKey("a%2Bb.txt"));
        assertEquals("incoming/US+Iran+brief+%E2%80%93+Jan+29.txt", S3Events.encodeKey("incoming/US Iran brief – Jan 29.txt"));
    }

    @Test
    void readsEveryRecordOfAnEvent() throws Exception {
        String json = """
                {"Records":[
                 {"eventSource":"aws:s3","eventName":"ObjectCreated:Put","eventTime":"2024-01-29T10:00:00.000Z",
                  "s3":{"bucket":{"name":"b"},"object":{"key":"x+y.txt","size":12,"sequencer":"00A1","versionId":""}}},
                 {"eventSource":"aws:s3","eventName":"ObjectRemoved:Delete","eventTime":"2024-01-29T10:00:01.000Z",
                  "s3":{"bucket":{"name":"b"},"object":{"key":"z.txt","sequencer":"00A2"}}}]}""";
        List<S3EventRecord> records = S3Events.parse(ArticleJson.MAPPER.readTree(json));
        assertEquals(2, records.size());
        assertEquals("x y.txt", records.get(0).key());
        assertEquals(12, records.get(0).size());
        assertNull(records.get(0).versionId());
        assertTrue(records.get(0).isCreation());
        assertTrue(records.get(1).isRemoval());
        assertEquals(-1, records.get(1).size());
    }

    @Test
    void anEventFromAnotherSourceIsRefused() throws Exception {
        var e = assertThrows(IllegalArgumentException.class,
                () -> S3Events.parse(ArticleJson.MAPPER.readTree("{\"Records\":[{\"eventSource\":\"aws:sqs\"}]}")));
        assertEquals("not an S3 event record: eventSource=aws:sqs", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> S3Events.parse(ArticleJson.MAPPER.readTree("{}")));
    }
}
