package org.carbonmarket.api.v1;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.carbonmarket.api.v1.openapi.Examples;
import org.carbonmarket.citation.Citation;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.fact.FactDetails;
import org.carbonmarket.fact.FactQuery;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.fact.FactSort;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.Curators;
import org.carbonmarket.http.Language;
import org.carbonmarket.http.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facts", description = "Published values of metrics, each with its source and verbatim quote.")
public class FactResource {

    private final FactService facts;
    private final CuratedEndpoints curated;
    private final Pages pages;
    private final Citations citations;

    @Context
    HttpHeaders headers;

    FactResource(FactService facts, CuratedEndpoints curated, Pages pages, Citations citations) {
        this.pages = pages;
        this.citations = citations;
        this.facts = facts;
        this.curated = curated;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listFacts", summary = "List facts",
            description = "Published facts, filtered, sorted and paginated. Filters combine with AND. "
                    + "`from`/`to` keep facts whose period overlaps that range. Link headers point at the first, "
                    + "previous, next and last pages. With `asOf`, the answer is the one this request got at that instant. "
                    + "`Accept: text/csv` answers the same page as RFC 4180 CSV.")
    @APIResponse(responseCode = "200", ref = "FactPage")
    public RestResponse<PageResponse<FactResponse>> list(
            @Parameter(description = "Topic code.", example = "carbon-market") @QueryParam("topic") String topic,
            @Parameter(description = "Metric code.", example = "ets.coverage.annual-emissions") @QueryParam("metric") String metric,
            @Parameter(description = "ISO 3166 region code.", example = "CN",
                    schema = @Schema(type = SchemaType.STRING, pattern = Checks.REGION_REGEX))
            @QueryParam("region") String region,
            @Parameter(description = "Source id.", example = "mee-qiushi-ecological-civilization") @QueryParam("source") String source,
            @Parameter(description = "Keep facts whose period ends on or after this date.", example = "2020-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Keep facts whose period starts on or before this date.", example = "2023-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Full-text search (PostgreSQL, English stemming, web-search syntax: \"quoted phrases\", "
                    + "or, -excluded) over quotes, metric names and descriptions, and source titles. Sorted by relevance "
                    + "unless `sort` says otherwise. Relevance ranks at most the first 10,001 matches the indexes find: "
                    + "beyond 10,000, `totalRelation` is `gte` and the ranking covers those.", example = "carbon market",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("q") String q,
            @Parameter(description = "Comma-separated sort fields, each descending when prefixed with '-': "
                    + "period, value, metric, region, source, updated, relevance (with q only). Default: relevance with q, "
                    + "else metric, then period.", example = "-period,metric") @QueryParam("sort") String sort,
            @Parameter(description = "Only facts changed after this instant, for polling clients, e.g. 2026-11-30T09:00:00Z.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedSince") String updatedSince,
            @BeanParam UnitParam unit,
            @BeanParam PageParams paging,
            @BeanParam AsOfParam asOf,
            @Context UriInfo uri) {
        var params = new QueryParams();
        var query = new FactQuery(QueryParams.blankToNull(topic), QueryParams.blankToNull(metric),
                params.region(QueryParams.blankToNull(region)), QueryParams.blankToNull(source), params.date("from", from),
                params.date("to", to), params.text("q", q, 200), params.instant("updatedSince", updatedSince), params.sort(sort));
        params.range(query.from(), query.to());
        params.require(query.text() != null || query.sort().stream().noneMatch(o -> o.field() == FactSort.RELEVANCE),
                "sort", "relevance needs q");
        var view = new View(Language.of(headers), params.unit(unit.unit));
        params.require(view.unit() == null || query.metric() != null, "unit", "needs metric: values convert within one metric");
        var window = pages.window(params, paging, uri);
        var at = params.asOf(asOf);
        return pages.ok(facts.list(query, params.checks(), at, window).map(fact -> FactResponse.from(fact, view)), uri);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Citation.BIBTEX, Citation.RIS, Citation.CSL_JSON})
    @Operation(operationId = "getFact", summary = "Get a fact",
            description = "One fact by its stable id, retired or not. The ETag is its version. " + Citations.OFFERED)
    @APIResponse(responseCode = "200", ref = "Fact")
    public RestResponse<?> get(@Parameter(description = "The fact's id (a UUID).", example = Examples.FACT_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @BeanParam UnitParam unit,
            @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        var params = new QueryParams();
        var view = new View(Language.of(headers), params.unit(unit.unit));
        var at = params.asOf(asOf);
        params.validate();
        var citation = citations.asked(headers);
        if (citation.isPresent()) {
            return citations.ofFact(citation.get(), parseId(id), at, uri);
        }
        return Versions.ok(FactResponse.from(facts.get(parseId(id), at), view));
    }

    @GET
    @Path("/{id}/revisions")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listFactRevisions", summary = "List a fact's revisions",
            description = "Every version of the fact, oldest first: who wrote it, when, why, and each field's value before and after.")
    @APIResponse(responseCode = "200", ref = "RevisionPage")
    public RestResponse<PageResponse<RevisionResponse>> revisions(@Parameter(description = "The fact's id (a UUID).", example = Examples.FACT_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        return curated.revisions(facts, parseId(id), paging, asOf, uri);
    }

    @POST
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "createFact", summary = "Create a fact",
            description = "Adds a fact. Its id is derived from its source, metric, region and period, and never changes, "
                    + "even when a replacement changes those four; a second fact with the same four is a 409.")
    @APIResponse(responseCode = "201", ref = "Fact", description = "Created; Location and ETag name it.")
    public RestResponse<FactResponse> create(FactRequest request, @Context UriInfo uri) {
        return curated.create(facts, request, uri, this::represent);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "replaceFact", summary = "Replace a fact",
            description = "Replaces every writable field of the fact. If-Match must carry the ETag of the version the change "
                    + "is based on: without it the answer is 428, with a stale one 412. An identical body changes nothing.")
    @APIResponse(responseCode = "200", ref = "Fact")
    public RestResponse<FactResponse> replace(@Parameter(description = "The fact's id (a UUID).", example = Examples.FACT_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, 
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            FactRequest request, @Context UriInfo uri) {
        return curated.replace(facts, parseId(id), ifMatch, request, uri, this::represent);
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "retireFact", summary = "Retire a fact",
            description = "Takes the fact out of default reads; it stays readable by id with status `retired` and its reason. "
                    + "Facts are never deleted. If-Match is required as for a replacement.")
    @APIResponse(responseCode = "200", ref = "Fact")
    public RestResponse<FactResponse> retire(@Parameter(description = "The fact's id (a UUID).", example = Examples.FACT_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id, 
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RetireRequest request, @Context UriInfo uri) {
        return curated.retire(facts, parseId(id), ifMatch, request, uri, this::represent);
    }

    private FactResponse represent(FactDetails fact) {
        return FactResponse.from(fact, View.of(Language.of(headers)));
    }


    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("fact", id);
        }
    }
}
