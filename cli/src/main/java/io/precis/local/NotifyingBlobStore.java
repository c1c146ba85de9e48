package io.precis.local;

import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.BlobMetadata;
import org.jclouds.blobstore.domain.MultipartPart;
import org.jclouds.blobstore.domain.MultipartUpload;
import org.jclouds.blobstore.options.CopyOptions;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;

import org.jclouds.io.payloads.ByteArrayPayload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blob store behind the local S3 endpoint, reporting each successful put, copy, multipart
 * completion and delete to a listener: the local stand-in for S3 event notifications.
 */
final class NotifyingBlobStore extends ForwardingBlobStore {
    private final ObjectListener listener;
    private final Set<String> uploadsInProgress = ConcurrentHashMap.newKeySet();

    NotifyingBlobStore(BlobStore delegate, ObjectListener listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public String putBlob(String container, Blob blob) {
        return created(container, blob.getMetadata().getName(), super.putBlob(container, unchunked(blob)));
    }

    @Override
    public String putBlob(String container, Blob blob, PutOptions options) {
        return created(container, blob.getMetadata().getName(), super.putBlob(container, unchunked(blob), options));
    }

    /** Strips aws-chunked framing (see {@link AwsChunked}); local uploads are small enough to hold in memory. */
    private static Blob unchunked(Blob blob) {
        try (InputStream in = blob.getPayload().openStream()) {
            byte[] bytes = in.readAllBytes();
            var content = blob.getMetadata().getContentMetadata();
            if (AwsChunked.isChunked(bytes, content.getContentEncoding())) {
                bytes = AwsChunked.decode(bytes);
                content.setContentEncoding(null);
            }
            var payload = new ByteArrayPayload(bytes);
            payload.getContentMetadata().setContentType(content.getContentType());
            payload.getContentMetadata().setContentDisposition(content.getContentDisposition());
            payload.getContentMetadata().setContentLanguage(content.getContentLanguage());
            payload.getContentMetadata().setContentLength((long) bytes.length);
            blob.setPayload(payload);
            return blob;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String copyBlob(String fromContainer, String fromName, String toContainer, String toName, CopyOptions options) {
        return created(toContainer, toName, super.copyBlob(fromContainer, fromName, toContainer, toName, options));
    }

    @Override
    public MultipartUpload initiateMultipartUpload(String container, BlobMetadata blob, PutOptions options) {
        MultipartUpload mpu = super.initiateMultipartUpload(container, blob, options);
        uploadsInProgress.add(mpu.id());
        return mpu;
    }

    @Override
    public String completeMultipartUpload(MultipartUpload mpu, List<MultipartPart> parts) {
        try {
            return created(mpu.containerName(), mpu.blobName(), super.completeMultipartUpload(mpu, parts));
        } finally {
            uploadsInProgress.remove(mpu.id());
        }
    }

    @Override
    public void abortMultipartUpload(MultipartUpload mpu) {
        try {
            super.abortMultipartUpload(mpu);
        } finally {
            uploadsInProgress.remove(mpu.id());
        }
    }

    /** S3Proxy keeps a multipart upload's parts as blobs named after the upload: those are not objects. */
    private boolean isUploadPart(String name) {
        for (String id : uploadsInProgress) {
            if (name.contains(id)) return true;
        }
        return false;
    }

    @Override
    public void removeBlob(String container, String name) {
        boolean existed = super.blobExists(container, name);
        super.removeBlob(container, name);
        if (existed && !isUploadPart(name)) listener.removed(container, name);
    }

    @Override
    public void removeBlobs(String container, Iterable<String> names) {
        for (String name : names) removeBlob(container, name);
    }

    private String created(String container, String name, String etag) {
        if (isUploadPart(name)) return etag;
        BlobMetadata meta = super.blobMetadata(container, name);
        long size = meta == null || meta.getSize() == null ? -1 : meta.getSize();
        listener.created(container, name, size, etag);
        return etag;
    }
}
