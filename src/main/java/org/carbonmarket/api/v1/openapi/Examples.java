package org.carbonmarket.api.v1.openapi;

/** Realistic examples for the OpenAPI document, all drawn from the shipped data. */
public final class Examples {

    private Examples() {
    }

    public static final String FACT_ID = "49180144-1ba0-3797-ba31-a37e5193bde3";

    public static final String FACT = """
            {
              "id": "49180144-1ba0-3797-ba31-a37e5193bde3",
              "metric": {"code": "ets.coverage.annual-emissions",
                         "name": "Annual CO2 emissions covered by the national carbon market"},
              "topic": "carbon-market",
              "value": 4500000000,
              "valueText": null,
              "unit": "t CO2/year",
              "qualifier": "about",
              "roundedTo": 100000000,
              "region": "CN",
              "time": "state",
              "period": {"start": "2022-01-01", "end": "2023-12-31", "precision": "year",
                         "label": "the article's present (2022-2023); the article states no date", "inferred": true,
                         "basis": "The article states no date; it reports its own present and cites the July 2023 National Conference on Ecological and Environmental Protection, so this state describes 2022-2023."},
              "baseline": null,
              "scope": null,
              "source": {"id": "mee-qiushi-ecological-civilization",
                         "title": "Accurately grasp the major relationships that need to be handled well to promote the construction of ecological civilization on the new journey"},
              "quote": "We will improve the statistical accounting system for carbon emissions, improve the carbon emission market trading system, and launch and stabilize the world's largest carbon market, covering about 4.5 billion tons of carbon dioxide emissions annually.",
              "locator": "Part 5 (\\"handle the relationship between the \\"dual carbon\\" commitment and independent action\\"), paragraph 2",
              "note": null,
              "status": "published",
              "retiredReason": null,
              "version": 0,
              "createdAt": "2026-11-30T09:00:00Z",
              "updatedAt": "2026-11-30T09:00:00Z"
            }""";

    public static final String FACT_PAGE = "{\"items\": [" + FACT + "], \"page\": 1, \"size\": 1, \"totalElements\": 2, \"totalPages\": 2}";

    public static final String METRIC = """
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

    public static final String METRIC_PAGE = "{\"items\": [" + METRIC + "], \"page\": 1, \"size\": 20, \"totalElements\": 1, \"totalPages\": 1}";

    public static final String SOURCE = """
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

    public static final String SOURCE_PAGE = "{\"items\": [" + SOURCE + "], \"page\": 1, \"size\": 20, \"totalElements\": 1, \"totalPages\": 1}";

    public static final String TOPIC_PAGE = """
            {"items": [{"code": "air", "name": "Air",
                        "description": "Air quality: fine particulate matter, polluted days, good-air days."}],
             "page": 1, "size": 1, "totalElements": 11, "totalPages": 11}""";

    public static final String REGION = """
            {"code": "SUHH", "system": "iso3166-3", "name": "USSR (Union of Soviet Socialist Republics)", "pinyin": null,
             "validFrom": "1922-12-30", "validTo": "1991-12-26", "predecessors": ["EE", "LV"],
             "successors": ["AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM", "UA", "UZ"],
             "sourceNames": ["USSR"], "note": "ISO 3166-3 (alpha-2 SU withdrawn 1992-08-30)"}""";

    public static final String REGION_PAGE = "{\"items\": [" + REGION + "], \"page\": 1, \"size\": 1, \"totalElements\": 299, "
            + "\"totalPages\": 299}";

    public static final String REGION_CSV = """
            code,system,name,pinyin,validFrom,validTo,predecessors,successors,sourceNames,note
            CN,iso3166-1,China,Zhōngguó,,,,,CHINA (MAINLAND),"CDIAC ""CHINA (MAINLAND)"": mainland China, excluding Hong Kong, Macao and Taiwan"
            """;

