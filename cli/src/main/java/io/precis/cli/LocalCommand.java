package io.precis.cli;

import io.precis.local.LocalApplication;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code precis local}: the whole application on this machine until Ctrl-C or SIGTERM. Prints its
 * endpoints, and ingests a sample article through the S3 endpoint unless told not to.
 */
final class LocalCommand {
    static final String SAMPLE_KEY = "samples/tidal-array.txt";
    private final PrintStream out;

    LocalCommand(PrintStream out) {
        this.out = out;
    }

    int run(Arguments args) throws Exception {
        args.allow("data", "port", "s3-port", "dynamodb-port", "no-sample", "in-memory");
        Path data = args.has("in-memory") ? null : Path.of(args.option("data", ".precis/local")).toAbsolutePath();
        LocalApplication app = LocalApplication.start(data, args.intOption("port", 3000), args.intOption("s3-port", 9000),
                args.intOption("dynamodb-port", 0), System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        // Runs on Ctrl-C and SIGTERM: stop the servers so the data folder is left consistent.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                System.err.println("precis: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "precis-local-shutdown"));
        if (!args.has("no-sample")) {
            try (InputStream sample = LocalCommand.class.getResourceAsStream("/io/precis/local/sample-article.txt")) {
                byte[] bytes = sample.readAllBytes();
                app.upload(SAMPLE_KEY, new java.io.ByteArrayInputStream(bytes), bytes.length);
            }
            app.awaitIngested();
        }
        out.println("API: " + app.apiEndpoint());
        out.println("S3: " + app.s3Endpoint());
        out.println("Bucket: s3://" + LocalApplication.BUCKET);
        out.println("DynamoDB: " + app.dynamoEndpoint());
        out.println("Data: " + (data == null ? "(in memory)" : data));
        out.println("Try: curl -s " + app.apiEndpoint() + "/articles");
        out.println("Upload: AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x aws --endpoint-url " + app.s3Endpoint()
                + " s3 cp FILE s3://" + LocalApplication.BUCKET + "/");
        out.println("Ready; stop with Ctrl-C.");
        out.flush();
        stopped.await();
        return 0;
    }
}
