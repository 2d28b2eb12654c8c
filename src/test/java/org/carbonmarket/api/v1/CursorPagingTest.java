package org.carbonmarket.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.carbonmarket.testsupport.Curation;
import org.carbonmarket.testsupport.Datasets;
import org.carbonmarket.testsupport.Pagination;
import org.carbonmarket.testsupport.Problems;
import org.carbonmarket.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cursors walk every collection in its order, forwards and backwards, with nothing repeated or skipped, also while
 * facts are added between pages; a cursor that was altered or given for another query is a 400.
 */
@QuarkusTest
class CursorPagingTest {

    private static final String ARTICLE = "mee-qiushi-ecological-civilization";

    @Inject
    AgroalDataSource dataSource;

    /** Every item's field of a collection, read by page numbers, 100 at a time: what the cursors' walks must give. */
    private static List<String> byNumber(String path, String field) {
        List<String> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        int pages = given().urlEncodingEnabled(false).when().get(path + separator + "size=100").then().statusCode(200)
                .extract().path("totalPages");
        for (int page = 1; page <= Math.max(1, pages); page++) {
            items.addAll(given().urlEncodingEnabled(false).when().get(path + separator + "size=100&page=" + page)
                    .then().statusCode(200).extract().<List<String>>path("items." + field));
        }
        return items;
    }

    /** The collection walked by next links from the first page, and by prev links from the last one. */
    private static void walksBothWays(String path, String field, int size) {
        List<String> expected = byNumber(path, field);
        String separator = path.contains("?") ? "&" : "?";
        String first = path + separator + "size=" + size;
        assertEquals(expected, Pagination.walk(first, "next", field), "forwards");
        String last = Pagination.link(given().urlEncodingEnabled(false).when().get(first).then().extract().header("Link"), "last");
        assertEquals(expected, Pagination.walk(last, "prev", field), "backwards");
        assertTrue(expected.size() > size, "the walk crosses pages: " + expected.size());
    }

    @ParameterizedTest(name = "sort={0}")
    @ValueSource(strings = {"metric", "-metric", "period", "-period", "value", "-value", "region", "-region", "source",
            "updated", "-updated", "-period,value", "relevance&q=carbon", "-relevance&q=forest%20OR%20carbon"})
    void walksFactsInEverySortOrder(String sort) {
        walksBothWays("/api/v1/facts?source=" + ARTICLE + "&sort=" + sort, "id", 7);
    }

    @Test
    void walksSearchResultsInRelevanceOrder() {
        walksBothWays("/api/v1/facts?q=carbon%20market", "id", 5);
    }

    @Test
    void walksEveryOtherCollection() {
        walksBothWays("/api/v1/metrics", "code", 9);
        walksBothWays("/api/v1/sources", "id", 4);
        walksBothWays("/api/v1/topics", "code", 2);
        walksBothWays("/api/v1/regions", "code", 40);
        walksBothWays("/api/v1/markets", "id", 3);
        walksBothWays("/api/v1/metrics/ets.price.close-year-end/facts", "id", 1);
        walksBothWays("/api/v1/sources/" + ARTICLE + "/facts", "id", 11);
    }

    @Test
    void walksASeriesAndItsRevisions() {
        String source = Curation.newSource();
        String fact = Curation.newFact(source, "80");
        for (String value : List.of("81", "82", "83")) {
            long version = given().when().get("/api/v1/facts/" + fact).then().extract().<Integer>path("version");
            given().header(Tokens.authorization("alice")).contentType("application/json").header("If-Match", "\"" + version + "\"")
                    .body(Curation.factBody(source, value, "revised to " + value)).when().put("/api/v1/facts/" + fact)
                    .then().statusCode(200);
        }
        walksBothWays("/api/v1/facts/" + fact + "/revisions", "comment", 1);
        walksBothWays("/api/v1/metrics/ets.price.close-year-end/series?region=CN", "factId", 1);
    }

    @Test
    void neitherRepeatsNorSkipsAFactWhenFactsAreAddedBetweenPages() {
        String source = Curation.newSource();
        List<String> before = new ArrayList<>();
        for (int year = 2001; year <= 2010; year++) {
            before.add(factOfYear(source, year));
        }
        String path = "/api/v1/facts?source=" + source + "&sort=period&size=3";
        var first = given().urlEncodingEnabled(false).when().get(path).then().statusCode(200).extract();
        List<String> walked = new ArrayList<>(first.<List<String>>path("items.id"));
        String earlier = factOfYear(source, 2000); // sorts before the cursor: not in this walk
        String later = factOfYear(source, 2011); // sorts after it: in the walk, once
        walked.addAll(Pagination.walk(Pagination.link(first.header("Link"), "next"), "next", "id"));

        assertEquals(walked.size(), new HashSet<>(walked).size(), "no fact twice: " + walked);
        List<String> expected = new ArrayList<>(before);
        expected.add(later);
        assertEquals(expected, walked);
        assertTrue(!walked.contains(earlier));
    }

