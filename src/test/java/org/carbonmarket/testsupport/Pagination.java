package org.carbonmarket.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks of paged collections by their Link headers, as a client follows them. */
public final class Pagination {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"([a-z]+)\"");

    private Pagination() {
    }

    /** The target of the link with this relation, or {@code null}. */
    public static String link(String header, String rel) {
        Matcher link = LINK.matcher(header == null ? "" : header);
        while (link.find()) {
            if (link.group(2).equals(rel)) {
                return link.group(1);
            }
        }
        return null;
    }

    /** The ids of the items of the page at {@code url} (a path with its query, or a link's whole address). */
    public static List<String> ids(String url) {
        return given().urlEncodingEnabled(false).when().get(url).then().statusCode(200).extract().path("items.id");
    }

    /** Every item's {@code field}, page after page, following {@code rel} links from {@code url} until there is none. */
    public static List<String> walk(String url, String rel, String field) {
        List<String> items = new ArrayList<>();
        String next = url;
        for (int pages = 0; next != null; pages++) {
            if (pages > 10_000) {
                throw new AssertionError("the walk does not end");
            }
            var answer = given().urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract();
            List<String> page = answer.path("items." + field);
            if (rel.equals("prev")) {
                items.addAll(0, page);
            } else {
                items.addAll(page);
            }
            next = link(answer.header("Link"), rel);
        }
        return items;
    }
}
