package org.carbonmarket.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** On SIGTERM readiness goes DOWN first, the request in flight still completes, then the process exits. */
class GracefulShutdownIT {

    private static final String DATABASE = "it_graceful_shutdown";

    @Test
    void finishesInFlightWorkBeforeExiting() throws Exception {
        ServiceProcess.recreateDatabase(DATABASE);
        try (var service = ServiceProcess.start(DATABASE, Path.of("target/it-shutdown.log"))) {
            service.awaitReady(Duration.ofSeconds(60));
            byte[] file = java.nio.file.Files.readAllBytes(
                    Path.of("src/main/resources/datasets/cdiac/cdiac-fossil-fuel-co2-emissions-by-nation.csv"));
            CompletableFuture<HttpResponse<String>> inFlight;
            // The import's record of itself waits for this lock, so the import is surely under way at SIGTERM.
            try (var held = HeldLocks.take(ServiceProcess.database(DATABASE), "lock table import_run in exclusive mode")) {
                inFlight = ServiceProcess.HTTP.sendAsync(
                        HttpRequest.newBuilder(service.uri("/api/v1/imports?profile=cdiac-fossil-co2&comment=shutdown%20test"))
                                .header("Authorization", Tokens.bearer("shutdown-test")).header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                        HttpResponse.BodyHandlers.ofString());
                held.awaitWaiter(Duration.ofSeconds(60));

                service.terminate();
                boolean sawNotReady = false;
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (!sawNotReady && System.nanoTime() < deadline && service.isAlive()) {
                    sawNotReady = service.status("/q/health/ready") == 503;
                    Thread.sleep(50); // polls the other process; orders nothing
                }
                assertTrue(sawNotReady, "readiness went DOWN while the process was still running");
                assertFalse(inFlight.isDone(), "the import was still in flight when readiness went DOWN");
                held.commit(); // lets the import finish
            }
            HttpResponse<String> imported = inFlight.get();
            assertEquals(201, imported.statusCode(), imported.body());
            service.awaitExit(Duration.ofSeconds(45));
        }
    }
}