    public static final String BAD_REQUEST = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "2 invalid field(s) or parameter(s)", "instance": "/api/v1/facts",
             "errors": [{"field": "size", "message": "must be an integer between 1 and 100"},
                        {"field": "sort", "message": "unknown sort field 'colour'; sortable: period, value, metric, region, source, updated"}]}""";

    public static final String NOT_FOUND = """
            {"type": "about:blank", "title": "Not Found", "status": 404,
             "detail": "fact 'a3b1a8a5-3f44-3d1b-9a7e-0c5e6a7e7d11' does not exist",
             "instance": "/api/v1/facts/a3b1a8a5-3f44-3d1b-9a7e-0c5e6a7e7d11"}""";

    public static final String UNAUTHORIZED = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401,
             "detail": "This operation needs a valid bearer token: signed by the configured issuer, for this audience, not expired.",
             "instance": "/api/v1/facts"}""";

    public static final String FORBIDDEN = """
            {"type": "about:blank", "title": "Forbidden", "status": 403,
             "detail": "This operation needs the curator role, which the token does not grant.", "instance": "/api/v1/facts"}""";

    public static final String CONFLICT = """
            {"type": "about:blank", "title": "Conflict", "status": 409,
             "detail": "source 'mee-qiushi-ecological-civilization' exists already; update it instead",
             "instance": "/api/v1/sources"}""";

    public static final String PRECONDITION_FAILED = """
            {"type": "about:blank", "title": "Precondition Failed", "status": 412,
             "detail": "fact 49180144-1ba0-3797-ba31-a37e5193bde3 is at version 1, not 0; read it again and reapply the change",
             "instance": "/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3"}""";

    public static final String CONTENT_TOO_LARGE = """
            {"type": "about:blank", "title": "Request Entity Too Large", "status": 413,
             "detail": "The request body of 2097152 bytes exceeds the limit of 1048576 bytes.", "instance": "/api/v1/facts"}""";

    public static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
             "detail": "This resource does not accept the request's Content-Type.", "instance": "/api/v1/facts"}""";

    public static final String PRECONDITION_REQUIRED = """
            {"type": "about:blank", "title": "Precondition Required", "status": 428,
             "detail": "This change needs an If-Match header with the ETag of the version it is based on; GET the resource to learn it.",
             "instance": "/api/v1/facts/49180144-1ba0-3797-ba31-a37e5193bde3"}""";

    public static final String TOO_MANY_REQUESTS = """
            {"type": "about:blank", "title": "Too Many Requests", "status": 429,
             "detail": "This client made more than 1200 requests in 60 seconds; retry after 17 seconds.", "instance": "/api/v1/facts"}""";

    public static final String SERVICE_UNAVAILABLE = """
            {"type": "about:blank", "title": "Service Unavailable", "status": 503,
             "detail": "The database cannot be reached; nothing was changed. Retry shortly.", "instance": "/api/v1/facts"}""";

    public static final String NOT_ACCEPTABLE = """
            {"type": "about:blank", "title": "Not Acceptable", "status": 406,
             "detail": "This resource cannot answer in any media type that the Accept header allows.",
             "instance": "/api/v1/facts"}""";

    public static final String SERVER_ERROR = """
            {"type": "about:blank", "title": "Internal Server Error", "status": 500,
             "detail": "The server failed to answer; the failure has been logged.", "instance": "/api/v1/facts"}""";

    public static final String FACT_REQUEST = """
            {
              "metric": "ets.coverage.annual-emissions",
              "source": "mee-qiushi-ecological-civilization",
              "value": 4500000000,
              "unit": "t CO2/year",
              "qualifier": "about",
              "roundedTo": 100000000,
              "region": "CN",
              "time": "state",
              "period": {"start": "2022-01-01", "end": "2023-12-31", "precision": "year",
                         "label": "the article's present (2022-2023); the article states no date", "inferred": true,
                         "basis": "The article states no date; it reports its own present and cites the July 2023 National Conference on Ecological and Environmental Protection, so this state describes 2022-2023."},
              "quote": "We will improve the statistical accounting system for carbon emissions, improve the carbon emission market trading system, and launch and stabilize the world's largest carbon market, covering about 4.5 billion tons of carbon dioxide emissions annually.",
              "locator": "Part 5, paragraph 2",
              "comment": "Entered from the article"
            }""";

    public static final String METRIC_REQUEST = """
            {
              "code": "ets.price.close-year-end",
              "name": "Closing price on the last trading day of the year",
              "description": "Closing price of national carbon emission allowances (CEA) on the year's last trading day.",
              "topic": "carbon-market",
              "unit": "CNY/t",
              "kind": "quantity",
              "comment": "New series for the national ETS"
            }""";

    public static final String SOURCE_REQUEST = """
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

    public static final String RETIRE_REQUEST = """
            {"reason": "Superseded by the ministry's corrected release"}""";

    public static final String REVISION_PAGE = """
            {"items": [
              {"version": 0, "action": "created", "at": "2026-11-30T09:00:00Z", "by": "dataset:datasets/qiushi-article.json",
               "comment": "loaded from the shipped dataset datasets/qiushi-article.json",
               "changes": [{"field": "unit", "before": null, "after": "t CO2/year"}]},
              {"version": 1, "action": "updated", "at": "2026-12-01T10:30:00Z", "by": "alice",
               "comment": "Clarified the period label", "changes": [{"field": "periodLabel",
               "before": "since the national market's launch; the article states no year",
               "after": "since the national market's launch in 2021; the article states no year"}]}],
             "page": 1, "size": 20, "totalElements": 2, "totalPages": 1}""";

    public static final String FACT_CSV = """
            id,metric.code,metric.name,topic,value,valueText,unit,qualifier,region,period.start,period.end,period.precision,period.label,baseline,source.id,source.title,quote,locator,note,status,retiredReason,version,createdAt,updatedAt,conversion.publishedValue,conversion.publishedUnit,conversion.exact
            bb54ef95-08f3-31fd-82bc-c6602c0f2739,ets.price.close-year-end,Closing price on the year's last trading day,carbon-market,54.22,,CNY/t,exact,CN,2021-12-31,2021-12-31,day,2021-12-31,,seee-2021-annual-report,2021 annual report of the national carbon market,"| 7 | closing price, last trading day of 2021 | 54.22 | CNY / t | 2021-12-31 | same | same |","datasets/ets/china-national-ets-facts.md, row 7","The source's own wording was not captured: the quote is this figure's row in the project's compiled table of published national ETS figures (datasets/ets/china-national-ets-facts.md), which names the original publisher and the page where the figure was read.",published,,0,2026-11-30T09:43:36.624147Z,2026-11-30T09:43:36.624147Z,,,
            """;

    public static final String METRIC_CSV = """
            code,name,description,topic,unit,kind,status,version,createdAt,updatedAt
            ccer.relaunch-date,Relaunch of the voluntary emission reduction (CCER) market,Date on which the national voluntary greenhouse gas emission reduction (CCER) market was relaunched.,carbon-market,date,date,published,0,2026-11-30T09:43:36.344562Z,2026-11-30T09:43:36.344562Z
            """;

    public static final String SOURCE_CSV = """
            id,title,publisher,outlet,publishedOn,publishedPrecision,language,url,retrievedFrom,licence,regions,note,status,version,createdAt,updatedAt
            chinanews-2022-ets-closing-price,National carbon market closing price on the last trading day of 2022,China News Service,,,unknown,zh,,m.nu563.cn/tanjiaoyi/2022/1231/93414.html,,"[""CN""]","Title is descriptive: the figures were collected from a republication of the original release, whose address is kept as ""retrieved from"".",published,0,2026-11-30T09:43:36.288200Z,2026-11-30T09:43:36.288200Z
            """;

    public static final String TOPIC_CSV = """
            code,name,description
            air,Air,"Air quality: fine particulate matter, polluted days, good-air days."
            """;

    public static final String SERIES_CSV = """
            period.start,period.end,period.precision,period.label,value,valueText,unit,qualifier,factId,source.id,source.title,conversion.publishedValue,conversion.publishedUnit,conversion.exact
            2021-12-31,2021-12-31,day,2021-12-31,54.22,,CNY/t,exact,bb54ef95-08f3-31fd-82bc-c6602c0f2739,seee-2021-annual-report,2021 annual report of the national carbon market,,,
            2022-12-30,2022-12-30,day,2022-12-30,55.00,,CNY/t,exact,e4e824f7-5988-3a40-a570-092836b9443d,chinanews-2022-ets-closing-price,National carbon market closing price on the last trading day of 2022,,,
            """;

    public static final String SERIES_PAGE = """
            {
              "items": [
                {
                  "period": {
                    "start": "2021-12-31",
                    "end": "2021-12-31",
                    "precision": "day",
                    "label": "2021-12-31"
                  },
                  "value": 54.22,
                  "valueText": null,
                  "unit": "CNY/t",
                  "qualifier": "exact",
                  "factId": "bb54ef95-08f3-31fd-82bc-c6602c0f2739",
                  "source": {
                    "id": "seee-2021-annual-report",
                    "title": "2021 annual report of the national carbon market"
                  }
                },
                {
                  "period": {
                    "start": "2022-12-30",
                    "end": "2022-12-30",
                    "precision": "day",
                    "label": "2022-12-30"
                  },
                  "value": 55.0,
                  "valueText": null,
                  "unit": "CNY/t",
                  "qualifier": "exact",
                  "factId": "e4e824f7-5988-3a40-a570-092836b9443d",
                  "source": {
                    "id": "chinanews-2022-ets-closing-price",
                    "title": "National carbon market closing price on the last trading day of 2022"
                  }
                }
              ],
              "page": 1,
              "size": 2,
              "totalElements": 4,
              "totalPages": 2
            }
            """;

    public static final String SERIES_POINT = """
            {
              "time": "state",
              "period": {
                "start": "2024-12-31",
                "end": "2024-12-31",
                "precision": "day",
                "label": "2024-12-31",
                "inferred": false,
                "basis": null
              },
              "value": 97.49,
              "valueText": null,
              "unit": "CNY/t",
              "qualifier": "exact",
              "roundedTo": 0.01,
              "baseline": null,
              "scope": null,
              "factId": "14d7425b-c43e-3216-b4f6-b7e6892be801",
              "source": {
                "id": "xinhua-2025-01-03-ets-2024",
                "title": "National carbon market: the 2023 compliance cycle and 2024 trading"
              }
            }
            """;

    public static final String MARKET = """
            {
              "id": "cn-ets",
              "name": "China national emissions trading scheme",
              "region": "CN",
              "indicators": {
                "launchDate": {
                  "metric": "ets.launch-date",
                  "value": null,
                  "valueText": "2021-07-16",
                  "unit": "date",
                  "qualifier": "exact",
                  "asOf": "2021-07-16",
                  "scope": null,
                  "factId": "360dd54c-a917-3c2f-bd58-d452a412cb2f",
                  "source": {
                    "id": "xinhua-2021-07-16-ets-launch",
                    "title": "China's national carbon market starts online trading"
                  }
                },
                "latestClosingPrice": {
                  "metric": "ets.price.close-year-end",
                  "value": 97.49,
                  "valueText": null,
                  "unit": "CNY/t",
                  "qualifier": "exact",
                  "asOf": "2024-12-31",
                  "scope": null,
                  "factId": "14d7425b-c43e-3216-b4f6-b7e6892be801",
                  "source": {
                    "id": "xinhua-2025-01-03-ets-2024",
                    "title": "National carbon market: the 2023 compliance cycle and 2024 trading"
                  }
                },
                "cumulativeVolume": {
                  "metric": "ets.volume.cumulative",
                  "value": 696000000,
                  "valueText": null,
                  "unit": "t",
                  "qualifier": "exact",
                  "asOf": "2025-08-31",
                  "scope": null,
                  "factId": "a59b0c5f-a5a1-32a3-80eb-0053589f1242",
                  "source": {
                    "id": "jiefang-daily-2025-09-25-ets",
                    "title": "National carbon market cumulative trading to 31 August 2025"
                  }
                },
                "cumulativeTurnover": {
                  "metric": "ets.turnover.cumulative",
                  "value": 47826000000,
                  "valueText": null,
                  "unit": "CNY",
                  "qualifier": "exact",
                  "asOf": "2025-08-31",
                  "scope": null,
                  "factId": "020a26fa-c15e-3310-a7c7-94b41d3ec1ef",
                  "source": {
                    "id": "jiefang-daily-2025-09-25-ets",
                    "title": "National carbon market cumulative trading to 31 August 2025"
                  }
                },
                "coveredEmissions": {
                  "metric": "ets.coverage.annual-emissions",
                  "value": 5200000000,
                  "valueText": null,
                  "unit": "t CO2/year",
                  "qualifier": "about",
                  "asOf": "2023-12-31",
                  "scope": "2023 allowance year",
                  "factId": "00ee20f4-ea86-33f4-ac50-0d5c34da9493",
                  "source": {
                    "id": "xinhua-2025-01-03-ets-2024",
                    "title": "National carbon market: the 2023 compliance cycle and 2024 trading"
                  }
                },
                "entities": {
                  "metric": "ets.coverage.entities",
                  "value": 2096,
                  "valueText": null,
                  "unit": "entities",
                  "qualifier": "exact",
                  "asOf": "2023-12-31",
                  "scope": "2023 allowance year",
                  "factId": "a15f59fd-bcb3-3fa3-a2a4-714f3914d025",
                  "source": {
                    "id": "xinhua-2025-01-03-ets-2024",
                    "title": "National carbon market: the 2023 compliance cycle and 2024 trading"
                  }
                },
                "coverageShare": {
                  "metric": "ets.coverage.national-share",
                  "value": 60,
                  "valueText": null,
                  "unit": "%",
                  "qualifier": "more_than",
                  "asOf": "2025-03-31",
                  "scope": "after the 2025 expansion to steel, cement and aluminium smelting",
                  "factId": "7e1fb60e-8f49-3571-bfcd-efc2334bf2c7",
                  "source": {
                    "id": "mee-2025-03-ets-expansion",
                    "title": "Work plan for expanding the national carbon market to steel, cement and aluminium smelting"
                  }
                }
              },
              "scopesDiffer": true
            }
            """;

    public static final String MARKET_PAGE = "{\"items\": [" + MARKET + "], \"page\": 1, \"size\": 1, \"totalElements\": 16, \"totalPages\": 16}";


    public static final String MARKET_CSV = """
            id,name,region,indicators
            cn-ets,China national emissions trading scheme,CN,"{""launchDate"":{""metric"":""ets.launch-date"",""value"":null,""valueText"":""2021-07-16"",""unit"":""date"",""qualifier"":""exact"",""asOf"":""2021-07-16"",""factId"":""360dd54c-a917-3c2f-bd58-d452a412cb2f"",""source"":{""id"":""xinhua-2021-07-16-ets-launch"",""title"":""China's national carbon market starts online trading""}},""latestClosingPrice"":{""metric"":""ets.price.close-year-end"",""value"":97.49,""valueText"":null,""unit"":""CNY/t"",""qualifier"":""exact"",""asOf"":""2024-12-31"",""factId"":""14d7425b-c43e-3216-b4f6-b7e6892be801"",""source"":{""id"":""xinhua-2025-01-03-ets-2024"",""title"":""National carbon market: the 2023 compliance cycle and 2024 trading""}},""cumulativeVolume"":{""metric"":""ets.volume.cumulative"",""value"":696000000,""valueText"":null,""unit"":""t"",""qualifier"":""exact"",""asOf"":""2025-08-31"",""factId"":""a59b0c5f-a5a1-32a3-80eb-0053589f1242"",""source"":{""id"":""jiefang-daily-2025-09-25-ets"",""title"":""National carbon market cumulative trading to 31 August 2025""}},""cumulativeTurnover"":{""metric"":""ets.turnover.cumulative"",""value"":47826000000,""valueText"":null,""unit"":""CNY"",""qualifier"":""exact"",""asOf"":""2025-08-31"",""factId"":""020a26fa-c15e-3310-a7c7-94b41d3ec1ef"",""source"":{""id"":""jiefang-daily-2025-09-25-ets"",""title"":""National carbon market cumulative trading to 31 August 2025""}},""coveredEmissions"":{""metric"":""ets.coverage.annual-emissions"",""value"":5200000000,""valueText"":null,""unit"":""t CO2/year"",""qualifier"":""about"",""asOf"":""2024-12-31"",""factId"":""00ee20f4-ea86-33f4-ac50-0d5c34da9493"",""source"":{""id"":""xinhua-2025-01-03-ets-2024"",""title"":""National carbon market: the 2023 compliance cycle and 2024 trading""}},""entities"":{""metric"":""ets.coverage.entities"",""value"":2096,""valueText"":null,""unit"":""entities"",""qualifier"":""exact"",""asOf"":""2023-12-31"",""factId"":""a15f59fd-bcb3-3fa3-a2a4-714f3914d025"",""source"":{""id"":""xinhua-2025-01-03-ets-2024"",""title"":""National carbon market: the 2023 compliance cycle and 2024 trading""}},""coverageShare"":{""metric"":""ets.coverage.national-share"",""value"":60,""valueText"":null,""unit"":""%"",""qualifier"":""more_than"",""asOf"":""2025-03-31"",""factId"":""7e1fb60e-8f49-3571-bfcd-efc2334bf2c7"",""source"":{""id"":""mee-2025-03-ets-expansion"",""title"":""Work plan for expanding the national carbon market to steel, cement and aluminium smelting""}}}"
            """;


    public static final String REVISION_CSV = """
            version,action,at,by,comment,changes
            1,updated,2026-12-01T10:30:00Z,alice,Clarified the period label,"[{""field"":""periodLabel"",""before"":""since the national market's launch; the article states no year"",""after"":""since the national market's launch in 2021; the article states no year""}]"
            """;
}
