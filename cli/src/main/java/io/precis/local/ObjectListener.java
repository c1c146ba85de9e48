package io.precis.local;

/** Told about every change to an object in the local S3, as S3 notifications would be. */
public interface ObjectListener {
    ObjectListener NONE = new ObjectListener() {
        @Override
        public void created(String bucket, String key, long size, String etag) {
        }

        @Override
        public void removed(String bucket, String key) {
        }
    };

    void created(String bucket, String key, long size, String etag);

    void removed(String bucket, String key);
}
