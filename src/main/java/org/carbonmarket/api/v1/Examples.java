package org.carbonmarket.api.v1;

/** Realistic examples for the OpenAPI document, all drawn from the shipped data. */
final class Examples {

    private Examples() {
    }

    static final String FACT_ID = "49180144-1ba0-3797-ba31-a37e5193bde3";

    static final String FACT = """
            {
              "id": "49180144-1ba0-3797-ba31-a37e5193bde3",
              "metric": {"code": "ets.coverage.annual-emissions",
                         "name": "Annual CO2 emissions covered by the national carbon market"},
              "topic": "carbon-market",
              "value": 4500000000,
              "valueText": null,
              "unit": "t CO2/year",
              "qualifier": "about",
              "region": "CN",
              "period": {"start": "2021-01-01", "end": null, "precision": "year",
                         "label": "since the national market's launch; the article states no year"},
              "baseline": null,
              "source": {"id": "mee-qiushi-ecological-civilization",
                         "title": "Accurately grasp the major relationships that need to be handled well to promote the construction of ecological civilization on the new journey"},
              "quote": "We will improve the statistical accounting system for carbon emissions, improve the carbon emission market trading system, and launch and stabilize the world's largest carbon market, covering about 4.5 billion tons of carbon dioxide emissions annually.",
              "locator": "Part 5 (\\"handle the relationship between the \\"dual carbon\\" commitment and independent action\\"), paragraph 2",
              "note": "The period starts in 2021, the year the national market opened for trading; the article itself gives no year.",
              "status": "published",
              "retiredReason": null,
              "version": 0,
              "createdAt": "2026-11-30T09:00:00Z",
              "updatedAt": "2026-11-30T09:00:00Z",
              "conversion": null
            }""";

    static final String FACT_PAGE = "{\"items\": [" + FACT + "], \"page\": 1, \"size\": 1, \"totalElements\": 2, \"totalPages\": 2}";

    static final String METRIC = """
            {
              "code": "land.forest-coverage",
              "name": "Forest coverage rate",
              "description": "Forest area as a share of the land area.",
              "topic": "land-and-ecosystems",
              "unit": "%",
              "kind": "share",
              "status": "published",
              "version": 0,
              "createdAt": "2026-11-30T09:00:00Z",
              "updatedAt": "2026-11-30T09:00:00Z"
            }""";

    static final String METRIC_PAGE = "{\"items\": [" + METRIC + "], \"page\": 1, \"size\": 20, \"totalElements\": 1, \"totalPages\": 1}";

    static final String SOURCE = """
            {
              "id": "mee-qiushi-ecological-civilization",
              "title": "Accurately grasp the major relationships that need to be handled well to promote the construction of ecological civilization on the new journey",
              "publisher": "Ministry of Ecology and Environment of the People's Republic of China",
              "outlet": "Qiushi",
              "publishedOn": null,
              "publishedPrecision": "unknown",
              "language": "en",
              "url": null,
              "retrievedFrom": "http://www.carbon.kcomber.com/en/news/11b1e97d-4bd7-4289-b114-3a398f1493ae",
              "licence": "Text by the Ministry of Ecology and Environment, first published in Qiushi; quoted here for citation only.",
              "regions": ["CN", "CN-BJ", "CN-JS", "CN-ZJ"],
              "note": "The publication date is not stated; the article cannot be earlier than 2023-10-12.",
              "status": "published",
              "version": 0,
              "createdAt": "2026-11-30T09:00:00Z",
              "updatedAt": "2026-11-30T09:00:00Z"
            }""";

    static final String SOURCE_PAGE = "{\"items\": [" + SOURCE + "], \"page\": 1, \"size\": 20, \"totalElements\": 1, \"totalPages\": 1}";

    static final String TOPIC_PAGE = """
            {"items": [{"code": "air", "name": "Air",
                        "description": "Air quality: fine particulate matter, polluted days, good-air days."}],
             "page": 1, "size": 1, "totalElements": 11, "totalPages": 11}""";

