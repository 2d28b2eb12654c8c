package org.carbonmarket.api.v1.openapi;

/** Examples of the import operations, drawn from the shipped data. */
public final class ImportExamples {

    private ImportExamples() {
    }

    public static final String DATASET = """
            {
              "topics": [],
              "sources": [{
                "id": "mee-qiushi-ecological-civilization",
                "title": "Accurately grasp the major relationships that need to be handled well to promote the construction of ecological civilization on the new journey",
                "publisher": "Ministry of Ecology and Environment of the People's Republic of China",
                "outlet": "Qiushi",
                "published": {"on": null, "precision": "unknown"},
                "language": "en",
                "retrievedFrom": "http://www.carbon.kcomber.com/en/news/11b1e97d-4bd7-4289-b114-3a398f1493ae",
                "regions": ["CN", "CN-BJ", "CN-JS", "CN-ZJ"]
              }],
              "metrics": [{
                "code": "land.forest-coverage",
                "name": "Forest coverage rate",
                "description": "Forest area as a share of the land area.",
                "topic": "land-and-ecosystems",
                "unit": "%",
                "kind": "share"
              }],
              "facts": [{
                "metric": "land.forest-coverage",
                "source": "mee-qiushi-ecological-civilization",
                "value": 24.02,
                "unit": "%",
                "qualifier": "exact",
                "roundedTo": 0.01,
                "region": "CN",
                "time": "state",
                "period": {"start": "2022-01-01", "end": "2023-12-31", "precision": "year",
                           "label": "the article's present (2022-2023); the article states no date", "inferred": true,
                           "basis": "The article states no date; it reports its own present and cites the July 2023 National Conference on Ecological and Environmental Protection, so this state describes 2022-2023."},
                "quote": "A total of 1.02 billion mu of forests have been planted, and the forest coverage rate has increased to 24.02%, making it the country with the largest and fastest growth of forest resources and the largest area of artificial afforestation in the world.",
                "locator": "Part 3, paragraph 3"
              }]
            }
            """;

    public static final String REPORT = """
            {"id": "5f0c1d8e-1c7a-4d0e-9a43-7b0f9c1e2d3a", "dryRun": false, "format": "CSV", "profile": "cdiac-fossil-co2",
             "comment": "China's fossil-fuel CO2 emissions 1899-2020 from CDIAC-FF", "createdBy": "alice",
             "createdAt": "2026-11-30T10:00:00Z", "rowsRead": 18769, "created": 843, "updated": 0, "unchanged": 0,
             "rejected": 0, "errors": []}""";

    public static final String REPORT_PAGE = "{\"items\": [" + REPORT + "], \"page\": 1, \"size\": 20, \"totalElements\": 1, \"totalPages\": 1}";

    public static final String DRY_RUN = """
            {"id": null, "dryRun": true, "format": "JSON", "profile": null, "comment": "Check before importing",
             "createdBy": "alice", "createdAt": null, "rowsRead": 3, "created": 0, "updated": 1, "unchanged": 2,
             "rejected": 0, "errors": []}""";

    public static final String REJECTED = """
            {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
             "detail": "1 row(s) rejected; nothing was imported", "instance": "/api/v1/imports",
             "report": {"id": null, "dryRun": false, "format": "CSV", "profile": null, "comment": "2024 ETS figures",
                        "createdBy": "alice", "createdAt": null, "rowsRead": 2, "created": 0, "updated": 0, "unchanged": 0,
                        "rejected": 1,
                        "errors": [{"line": 3, "entry": null, "reasons": ["qualifier: must be one of exact, about, more_than, at_least, less_than, up_to"]}]}}""";

    public static final String REPORT_CSV = """
            id,dryRun,format,profile,comment,createdBy,createdAt,rowsRead,created,updated,unchanged,rejected,errors
            5f0c1d8e-1c7a-4d0e-9a43-7b0f9c1e2d3a,false,CSV,cdiac-fossil-co2,China's fossil-fuel CO2 emissions 1899-2020 from CDIAC-FF,alice,2026-11-30T10:00:00Z,18769,843,0,0,0,[]
            """;
}
