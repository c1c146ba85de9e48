package io.precis.ingest;

import java.util.Optional;

/** Reads uploaded objects. */
public interface ObjectSource {

    /**
     * The object, or empty when it no longer exists (deleted since the event; its delete event follows).
     *
     * @throws ObjectTooLargeException when it is larger than {@code maxBytes}; nothing beyond the limit is read
     */
    Optional<FetchedObject> fetch(String bucket, String key, String versionId, long maxBytes) throws ObjectTooLargeException;
}
