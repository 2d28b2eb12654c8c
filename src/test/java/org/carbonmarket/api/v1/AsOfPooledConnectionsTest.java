package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonmarket.testsupport.Curation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Current and as-of reads interleaved on the same pooled connection. The JDBC driver prepares a statement on
 * the server after a few executions and keeps it per connection; as-of reads run the same SQL with another
 * search path, so a statement whose result columns depended on the path broke every later read on it.
 * With two connections in the pool, one of them held by the data-version reader, every read of this test
 * shares one connection.
 */
@QuarkusTest
@TestProfile(AsOfPooledConnectionsTest.OneConnection.class)
class AsOfPooledConnectionsTest {

    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2");
        }
    }

    /** More than the driver's prepare threshold (5), for both kinds of read. */
    private static final int ROUNDS = 8;

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/facts",
            "/api/v1/facts?q=carbon",
            "/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3",
            "/api/v1/metrics",
            "/api/v1/metrics/ets.price.close-year-end",
            "/api/v1/metrics/ets.price.close-year-end/facts",
            "/api/v1/metrics/ets.price.close-year-end/series",
            "/api/v1/metrics/ets.price.close-year-end/series/latest",
            "/api/v1/metrics/ets.price.close-year-end/revisions",
            "/api/v1/sources",
            "/api/v1/sources/mee-qiushi-ecological-civilization",
            "/api/v1/sources/mee-qiushi-ecological-civilization/facts",
            "/api/v1/markets",
            "/api/v1/markets/cn-ets",
            "/api/v1/topics",
            "/api/v1/imports"})
    void answersCurrentAndAsOfReadsAlternatelyOnOneConnection(String path) {
        Instant past = Instant.now();
        for (int round = 0; round < ROUNDS; round++) {
            Curation.newSource(); // a new data version, so that the reads reach the database rather than a kept answer
            given().when().get(path).then().statusCode(200);
            given().queryParam("asOf", past.toString()).when().get(path).then().statusCode(200);
        }
    }

    @Inject
    AgroalDataSource database;

    @ParameterizedTest
    @ValueSource(strings = {"source", "metric", "fact"})
    void givesEachAsOfViewTheColumnsOfItsTable(String table) throws SQLException {
        assertEquals(columns("public", table), columns("asof", table));
    }

    private List<String> columns(String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var connection = database.getConnection();
                var statement = connection.prepareStatement("""
                        select column_name || ' ' || data_type from information_schema.columns
                        where table_schema = ? and table_name = ? order by ordinal_position""")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
