package io.precis.ingest;

import io.precis.Precis;
import io.precis.article.ArticleRecord;
import io.precis.article.Status;
import io.precis.store.ArticleStore;
import io.precis.store.PermanentStoreException;
import io.precis.store.RecordTooLargeException;
import io.precis.store.Sequencer;
import io.precis.store.WriteOutcome;
import io.precis.summarize.SummaryLength;

import java.time.Clock;
import java.util.Optional;

/**
 * One S3 event record to one stored record: fetch, extract, summarize, write conditionally on the
 * sequencer. Files that can never be processed become REJECTED records; faults of S3 or DynamoDB
 * propagate so the caller can fail the invocation and have Lambda retry it.
 */
public final class IngestService {
    private final ObjectSource objects;
    private final ArticleStore store;
    private final long maxObjectBytes;
    private final SummaryLength summaryLength;
    private final Clock clock;

    public IngestService(ObjectSource objects, ArticleStore store, long maxObjectBytes, SummaryLength summaryLength, Clock clock) {
        this.objects = objects;
        this.store = store;
        this.maxObjectBytes = maxObjectBytes;
        this.summaryLength = summaryLength;
        this.clock = clock;
    }

    public Outcome ingest(S3EventRecord event) {
        if (!event.isRemoval() && !event.isCreation()) return Outcome.SKIPPED;
        // Duplicates and late events stop here, before the object is read and extracted again.
        Optional<String> stored = store.storedSequencer(event.origin().id());
        if (stored.isPresent() && stored.get().compareTo(Sequencer.normalize(event.sequencer())) >= 0) return Outcome.STALE;
        if (event.isRemoval()) return remove(event);
        if (event.size() > maxObjectBytes) {
            return write(rejected(event, new ObjectTooLargeException(event.size(), maxObjectBytes).getMessage()));
        }
        return ingestVersion(event, event.versionId());
    }

    private Outcome ingestVersion(S3EventRecord event, String versionId) {
        Optional<FetchedObject> object;
        try {
            object = objects.fetch(event.bucket(), event.key(), versionId, maxObjectBytes);
        } catch (ObjectTooLargeException e) {
            return write(rejected(event, e.getMessage()));
        }
        if (object.isEmpty()) return Outcome.SKIPPED;
        FetchedObject o = object.get();
        return write(Precis.process(o.bytes(), event.origin(), o.contentType(), o.userMetadata(),
                o.lastModified() != null ? o.lastModified() : event.eventTime(), summaryLength, clock.instant()));
    }

    /**
     * In a versioned bucket, "ObjectRemoved:Delete" with a version id removes that one version: the
     * object may still have a current version (an older one was removed, or a delete marker was, which
     * is how S3 undoes a delete). Then the current version is the article; only without one is it gone.
     */
    private Outcome remove(S3EventRecord event) {
        if (event.eventName().equals("ObjectRemoved:Delete") && event.versionId() != null) {
            Outcome current = ingestVersion(event, null);
            if (current != Outcome.SKIPPED) return current;
        }
        return written(store.write(ArticleRecord.deleted(event.origin(), clock.instant())), Outcome.DELETED);
    }

    private ArticleRecord rejected(S3EventRecord event, String reason) {
        return ArticleRecord.rejected(event.origin(), reason, clock.instant());
    }

    private Outcome write(ArticleRecord record) {
        Outcome success = record.status() == Status.OK ? Outcome.STORED : Outcome.REJECTED;
        try {
            return written(store.write(record), success);
        } catch (RecordTooLargeException | PermanentStoreException e) {
            return written(store.write(ArticleRecord.rejected(record.origin(), "could not be stored: " + e.getMessage(),
                    clock.instant())), Outcome.REJECTED);
        }
    }

    private static Outcome written(WriteOutcome outcome, Outcome success) {
        return outcome == WriteOutcome.WRITTEN ? success : Outcome.STALE;
    }
}
