package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A commit whose connection dies under it (a database crash, a killed backend) has an outcome nobody here
 * knows: the answer is a 503 that says so and how to find out, never a 500. The test cuts its own commits
 * off: a deferred trigger, for its sources only, terminates the backend that is committing.
 */
@QuarkusTest
class CutCommitTest {

    private static final String PREFIX = "test-cut-";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void cutCommitsOfTestSources() throws SQLException {
        execute("""
                create or replace function test_cut_commit() returns trigger language plpgsql as $$
                begin
                    perform pg_terminate_backend(pg_backend_pid());
                    return null;
                end
                $$""",
                "create constraint trigger test_cut_commit after insert on source deferrable initially deferred"
                        + " for each row when (new.id like '" + PREFIX + "%') execute function test_cut_commit()");
    }

    @AfterEach
    void commitNormally() throws SQLException {
        execute("drop trigger if exists test_cut_commit on source", "drop function if exists test_cut_commit()");
    }

    @Test
    void answers503ThatTheOutcomeIsUnknown() throws SQLException {
        String id = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        Problems.isProblem(createSource(id), 503)
                .header("Retry-After", equalTo("5"))
                .body("detail", equalTo("The database connection broke while the change was being committed, so it may "
                        + "or may not be stored; read it back to see which. Repeating it is safe: if it was stored, a create "
                        + "answers 409 and a change 412."));

        Problems.isProblem(given().when().get("/api/v1/sources/" + id).then(), 404);
        commitNormally();
        createSource(id).statusCode(201);
    }

    private static ValidatableResponse createSource(String id) {
        return given().header(Tokens.authorization("alice")).contentType("application/json").body("""
                {"id": "%s", "title": "Cut off", "publisher": "Test Bureau",
                 "published": {"on": "2025-03-01", "precision": "day"}, "language": "en", "comment": "c"}""".formatted(id))
                .when().post("/api/v1/sources").then();
    }

    private void execute(String... statements) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
