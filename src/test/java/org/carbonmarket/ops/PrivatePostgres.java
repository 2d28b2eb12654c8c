package org.carbonmarket.ops;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL server of the test's own, in a temporary directory on a free port, that the test may
 * stop and start: the shared test database is never taken down. Uses the machine's PostgreSQL binaries;
 * as root, runs them as the postgres user, since PostgreSQL refuses to run as root.
 */
public class PrivatePostgres implements QuarkusTestResourceLifecycleManager {

    private static Path directory;
    private static int port;

    @Override
    public Map<String, String> start() {
        try {
            port = freePort();
            directory = Files.createTempDirectory("private-postgres");
            run("chown", "-R", "postgres", directory.toString());
            asPostgres(bin("initdb"), "-D", directory.resolve("data").toString(), "-A", "trust", "-U", "postgres");
            startServer();
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot start a private PostgreSQL", e);
        }
    }

    @Override
    public void stop() {
        try {
            stopServer();
            run("rm", "-rf", directory.toString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot remove the private PostgreSQL", e);
        }
    }

    public static void startServer() throws IOException, InterruptedException {
        asPostgres(bin("pg_ctl"), "-D", directory.resolve("data").toString(), "-w", "-l", directory.resolve("log").toString(),
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1", "start");
    }

    public static void stopServer() throws IOException, InterruptedException {
        asPostgres(bin("pg_ctl"), "-D", directory.resolve("data").toString(), "-w", "-m", "fast", "stop");
    }

    private static String bin(String program) throws IOException {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            Path newest = versions.max(Path::compareTo).orElseThrow(() -> new IOException("no PostgreSQL under /usr/lib/postgresql"));
            return newest.resolve("bin").resolve(program).toString();
        }
    }

    private static void asPostgres(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(line.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed with " + process.exitValue());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
