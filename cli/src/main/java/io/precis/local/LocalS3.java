package io.precis.local;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * An S3-compatible endpoint in this JVM (S3Proxy) on a loopback port, storing objects in a folder.
 * It accepts any access key and signature, path-style, like the emulators S3 clients are used to.
 */
public final class LocalS3 implements AutoCloseable {
    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final URI endpoint;

    private LocalS3(S3Proxy proxy, BlobStoreContext context, URI endpoint) {
        this.proxy = proxy;
        this.context = context;
        this.endpoint = endpoint;
    }

    /** @param dataDir folder that holds the buckets, or null for an in-memory store */
    public static LocalS3 start(int port, Path dataDir, ObjectListener listener) throws Exception {
        Properties props = new Properties();
        BlobStoreContext context;
        if (dataDir == null) {
            context = ContextBuilder.newBuilder("transient-nio2").credentials("local", "local").build(BlobStoreContext.class);
        } else {
            props.setProperty("jclouds.filesystem.basedir", Files.createDirectories(dataDir).toString());
            context = ContextBuilder.newBuilder("filesystem-nio2").credentials("local", "local").overrides(props).build(BlobStoreContext.class);
        }
        BlobStore store = new NotifyingBlobStore(context.getBlobStore(), listener == null ? ObjectListener.NONE : listener);
        int p = port == 0 ? Ports.free() : port;
        URI endpoint = URI.create("http://127.0.0.1:" + p);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.NONE, null, null)
                .ignoreUnknownHeaders(true)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) Thread.sleep(10);
        return new LocalS3(proxy, context, endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        context.close();
    }
}