    private static String factOfYear(String source, int year) {
        return given().header(Tokens.authorization("alice")).contentType("application/json")
                .body(Curation.factBody(source, "50", "year " + year).replace("2024", String.valueOf(year)))
                .when().post("/api/v1/facts").then().statusCode(201).extract().path("id");
    }

    @Test
    void refusesAnAlteredCursor() {
        String next = nextCursor("/api/v1/facts?source=" + ARTICLE + "&size=5");
        String payload = new String(Base64.getUrlDecoder().decode(next.substring(0, next.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("\"b\":false", "\"b\":true")
                .getBytes(StandardCharsets.UTF_8)) + next.substring(next.indexOf('.'));
        for (String cursor : List.of(forged, next.substring(0, next.length() - 2), "abc", "a.b", ".", next + "x")) {
            Problems.isProblem(given().queryParam("source", ARTICLE).queryParam("cursor", cursor).when().get("/api/v1/facts").then(), 400)
                    .body("errors[0].field", equalTo("cursor"))
                    .body("errors[0].message", equalTo("is not a cursor this API gave: use the next or prev link of a page as it is"));
        }
    }

    @Test
    void refusesACursorOfAnotherQueryOrAnEarlierFormat() throws Exception {
        String next = nextCursor("/api/v1/facts?source=" + ARTICLE + "&size=5");
        String stale = "was given for another query (path, filters or sort) or an earlier version of this API: start again from the first page";
        for (String query : List.of("source=" + ARTICLE + "&sort=value", "topic=air", "source=" + ARTICLE + "&asOf=2026-01-01T00:00:00Z")) {
            Problems.isProblem(given().urlEncodingEnabled(false).when().get("/api/v1/facts?" + query + "&cursor=" + next).then(), 400)
                    .body("errors[0].field", equalTo("cursor")).body("errors[0].message", equalTo(stale));
        }
        Problems.isProblem(given().queryParam("cursor", next).when().get("/api/v1/metrics").then(), 400)
                .body("errors[0].message", equalTo(stale));
        // Signed with the database's key, but of another format: a cursor of an earlier release.
        String payload = new String(Base64.getUrlDecoder().decode(next.substring(0, next.indexOf('.'))), StandardCharsets.UTF_8)
                .replace("{\"v\":1,", "{\"v\":0,");
        Problems.isProblem(given().queryParam("source", ARTICLE).queryParam("cursor", signed(payload)).when().get("/api/v1/facts").then(), 400)
                .body("errors[0].message", equalTo(stale));
        // The same cursor with another page size is the same query.
        given().queryParam("source", ARTICLE).queryParam("size", 9).queryParam("cursor", next).when().get("/api/v1/facts")
                .then().statusCode(200).body("page", nullValue()).body("size", equalTo(9));
    }

    @Test
    void takesAPageNumberOrACursorNotBoth() {
        String next = nextCursor("/api/v1/facts?source=" + ARTICLE + "&size=5");
        Problems.isProblem(given().queryParam("source", ARTICLE).queryParam("size", 5).queryParam("page", 2)
                .queryParam("cursor", next).when().get("/api/v1/facts").then(), 400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void reachesPagesBeyondTenThousandItemsOnlyByCursor() {
        Problems.isProblem(given().queryParam("page", 101).queryParam("size", 100).when().get("/api/v1/facts").then(), 400)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("reaches beyond item 10000 (page × size): follow the next link's cursor "
                        + "from an earlier page instead"));
        given().queryParam("page", 100).queryParam("size", 100).when().get("/api/v1/facts").then().statusCode(200);
    }

    @Test
    void countsExactlyBelowTheBound() {
        int facts = Datasets.factsOf(ARTICLE).size();
        var answer = given().queryParam("source", ARTICLE).queryParam("size", 10).when().get("/api/v1/facts").then().statusCode(200)
                .body("totalElements", equalTo(facts)).body("totalRelation", equalTo("eq")).body("prevCursor", nullValue())
                .extract();
        assertNull(Pagination.link(answer.header("Link"), "prev"));
        assertEquals(answer.<String>path("nextCursor"), Pagination.link(answer.header("Link"), "next").replaceAll(".*cursor=", ""));
    }

    private static String nextCursor(String path) {
        return given().urlEncodingEnabled(false).when().get(path).then().statusCode(200).extract().path("nextCursor");
    }

    private String signed(String payload) throws Exception {
        byte[] secret;
        try (var connection = dataSource.getConnection(); var row = connection.createStatement().executeQuery("select secret from cursor_key")) {
            row.next();
            secret = row.getBytes(1);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(bytes) + "." + encoder.encodeToString(Arrays.copyOf(mac.doFinal(bytes), 16));
    }
}
