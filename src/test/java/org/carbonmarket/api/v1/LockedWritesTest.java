package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A curator's write that cannot get its locks soon (another write holds the row, or the data version that its
 * commit moves) answers 503 with Retry-After within the lock timeout, instead of holding its connection until the
 * transaction times out; once the locks are free, the same write succeeds.
 */
@QuarkusTest
class LockedWritesTest {

    /** The configured lock timeout (5 s), with room for a busy machine. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;

    private static String sourceBody(String id) {
        return """
                {"id": "%s", "title": "Locked out", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "comment": "c"}""".formatted(id);
    }

    private static ValidatableResponse createSource(String id) {
        return given().header(Tokens.authorization("alice")).contentType("application/json").body(sourceBody(id))
                .when().post("/api/v1/sources").then();
    }

    @Test
    void answers503WhenItsCommitCannotMoveTheDataVersion() throws Exception {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 13);
        try (var held = HeldLocks.take(dataSource, "lock table data_version in exclusive mode")) {
            long start = System.nanoTime();
            var answer = CompletableFuture.supplyAsync(() -> createSource(id)).get(BOUND.toSeconds() * 2, TimeUnit.SECONDS);
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(BOUND) < 0, "answered within " + BOUND);
            Problems.isProblem(answer, 503)
                    .header("Retry-After", notNullValue())
                    .body("detail", equalTo("Another write holds data this one needs (an import, or a change of the same "
                            + "resource); nothing was changed. Retry shortly."));
        }
        createSource(id).statusCode(201);
    }

    @Test
    void answers503WhileAnotherWriteHoldsTheRow() throws Exception {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        try (var held = HeldLocks.take(dataSource, "select 1 from fact where id = '" + fact + "' for update")) {
            var answer = CompletableFuture.supplyAsync(() -> given().header(Tokens.authorization("bob"))
                    .contentType("application/json").header("If-Match", "\"0\"").body(Curation.factBody(source, "81", "locked"))
                    .when().put("/api/v1/facts/" + fact).then()).get(BOUND.toSeconds() * 2, TimeUnit.SECONDS);
            Problems.isProblem(answer, 503).header("Retry-After", notNullValue());
        }
        given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                .body(Curation.factBody(source, "81", "unlocked")).when().put("/api/v1/facts/" + fact)
                .then().statusCode(200).body("version", equalTo(1));
    }

    /**
     * Another transaction changes the row while this write waits for it: once that one commits, this write's
     * If-Match names a version that is no longer current, which is a 412, whether the wait came before reading the
     * row or before writing it.
     */
    @Test
    void answers412WhenTheRowChangesWhileTheWriteWaitsForIt() throws Exception {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        var replace = (java.util.function.Supplier<ValidatableResponse>) () -> given().header(Tokens.authorization("bob"))
                .contentType("application/json").header("If-Match", "\"0\"").body(Curation.factBody(source, "81", "late"))
                .when().put("/api/v1/facts/" + fact).then();
        var retire = (java.util.function.Supplier<ValidatableResponse>) () -> given().header(Tokens.authorization("bob"))
                .contentType("application/json").header("If-Match", "\"1\"").body("{\"reason\": \"late\"}")
                .when().post("/api/v1/facts/" + fact + "/retire").then();
        for (var write : java.util.List.of(replace, retire)) {
            try (var held = HeldLocks.take(dataSource, "update fact set note = 'changed meanwhile' where id = '" + fact + "'")) {
                var answer = CompletableFuture.supplyAsync(write);
                held.awaitWaiter(BOUND);
                held.commit();
                Problems.isProblem(answer.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS), 412);
            }
        }
        given().when().get("/api/v1/facts/" + fact).then().body("note", equalTo("changed meanwhile")).body("version", equalTo(2));
    }

    /** An import that waits for a curator's change of a source it brings compares with that change, then writes. */
    @Test
    void anImportThatWaitsForAChangedRowComparesWithTheChange() throws Exception {
        String id = "test-" + UUID.randomUUID().toString().substring(0, 13);
        createSource(id).statusCode(201);
        String dataset = "{\"sources\": [" + sourceBody(id).replace("Locked out", "Imported title").replace(", \"comment\": \"c\"", "") + "]}";
        try (var held = HeldLocks.take(dataSource, "update source set title = 'Changed meanwhile' where id = '" + id + "'")) {
            var answer = CompletableFuture.supplyAsync(() -> given().header(Tokens.authorization("alice"))
                    .contentType("application/json").queryParam("comment", "import meanwhile").body(dataset)
                    .when().post("/api/v1/imports").then());
            held.awaitWaiter(BOUND);
            held.commit();
            answer.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS).statusCode(201).body("updated", equalTo(1));
        }
        given().when().get("/api/v1/sources/" + id).then().body("title", equalTo("Imported title")).body("version", equalTo(2));
    }
}
