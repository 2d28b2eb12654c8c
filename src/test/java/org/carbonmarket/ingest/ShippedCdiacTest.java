package org.carbonmarket.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.carbonmarket.testsupport.WithCdiac;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run command serves CDIAC-FF's every nation from the first start; a later start skips the files it loaded while
 * they are unchanged, and adds nothing.
 */
@QuarkusTest
@TestProfile(WithCdiac.class)
class ShippedCdiacTest {

    @Inject
    DatasetLoader loader;

    @Inject
    DatasetLoadRepository loads;

    @ParameterizedTest
    @ValueSource(strings = {"CN", "SUHH", "XPAK", "CSHH"})
    void servesEveryNationFromTheFirstStart(String code) throws IOException {
        List<String[]> lines = linesOf(code);
        given().queryParam("region", code).queryParam("size", 1).when().get("/api/v1/metrics/emissions.fossil-co2.total/series")
                .then().statusCode(200)
                .body("totalElements", equalTo(lines.size()))
                .body("items[0].period.start", equalTo(lines.get(0)[0] + "-01-01"));
        assertTrue(loads.checksum(DatasetLoader.CDIAC).isPresent(), "the load is recorded with its checksum");
    }

    @Test
    void skipsUnchangedFilesAtALaterStart() {
        long before = facts();
        loader.onStart(null);
        assertEquals(before, facts(), "a later start adds nothing");
    }

    private static long facts() {
        return given().queryParam("size", 1).when().get("/api/v1/facts").then().statusCode(200)
                .extract().<Number>path("totalElements").longValue();
    }

    /** The file's lines of the entities the catalogue serves under this code that give a total, earliest first. */
    private static List<String[]> linesOf(String code) throws IOException {
        try (InputStream in = ShippedCdiacTest.class.getResourceAsStream("/" + DatasetLoader.CDIAC)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(",", -1))
                    .filter(cells -> code.equals(CdiacProfile.REGIONS.get(cells[1])) && !cells[2].isEmpty())
                    .sorted(Comparator.comparing(cells -> cells[0])).toList();
        }
    }
}
