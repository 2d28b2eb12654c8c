package org.carbonmarket.api.v1.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carbonmarket.api.error.Problem;
import org.carbonmarket.citation.CitationFormat;
import org.carbonmarket.http.ContentNegotiation;
import org.carbonmarket.http.Csv;
import org.carbonmarket.snapshot.SnapshotFormat;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the OpenAPI document, once here rather than on every operation and field:
 * <ul>
 * <li>the problem responses, each declared once under {@code components/responses} and referred to by every
 * operation that answers it: those that follow from an operation's shape (any operation: 406, 429, 500, 503; a
 * secured one: 401, 403, 409; one with query parameters: 400; with path parameters: 404; with a body: 400, 413,
 * 415; with If-Match: 412, 428) and any other an operation declares, such as an import's 422;</li>
 * <li>the headers of every answer (CORS, RateLimit of every counted request, Retry-After), declared once under
 * {@code components/headers};</li>
 * <li>the bounds that input validation and the schema enforce, on every string, integer and array;</li>
 * <li>the server: this deployment, wherever the document is served from.</li>
 * </ul>
 * An operation that wants its own wording of a problem refers to the shared response with a description of its
 * own: {@code @APIResponse(responseCode = "404", ref = "NotFound", description = "No fact has this id.")}.
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** The longest text any field holds: input checks refuse longer ones (see Checks.TEXT_MAX). */
    private static final long TEXT_MAX = 10_000;
    /** The most rows one import reports on, and so the longest list in any answer (imports' default max-rows). */
    private static final int LIST_MAX = 200_000;
    /** The longest citation: its dozen fields of at most TEXT_MAX characters. */
    private static final int CITATION_MAX = 12 * 10_000;
    /** The longest CSV page: 100 items of some 30 columns of at most TEXT_MAX characters. */
    private static final int CSV_PAGE_MAX = 100 * 30 * 10_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A problem response of components/responses: its name there and what it means; its example is {@code <name>.json}. */
    private record ProblemResponse(String name, String description) {
    }

    /**
     * By status, from {@code openapi/problems.json}. A client generator turns each into one error type, so their
     * descriptions fit every operation.
     */
    private static final Map<String, ProblemResponse> PROBLEMS = problems();

    /** The page schemas, each derived from "Page" (PageResponse.Doc) with the schema of its items. */
    private static final Map<String, String> PAGES = Map.of("FactPage", "Fact", "MetricPage", "Metric",
            "SourcePage", "Source", "TopicPage", "Topic", "RevisionPage", "Revision", "ImportPage", "ImportReport",
            "SeriesPage", "SeriesPoint", "RegionPage", "Region", "MarketPage", "Market", "MetricRegionPage", "MetricRegion");

    /** The file types an answer may be, by the extension of their example files. */
    private static final Map<String, String> FILE_EXTENSIONS = Map.of(Csv.MEDIA_TYPE, "csv", SnapshotFormat.JSON_LINES_TYPE, "jsonl");

    private static final String CORS = "Access-Control-Allow-Origin";
    private static final String RETRY_AFTER = "Retry-After";
    private static final List<String> RATE_LIMIT = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
            "RateLimit-Policy");
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This deployment (local, staging or production): the server that serves this document.")
                .addExtension("x-internal", false)));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        headers().forEach(components::addHeader);
        new TreeMap<>(PROBLEMS).forEach((status, problem) -> components.addResponse(problem.name(), problemResponse(status, problem)));
        SharedResponses.ALL.forEach(shared -> components.addResponse(shared.name(), sharedResponse(shared)));
        // The examples that operations refer to by name (@ExampleObject(ref = ...)).
        List.of("ImportDataset", "Import", "ImportDryRun").forEach(name -> components.addExample(name,
                OASFactory.createExample().value(parse(Examples.text(name + ".json")))));
        if (components.getSchemas() != null) {
            Schema page = components.getSchemas().get("Page");
            components.removeSchema("Page");
            new TreeMap<>(PAGES).forEach((name, item) -> components.addSchema(name, pageOf(page, item)));
            openAPI.getComponents().getSchemas().values().forEach(OpenApiDocumentFilter::bound);
            Schema change = openAPI.getComponents().getSchemas().get("FieldChange");
            if (change != null) {
                // Before and after hold whatever JSON the field holds: a string, a number, a list or null.
                change.addProperty("before", OASFactory.createSchema().description("The value before (null when created)."));
                change.addProperty("after", OASFactory.createSchema().description("The value after."));
                // Jackson's tree type, and the enum its schema refers to, describe nothing a client sees.
                openAPI.getComponents().removeSchema("JsonNode");
                openAPI.getComponents().removeSchema("JsonNodeType");
            }
            // Pages are described by their named schemas (FactPage, ...) in the shared responses; the generic
            // record that methods return gives a second, unreferenced schema per item type.
            List.copyOf(components.getSchemas().keySet()).stream().filter(name -> name.startsWith("PageResponse"))
                    .forEach(components::removeSchema);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().stream().map(PathItem::getGET).filter(Objects::nonNull)
                    .filter(get -> answersJsonAndCsv(get, components)).forEach(get -> get.addParameter(formatParameter()));
        }
    }

    /** Whether a read's 200 offers JSON and CSV, inline or through a shared response: the choice format makes. */
    private static boolean answersJsonAndCsv(Operation get, Components components) {
        APIResponse ok = get.getResponses() == null ? null : get.getResponses().getAPIResponse("200");
        if (ok != null && ok.getRef() != null && components.getResponses() != null) {
            ok = components.getResponses().get(ok.getRef().substring(ok.getRef().lastIndexOf('/') + 1));
        }
        return ok != null && ok.getContent() != null && ok.getContent().getMediaType(Csv.MEDIA_TYPE) != null
                && ok.getContent().getMediaType(MediaType.APPLICATION_JSON) != null;
    }

    /**
     * The parameter that stands for Accept in a link that a browser follows (ContentNegotiation). It has no example:
     * Swagger UI would send it with every request it tries, and answer CSV where Accept asks for JSON.
     */
    private static Parameter formatParameter() {
        return OASFactory.createParameter().name(ContentNegotiation.FORMAT).in(Parameter.In.QUERY)
                .description("The answer's type, in place of the Accept header, for a plain link: `csv` downloads the "
                        + "CSV that `Accept: text/csv` gives, `json` the JSON.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("json", "csv")));
    }

    /** The page schema with items of {@code item}'s schema. */
    private static Schema pageOf(Schema page, String item) {
        var properties = new LinkedHashMap<>(page.getProperties());
        Schema items = properties.get("items");
        properties.put("items", OASFactory.createSchema().type(items.getType()).description(items.getDescription())
                .items(OASFactory.createSchema().ref(item)));
        return OASFactory.createSchema().type(page.getType()).required(page.getRequired()).properties(properties);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Set<String> problems = new TreeSet<>(List.of("406", "429", "500", "503"));
        if (!secured) {
            // Reads need no token: say so explicitly, with the empty requirement.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        } else {
            problems.addAll(List.of("401", "403", "409"));
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            problems.add("400");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            problems.add("404");
        }
        if (operation.getRequestBody() != null) {
            problems.addAll(List.of("400", "413", "415"));
            exemplify(operation.getRequestBody());
        }
        var ifMatch = parameters.stream().filter(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equals(p.getName()))
                .findFirst().orElse(null);
        if (ifMatch != null) {
            ifMatch.required(true).description("The ETag of the version this change is based on.").example("\"0\"");
            problems.addAll(List.of("412", "428"));
        }
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses());
        // A shared answer keeps its own description unless the operation words it otherwise ("OK" is the scanner's).
        responses.values().stream().filter(response -> response.getRef() != null && "OK".equals(response.getDescription()))
                .forEach(response -> response.setDescription(null));
        responses.keySet().stream().filter(status -> status.startsWith("4") || status.startsWith("5")).forEach(problems::add);
        for (String status : problems) {
            // Quarkus adds bare 401 and 403 entries of its own; these and any other problem refer to the shared one.
            APIResponse declared = responses.get(status);
            if (declared == null || declared.getRef() == null) {
                responses.put(status, OASFactory.createAPIResponse().ref(problem(status).name()));
            }
        }
        operation.getResponses().setAPIResponses(responses);
        responses.forEach((status, response) -> {
            if (response.getRef() == null) {
                addHeaders(status, response);
                if (response.getContent() != null) {
                    response.getContent().getMediaTypes().values().forEach(media -> boundBody(media.getSchema()));
                    exemplifyFiles(operation.getOperationId(), response);
                }
            }
        });
        parameters.forEach(parameter -> bound(parameter.getSchema()));
        return operation;
    }

    private static Map<String, ProblemResponse> problems() {
        try {
            return JSON.readValue(Examples.class.getClassLoader().getResource("openapi/problems.json"),
                    new TypeReference<TreeMap<String, ProblemResponse>>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemResponse problem(String status) {
        ProblemResponse problem = PROBLEMS.get(status);
        if (problem == null) {
            throw new IllegalStateException("No shared problem response for status " + status + "; add one to PROBLEMS");
        }
        return problem;
    }

    private static APIResponse problemResponse(String status, ProblemResponse problem) {
        APIResponse response = OASFactory.createAPIResponse().description(problem.description())
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))
                                .addExample(problem.name(), OASFactory.createExample().value(parse(Examples.text(problem.name() + ".json"))))));
        addHeaders(status, response);
        if (status.equals("401")) {
            response.addHeader(WWW_AUTHENTICATE, OASFactory.createHeader().ref(WWW_AUTHENTICATE));
        }
        return response;
    }

    /** A success answer of components/responses: JSON, and CSV where it has a CSV example. */
    private static APIResponse sharedResponse(SharedResponses.Shared shared) {
        var content = OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(shared.schema()))
                .addExample(shared.name(), OASFactory.createExample().value(parse(shared.json()))));
        shared.csv().ifPresent(csv -> content.addMediaType(Csv.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(CSV_PAGE_MAX))
                .addExample(shared.name(), OASFactory.createExample().value(csv))));
        // A source's and a fact's citations (Fact.bib, Fact.ris, Fact.csl.json): text, and CSL-JSON's array of one item.
        for (CitationFormat format : CitationFormat.values()) {
            Examples.find(format.file(shared.name())).ifPresent(example -> content.addMediaType(format.mediaType(),
                    OASFactory.createMediaType().schema(format == CitationFormat.CSL_JSON
                                    ? OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(1)
                                            .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))
                                    : OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(CITATION_MAX))
                            .addExample(shared.name(), OASFactory.createExample().value(format == CitationFormat.CSL_JSON ? parse(example) : example))));
        }
        shared.events().ifPresent(events -> content.addMediaType(MediaType.SERVER_SENT_EVENTS, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(Integer.MAX_VALUE)
                        .description("A stream that stays open: it has no length."))
                .addExample(shared.name(), OASFactory.createExample().value(events))));
        APIResponse response = OASFactory.createAPIResponse().description(shared.description()).content(content);
        addHeaders("200", response);
        return response;
    }

    /**
     * Gives an operation's own answers that are files, not JSON, the examples of the files named after it
     * ({@code getSnapshotFile.csv}, {@code getSnapshotFile.jsonl}): an annotation's example would be read as JSON, and
     * of JSON Lines only the first line kept.
     */
    private static void exemplifyFiles(String operationId, APIResponse response) {
        FILE_EXTENSIONS.forEach((type, extension) -> {
            var media = response.getContent().getMediaType(type);
            if (media != null) {
                Examples.find(operationId + "." + extension).ifPresent(example ->
                        media.addExample(operationId, OASFactory.createExample().value(example)));
            }
        });
    }

    /** Gives a JSON request body the example of its schema, unless the operation gave one. */
    private static void exemplify(RequestBody body) {
        var json = body.getContent() == null ? null : body.getContent().getMediaType(MediaType.APPLICATION_JSON);
        if (json == null || json.getExamples() != null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return;
        }
        String schema = json.getSchema().getRef().substring(json.getSchema().getRef().lastIndexOf('/') + 1);
        Examples.find(schema + ".json").ifPresent(example -> json.addExample(schema, OASFactory.createExample().value(parse(example))));
    }

    /** The headers that every answer of this status carries, as references to components/headers. */
    private static void addHeaders(String status, APIResponse response) {
        response.addHeader(CORS, OASFactory.createHeader().ref(CORS));
        if (status.equals("429") || status.equals("503")) {
            response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
        }
        if (status.startsWith("2") || status.startsWith("4")) {
            // Absent on a verified curator's requests, which are not counted.
            RATE_LIMIT.forEach(name -> response.addHeader(name, OASFactory.createHeader().ref(name)));
        }
    }

    private static Map<String, Header> headers() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put(CORS, textHeader("Set for cross-origin requests (CORS).", 2000));
        headers.put(RETRY_AFTER, header("Seconds to wait before trying again.", 0, 86_400));
        headers.put("RateLimit-Limit", header("Requests this client may make per window.", 0, Integer.MAX_VALUE));
        headers.put("RateLimit-Remaining", header("Requests left in the current window.", 0, Integer.MAX_VALUE));
        headers.put("RateLimit-Reset", header("Seconds until the window ends.", 0, 86_400));
        headers.put("RateLimit-Policy", textHeader("The limit and its window in seconds, e.g. `1200;w=60`.", 100));
        headers.put(WWW_AUTHENTICATE, textHeader("The scheme to authenticate with: `Bearer realm=\"carbon-market-data-api\"`.", 200));
        return headers;
    }

    /** An example held as JSON text, as the value that the document shows (an object, not a string). */
    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An OpenAPI example is not JSON: " + json, e);
        }
    }

    private static Header textHeader(String description, int maxLength) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength));
    }

    /** A whole body given as text (a CSV page): at most a page of items of at most TEXT_MAX characters a field. */
    private static void boundBody(Schema schema) {
        if (schema != null && schema.getRef() == null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null) {
            schema.setMaxLength(CSV_PAGE_MAX);
        }
    }

    private static Header header(String description, long min, long max) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.valueOf(min))
                .maximum(java.math.BigDecimal.valueOf(max)));
    }

    /** Adds the bounds input validation enforces to a schema and everything in it that lacks them. */
    private static void bound(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            String format = schema.getFormat() == null ? "" : schema.getFormat();
            schema.setMaxLength((int) switch (format) {
                case "uuid" -> 36;
                case "date" -> 10;
                case "date-time" -> 35;
                default -> TEXT_MAX;
            });
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            if (schema.getMinimum() == null) {
                schema.setMinimum(java.math.BigDecimal.ZERO);
            }
            if (schema.getMaximum() == null) {
                schema.setMaximum(java.math.BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null) {
                schema.setMaxItems(LIST_MAX);
            }
            bound(schema.getItems());
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiDocumentFilter::bound);
        }
    }
}
