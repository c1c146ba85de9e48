package io.precis.ingest;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads objects from S3, never more than the limit plus one byte. */
public final class S3ObjectSource implements ObjectSource {
    private final S3Client s3;

    public S3ObjectSource(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<FetchedObject> fetch(String bucket, String key, String versionId, long maxBytes) throws ObjectTooLargeException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(key).versionId(versionId))) {
            GetObjectResponse head = in.response();
            if (head.contentLength() != null && head.contentLength() > maxBytes) {
                in.abort();
                throw new ObjectTooLargeException(head.contentLength(), maxBytes);
            }
            byte[] bytes = readAtMost(in, maxBytes);
            Map<String, String> meta = new HashMap<>();
            head.metadata().forEach((k, v) -> meta.put(k.toLowerCase(Locale.ROOT), v));
            return Optional.of(new FetchedObject(bytes, head.contentType(), meta, head.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            // Gone since the event: NoSuchVersion (404), or the version is a delete marker (405).
            if (e.statusCode() == 404 || e.statusCode() == 405) return Optional.empty();
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading s3://" + bucket + "/" + key, e);
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, ObjectTooLargeException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
        if (bytes.length > maxBytes) throw new ObjectTooLargeException(-1, maxBytes);
        return bytes;
    }
}
