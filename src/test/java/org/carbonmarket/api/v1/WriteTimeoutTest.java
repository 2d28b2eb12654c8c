package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** A write whose transaction times out (here while it waits for a lock) answers 503 with Retry-After, never 500. */
@QuarkusTest
@TestProfile(WriteTimeoutTest.ShortTransactions.class)
class WriteTimeoutTest {

    /** Transactions time out while a write still waits for its lock. */
    public static class ShortTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.transaction-manager.default-transaction-timeout", "2S",
                    "carbonmarket.writes.lock-timeout", "4S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse createSource(String id) {
        return given().header(Tokens.authorization("alice")).contentType("application/json").body("""
                {"id": "%s", "title": "Timed out", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "comment": "c"}""".formatted(id))
                .when().post("/api/v1/sources").then();
    }

    @Test
    void answers503WhenTheTransactionTimesOut() throws Exception {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 13);
        try (var held = HeldLocks.take(dataSource, "lock table source in exclusive mode")) {
            var answer = CompletableFuture.supplyAsync(() -> createSource(id)).get(20, TimeUnit.SECONDS);
            Problems.isProblem(answer, 503)
                    .header("Retry-After", equalTo("5"))
                    .body("detail", equalTo("The database did not finish this request in time; nothing was changed. Retry shortly."));
        }
        createSource(id).statusCode(201);
    }
}
