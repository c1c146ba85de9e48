package io.precis.local;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB Local on a loopback port, in a child JVM (it needs Jetty 12, the S3 emulator Jetty 11),
 * with its data in a folder kept between runs, or in memory.
 */
public final class LocalDynamo implements AutoCloseable {
    /** Where bin/precis and the build put DynamoDB Local's jars; overridable for other layouts. */
    public static final String LIB_PROPERTY = "precis.dynamodb.lib";
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final Process process;
    private final URI endpoint;
    private final Path log;
    private final Thread reaper;

    private LocalDynamo(Process process, int port, Path log) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
        this.log = log;
        // However this JVM ends (Ctrl-C during start-up included), the child must not outlive it.
        this.reaper = new Thread(process::destroyForcibly, "dynamodb-local-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** @param dataDir folder for the database file, or null to keep everything in memory */
    public static LocalDynamo start(int port, Path dataDir) throws IOException, InterruptedException {
        int p = port == 0 ? Ports.free() : port;
        Path lib = libraryFolder();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", lib + File.separator + "*",
                "software.amazon.dynamodb.services.local.main.ServerRunner", "-port", String.valueOf(p), "-disableTelemetry"));
        if (dataDir == null) {
            command.add("-inMemory");
        } else {
            command.addAll(List.of("-sharedDb", "-dbPath", Files.createDirectories(dataDir).toString()));
        }
        Path log = Files.createTempFile("precis-dynamodb-local", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalDynamo dynamo = new LocalDynamo(process, p, log);
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (!accepts(p)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                String output = Files.readString(log);
                dynamo.close();
                throw new IOException("DynamoDB Local did not start on port " + p + " (--dynamodb-port); its output:\n" + output);
            }
            Thread.sleep(100);
        }
        return dynamo;
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Path libraryFolder() throws IOException {
        String configured = System.getProperty(LIB_PROPERTY);
        Path lib;
        if (configured != null) {
            lib = Path.of(configured);
        } else {
            // Next to the build output of this module: <repo>/cli/target/... -> <repo>/dynamodb-local/target/lib
            try {
                Path code = Path.of(LocalDynamo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                lib = code.getParent().getParent().getParent().resolve("dynamodb-local/target/lib");
            } catch (URISyntaxException e) {
                throw new IOException("cannot locate DynamoDB Local; set -D" + LIB_PROPERTY, e);
            }
        }
        if (!Files.isDirectory(lib)) {
            throw new IOException("DynamoDB Local is not staged at " + lib + "; build with bin/mvn package (or set -D" + LIB_PROPERTY + ")");
        }
        return lib;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // Already running the hooks: the reaper does no harm.
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // A temporary file; the system cleans it up eventually.
        }
    }
}