    static final String BAD_REQUEST = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "2 invalid field(s) or parameter(s)", "instance": "/api/v1/facts",
             "errors": [{"field": "size", "message": "must be an integer between 1 and 100"},
                        {"field": "sort", "message": "unknown sort field 'colour'; sortable: period, value, metric, region, source, updated"}]}""";

    static final String NOT_FOUND = """
            {"type": "about:blank", "title": "Not Found", "status": 404,
             "detail": "fact 'a3b1a8a5-3f44-3d1b-9a7e-0c5e6a7e7d11' does not exist",
             "instance": "/api/v1/facts/a3b1a8a5-3f44-3d1b-9a7e-0c5e6a7e7d11"}""";

    static final String NOT_ACCEPTABLE = """
            {"type": "about:blank", "title": "Not Acceptable", "status": 406,
             "detail": "This resource cannot answer in any media type that the Accept header allows.",
             "instance": "/api/v1/facts"}""";

    static final String SERVER_ERROR = """
            {"type": "about:blank", "title": "Internal Server Error", "status": 500,
             "detail": "The server failed to answer; the failure has been logged.", "instance": "/api/v1/facts"}""";

    static final String FACT_REQUEST = """
            {
              "metric": "ets.coverage.annual-emissions",
              "source": "mee-qiushi-ecological-civilization",
              "value": 4500000000,
              "unit": "t CO2/year",
              "qualifier": "about",
              "region": "CN",
              "period": {"start": "2021-01-01", "end": null, "precision": "year",
                         "label": "since the national market's launch; the article states no year"},
              "quote": "We will improve the statistical accounting system for carbon emissions, improve the carbon emission market trading system, and launch and stabilize the world's largest carbon market, covering about 4.5 billion tons of carbon dioxide emissions annually.",
              "locator": "Part 5, paragraph 2",
              "comment": "Entered from the article"
            }""";

    static final String METRIC_REQUEST = """
            {
              "code": "ets.price.close-year-end",
              "name": "Closing price on the last trading day of the year",
              "description": "Closing price of national carbon emission allowances (CEA) on the year's last trading day.",
              "topic": "carbon-market",
              "unit": "CNY/t",
              "kind": "quantity",
              "comment": "New series for the national ETS"
            }""";

    static final String SOURCE_REQUEST = """
            {
              "id": "xinhua-2025-01-03-ets",
              "title": "National carbon market: 2024 trading figures",
              "publisher": "Xinhua News Agency",
              "published": {"on": "2025-01-03", "precision": "day"},
              "language": "zh",
              "retrievedFrom": "https://weikugw.cn/qiche/2025/29658.html",
              "regions": ["CN"],
              "comment": "Source of the 2024 ETS figures"
            }""";

    static final String RETIRE_REQUEST = """
            {"reason": "Superseded by the ministry's corrected release"}""";

    static final String REVISION_PAGE = """
            {"items": [
              {"version": 0, "action": "created", "at": "2026-11-30T09:00:00Z", "by": "dataset:datasets/qiushi-article.json",
               "comment": "loaded from the shipped dataset datasets/qiushi-article.json",
               "changes": [{"field": "unit", "before": null, "after": "t CO2/year"}]},
              {"version": 1, "action": "updated", "at": "2026-12-01T10:30:00Z", "by": "alice",
               "comment": "Clarified the period label", "changes": [{"field": "periodLabel",
               "before": "since the national market's launch; the article states no year",
               "after": "since the national market's launch in 2021; the article states no year"}]}],
             "page": 1, "size": 20, "totalElements": 2, "totalPages": 1}""";

    static final String FACT_CSV = "TODO";
    static final String METRIC_CSV = "TODO";
    static final String SOURCE_CSV = "TODO";
    static final String TOPIC_CSV = "TODO";
    static final String SERIES_CSV = "TODO";
    static final String SERIES_PAGE = "TODO";
    static final String SERIES_POINT = "TODO";
    static final String MARKET = "TODO";
    static final String MARKET_PAGE = "TODO";
    static final String MARKET_CSV = "TODO";
}
