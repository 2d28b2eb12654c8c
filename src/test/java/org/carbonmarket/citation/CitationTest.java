package org.carbonmarket.citation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.carbonmarket.testsupport.Datasets;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

/**
 * Citations of sources and facts in BibTeX, RIS and CSL-JSON, read back by the parsers reference managers use
 * (jbibtex; citeproc-java's RIS and CSL-JSON readers), with the fields the shipped datasets give.
 */
@QuarkusTest
class CitationTest {

    /** A source with a publication date to the day, an outlet, and an address of its own, where it was read. */
    private static final String DATED = "caixin-2024-11-06-china-carbon-watch";
    /** The article: no known publication date, read in a republication. */
    private static final String ARTICLE = "mee-qiushi-ecological-civilization";

    @Test
    void citesASourceInBibTeX() throws Exception {
        var source = Datasets.source(DATED);
        BibTeXEntry entry = bibtex("/api/v1/sources/" + DATED);
        assertEquals(DATED, entry.getKey().getValue());
        assertEquals(source.get("title").asText(), field(entry, BibTeXEntry.KEY_TITLE));
        assertEquals(source.get("publisher").asText(), field(entry, BibTeXEntry.KEY_PUBLISHER));
        assertEquals(source.get("published").get("on").asText().substring(0, 4), field(entry, BibTeXEntry.KEY_YEAR));
        assertEquals(source.get("url").asText(), field(entry, BibTeXEntry.KEY_URL));
        assertTrue(!field(entry, BibTeXEntry.KEY_NOTE).contains("republication"));
        assertTrue(field(entry, BibTeXEntry.KEY_NOTE).contains("Data: /api/v1/sources/" + DATED));
    }

    @Test
    void leavesOutADateThatIsNotKnownAndNamesTheRepublicationRead() throws Exception {
        var source = Datasets.source(ARTICLE);
        BibTeXEntry entry = bibtex("/api/v1/sources/" + ARTICLE);
        assertNull(entry.getField(BibTeXEntry.KEY_YEAR));
        assertEquals(source.get("retrievedFrom").asText(), field(entry, BibTeXEntry.KEY_URL));
        assertEquals("Qiushi", field(entry, BibTeXEntry.KEY_JOURNAL));
        assertTrue(field(entry, BibTeXEntry.KEY_NOTE).contains("read in the republication at " + source.get("retrievedFrom").asText()));

        RISReference ris = ris("/api/v1/sources/" + ARTICLE);
        assertNull(ris.getYear());
        assertEquals(source.get("retrievedFrom").asText(), ris.getURL());
    }

    @Test
    void citesAFactInRisWithItsLocator() throws Exception {
        String id = given().queryParam("source", DATED).queryParam("size", 1).when().get("/api/v1/facts")
                .then().statusCode(200).extract().path("items[0].id");
        String locator = given().when().get("/api/v1/facts/" + id).then().extract().path("locator");
        RISReference reference = ris("/api/v1/facts/" + id);
        assertEquals(RISType.MGZN, reference.getType());
        assertEquals(id, reference.getId());
        assertEquals(Datasets.source(DATED).get("title").asText(), reference.getTitle());
        assertArrayEquals(new String[] {Datasets.source(DATED).get("publisher").asText()}, reference.getAuthors());
        assertTrue(reference.getNotes()[0].startsWith(locator + ". "), reference.getNotes()[0]);
    }

    @Test
    void citesInCslJsonWithTheDateToItsPrecision() throws Exception {
        var source = Datasets.source(DATED);
        String json = given().accept(Citation.CSL_JSON).when().get("/api/v1/sources/" + DATED).then().statusCode(200)
                .contentType(Citation.CSL_JSON).extract().asString();
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        @SuppressWarnings("unchecked")
        CSLItemData item = CSLItemData.fromJson((Map<String, Object>) items.get(0));
        assertEquals(source.get("title").asText(), item.getTitle());
        assertEquals(source.get("publisher").asText(), item.getAuthor()[0].getLiteral());
        String[] day = source.get("published").get("on").asText().split("-");
        assertArrayEquals(new int[][] {{Integer.parseInt(day[0]), Integer.parseInt(day[1]), Integer.parseInt(day[2])}},
                item.getIssued().getDateParts());
    }

    @Test
    void answersJsonUnlessACitationIsAskedFor() {
        given().when().get("/api/v1/sources/" + DATED).then().statusCode(200).contentType("application/json");
        given().accept("text/plain").when().get("/api/v1/sources/" + DATED).then().statusCode(406);
        given().accept(Citation.BIBTEX).when().get("/api/v1/sources/no-such-source").then().statusCode(404);
    }

    private static BibTeXEntry bibtex(String path) throws Exception {
        String text = given().accept(Citation.BIBTEX).when().get(path).then().statusCode(200).contentType(Citation.BIBTEX)
                .extract().asString();
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(text));
        assertEquals(1, database.getEntries().size(), text);
        return database.getEntries().values().iterator().next();
    }

    private static String field(BibTeXEntry entry, Key key) {
        return entry.getField(key).toUserString().replace("\\", "");
    }

    private static RISReference ris(String path) throws Exception {
        String text = given().accept(Citation.RIS).when().get(path).then().statusCode(200).contentType(Citation.RIS)
                .extract().asString();
        List<RISReference> references = new RISParser().parse(new StringReader(text)).getReferences();
        assertEquals(1, references.size(), text);
        return references.get(0);
    }
}
