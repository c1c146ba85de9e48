package io.precis.lambda;

import io.precis.article.ArticleRecord;
import io.precis.article.Format;
import io.precis.article.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrimingTest {
    @Test
    void primingTakesBothSamplesThroughTheWholePipeline() {
        // A sample that stopped extracting would prime less of the code and hide it: both must come out OK.
        List<ArticleRecord> records = Priming.prime();
        assertEquals(List.of(Status.OK, Status.OK), records.stream().map(ArticleRecord::status).toList());
        assertEquals(List.of(Format.TEXT, Format.HTML), records.stream().map(ArticleRecord::format).toList());
    }

    @Test
    void registeringOutsideACracRuntimeIsHarmless() {
        assertDoesNotThrow(() -> Priming.register(() -> { }));
    }

    @Test
    void aFailingStoreReadDoesNotStopTheSnapshot() {
        assertFalse(Priming.primeStore(() -> {
            throw new IllegalStateException("no network at init");
        }));
        int[] reads = {0};
        assertTrue(Priming.primeStore(() -> reads[0]++));
        assertEquals(1, reads[0]);
    }
}
