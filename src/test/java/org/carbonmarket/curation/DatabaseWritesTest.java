package org.carbonmarket.curation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.HeldLocks;
import org.carbonmarket.testsupport.OtherReplicas;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What the schema guarantees to every write path, single writes and imports alike, on every replica: history
 * written per statement with validity from the database's clock, rows that cannot be deleted, and a data version
 * that moves as a transaction commits without making writers queue behind each other.
 */
@QuarkusTest
class DatabaseWritesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCuratorsWriteCompletesWhileAnotherTransactionKeepsItsWritesOpen() throws Exception {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        long before = dataVersion();
        // An import on another replica: it has written, and will run for a long time yet.
        try (var importing = HeldLocks.take(dataSource, "update fact set note = 'being imported' where id = '" + fact + "'")) {
            var write = CompletableFuture.supplyAsync(Curation::newSource).get(10, TimeUnit.SECONDS);
            assertTrue(write.startsWith("test-"));
            assertEquals(before + 1, dataVersion(), "the curator's commit moved the version; the open import did not");
            importing.commit();
        }
        assertEquals(before + 2, dataVersion(), "the import's commit moved it again");
    }

    @Test
    void movesTheDataVersionAtCommitWithTheCommitsInstant() throws Exception {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        long before = dataVersion();
        Instant written;
        Instant betweenWriteAndCommit;
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            written = instant(connection, "update fact set note = 'late commit' where id = '" + fact + "' returning updated_at");
            betweenWriteAndCommit = clock();
            assertEquals(before, dataVersion(), "an uncommitted write is no change yet to any reader");
            connection.commit();
        }
        assertEquals(before + 1, dataVersion());
        Instant changedAt = instant("select changed_at from data_version");
        assertTrue(written.isBefore(betweenWriteAndCommit) && changedAt.isAfter(betweenWriteAndCommit),
                "Last-Modified is the commit's instant, not the write's: " + written + ", " + betweenWriteAndCommit + ", " + changedAt);
    }

    @Test
    void readersGetANewValidatorOnceAnotherTransactionsWriteCommitsAndNotBefore() throws Exception {
        String fact = Curation.newFact(Curation.newSource(), "80");
        String before = given().when().get("/api/v1/facts/" + fact).then().statusCode(200).extract().header("ETag");
        try (var importing = HeldLocks.take(dataSource, "update fact set note = 'imported' where id = '" + fact + "'")) {
            given().header("If-None-Match", before).when().get("/api/v1/facts/" + fact).then().statusCode(304);
            importing.commit();
        }
        OtherReplicas.awaitSeen(() -> given().header("If-None-Match", before).when().get("/api/v1/facts/" + fact)
                .then().extract().statusCode() == 200);
        given().header("If-None-Match", before).when().get("/api/v1/facts/" + fact).then().statusCode(200)
                .body("note", equalTo("imported"));
    }

    @Test
    void aRolledBackWriteLeavesTheDataVersionAlone() throws Exception {
        String fact = Curation.newFact(Curation.newSource(), "80");
        long before = dataVersion();
        try (var held = HeldLocks.take(dataSource, "update fact set note = 'never' where id = '" + fact + "'")) {
            // closed: rolled back
        }
        assertEquals(before, dataVersion());
    }

    @Test
    void neverEndsAVersionBeforeItStartedWhenAnOlderTransactionWritesLast() throws Exception {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        try (var older = dataSource.getConnection()) {
            older.setAutoCommit(false);
            Instant olderStarted = instant(older, "select now()"); // its transaction's instant, taken here
            // A newer transaction writes the fact and commits first.
            given().header(Tokens.authorization("bob")).contentType("application/json").header("If-Match", "\"0\"")
                    .body(Curation.factBody(source, "81", "newer")).when().put("/api/v1/facts/" + fact)
                    .then().statusCode(200);
            Instant newer = Curation.updatedAt("/api/v1/facts/" + fact);
            assertTrue(newer.isAfter(olderStarted));
            instant(older, "update fact set note = 'older' where id = '" + fact + "' returning updated_at");
            older.commit();
        }
        List<Instant[]> versions = validity(fact);
        assertEquals(3, versions.size());
        for (int i = 0; i < versions.size(); i++) {
            assertTrue(!versions.get(i)[1].isBefore(versions.get(i)[0]), "version " + i + " ends no earlier than it starts");
            if (i > 0) {
                assertEquals(versions.get(i - 1)[1], versions.get(i)[0], "version " + i + " starts where the one before ends");
            }
        }
        given().when().get("/api/v1/facts/" + fact).then().body("version", equalTo(2)).body("note", equalTo("older"));
    }

    @Test
    void refusesAHistoryRowThatEndsBeforeItStarts() {
        String fact = Curation.newFact(Curation.newSource(), "80");
        var refused = assertThrows(SQLException.class, () -> execute(
                "update fact_history set valid_to = valid_from - interval '1 second' where id = '" + fact + "'"));
        assertEquals("23514", refused.getSQLState(), refused.getMessage());
    }

    @Test
    void refusesToDeleteOrTruncateCuratedRowsOrTheirHistory() {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        for (String statement : List.of("delete from fact where id = '" + fact + "'", "delete from source where id = '" + source + "'",
                "delete from metric where code = 'land.forest-coverage'", "truncate fact cascade",
                "delete from fact_history where id = '" + fact + "'", "truncate source_history")) {
            var refused = assertThrows(SQLException.class, () -> execute(statement), statement);
            assertEquals("23001", refused.getSQLState(), statement + ": " + refused.getMessage());
        }
        given().when().get("/api/v1/facts/" + fact).then().statusCode(200);
    }

    @Test
    void stampsRowsWithTheDatabasesClockWhateverTheWriterSays() throws Exception {
        String fact = Curation.newFact(Curation.newSource(), "80");
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Instant now = instant(connection, "select now()");
            Instant stamped = instant(connection, "update fact set note = 'skewed', updated_at = '2999-01-01',"
                    + " created_at = '1999-01-01' where id = '" + fact + "' returning updated_at");
            connection.commit();
            assertEquals(now, stamped, "a replica's clock ahead by centuries changes nothing");
        }
        Instant created = instant("select created_at from fact where id = '" + fact + "'");
        assertTrue(created.isAfter(Instant.parse("2020-01-01T00:00:00Z")), "created_at is kept: " + created);
        assertEquals(2, validity(fact).size());
    }

    private List<Instant[]> validity(String fact) throws SQLException {
        try (var connection = dataSource.getConnection(); var rows = connection.createStatement().executeQuery(
                "select valid_from, valid_to from fact_history where id = '" + fact + "' order by version")) {
            var versions = new ArrayList<Instant[]>();
            while (rows.next()) {
                versions.add(new Instant[] {rows.getObject(1, OffsetDateTime.class).toInstant(),
                        rows.getString(2).equals("infinity") ? Instant.MAX : rows.getObject(2, OffsetDateTime.class).toInstant()});
            }
            return versions;
        }
    }

    private long dataVersion() throws SQLException {
        try (var connection = dataSource.getConnection(); var row = connection.createStatement().executeQuery("select version from data_version")) {
            row.next();
            return row.getLong(1);
        }
    }

    private Instant clock() throws SQLException {
        return instant("select clock_timestamp()");
    }

    private Instant instant(String sql) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return instant(connection, sql);
        }
    }

    private static Instant instant(Connection connection, String sql) throws SQLException {
        try (var row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getObject(1, OffsetDateTime.class).toInstant();
        }
    }

    /** Runs the statement in a transaction that is rolled back whatever happens: a schema that let it through changes nothing. */
    private void execute(String sql) throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                connection.createStatement().execute(sql);
            } finally {
                connection.rollback();
            }
        }
    }
}
