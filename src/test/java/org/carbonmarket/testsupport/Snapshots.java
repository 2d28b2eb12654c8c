package org.carbonmarket.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/** What snapshot tests share: the latest snapshot, a manifest, and waiting for the database's clock to pass an instant. */
public final class Snapshots {

    private Snapshots() {
    }

    /** The latest snapshot's instant, which its dated address names too. */
    public static Instant latest() {
        var answer = given().when().get("/api/v1/snapshots/latest").then().statusCode(200)
                .header("Cache-Control", "no-store").extract();
        Instant at = Instant.parse(answer.path("asOf"));
        assertEquals("/api/v1/snapshots/" + at, answer.header("Content-Location"));
        return at;
    }

    public static JsonPath manifest(Instant at) {
        return given().when().get("/api/v1/snapshots/" + at).then().statusCode(200).extract().jsonPath();
    }

    /** Returns once the database's clock has passed the instant: snapshots are fixed by that clock, not this JVM's. */
    public static void awaitDatabaseClock(DataSource dataSource, Instant instant) throws SQLException {
        try (var connection = dataSource.getConnection();
                var wait = connection.prepareStatement("select pg_sleep(greatest(0, extract(epoch from (cast(? as timestamptz) - clock_timestamp()))))")) {
            wait.setString(1, instant.toString());
            wait.execute();
        }
    }
}
