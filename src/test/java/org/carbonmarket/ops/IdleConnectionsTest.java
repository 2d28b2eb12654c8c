package org.carbonmarket.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carbonmarket.ingest.DatasetImporter;
import org.carbonmarket.testsupport.Api;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Connections that stall, in their headers or between requests, are closed after the idle timeout; a request that
 * the server works on for longer keeps its connection.
 */
@QuarkusTest
@TestProfile(IdleConnectionsTest.ShortIdle.class)
class IdleConnectionsTest {

    static final int IDLE_SECONDS = 2;

    public static class ShortIdle implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", IDLE_SECONDS + "S");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void closesConnectionsThatStallInTheirHeaders() throws IOException {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket(root.getHost(), root.getPort());
                socket.getOutputStream().write("GET /api/v1/topics HTTP/1.1\r\nHost: localhost\r\nAccept: app".getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            long started = System.nanoTime();
            for (Socket socket : sockets) {
                assertEquals(-1, readUntilClosed(socket), "closed without an answer");
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(seconds <= IDLE_SECONDS + 3, "closed within the idle timeout, not after " + seconds + " s");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void closesAKeptAliveConnectionThatStaysIdle() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, readUntilClosed(socket), "the answer, then the close");
        }
    }

    /**
     * A request the server works on for longer than the idle timeout (an import that waits here for the import lock,
     * as a million rows would keep the database busy) keeps its connection: the server sends interim answers meanwhile.
     */
    @Test
    void keepsTheConnectionOfAnImportThatRunsLongerThanTheIdleTimeout() throws Exception {
        String source = Curation.newSource();
        String csv = "metric,source,value,value_text,unit,qualifier,region,time,period_start,period_end,period_precision,"
                + "period_label,baseline,quote,locator,note\r\nair.good-days-share," + source + ",81,,%,about,CN,flow,2024-01-01,"
                + "2024-12-31,year,2024,,Good days made up about 81% of the year.,p. 3,\r\n";
        CompletableFuture<Integer> imported;
        try (var held = HeldLocks.take(dataSource, "select pg_advisory_xact_lock(" + DatasetImporter.IMPORT_LOCK + ")")) {
            imported = CompletableFuture.supplyAsync(() -> given().config(Api.exactBodies()).header(Tokens.authorization("alice")).contentType("text/csv")
                    .queryParam("comment", "a long import").body(csv).when().post("/api/v1/imports").then().extract().statusCode());
            held.awaitWaiter(Duration.ofSeconds(10));
            Thread.sleep(Duration.ofSeconds(IDLE_SECONDS * 2L).toMillis()); // the time under test: longer than the idle timeout
        }
        assertEquals(201, imported.get(20, TimeUnit.SECONDS));
    }

    /** The shipped configuration bounds idle connections (Quarkus alone would keep them for 30 minutes). */
    @Test
    void shipsABoundedIdleTimeout() throws IOException {
        var shipped = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            shipped.load(in);
        }
        Duration idle = Duration.parse("PT" + shipped.getProperty("quarkus.http.idle-timeout"));
        assertTrue(idle.compareTo(Duration.ofMinutes(1)) <= 0, idle.toString());
    }

    /** Reads whatever the server sends until it closes the connection; fails if it is still open after 10 s. */
    private static int readUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            int read;
            do {
                read = in.read(buffer);
            } while (read > 0);
            return read;
        } catch (SocketTimeoutException e) {
            return 0; // still open
        }
    }
}
