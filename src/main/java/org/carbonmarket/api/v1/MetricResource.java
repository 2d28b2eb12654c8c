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
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.fact.FactQuery;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.Curators;
import org.carbonmarket.http.Language;
import org.carbonmarket.http.Versions;
import org.carbonmarket.metric.MetricDetails;
import org.carbonmarket.metric.MetricService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The catalogue of what is measured.")
public class MetricResource {

    private final MetricService metrics;
    private final FactService facts;
    private final CuratedEndpoints curated;
    private final Pages pages;

    @Context
    HttpHeaders headers;

    MetricResource(MetricService metrics, FactService facts, CuratedEndpoints curated, Pages pages) {
        this.pages = pages;
        this.metrics = metrics;
        this.facts = facts;
        this.curated = curated;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listMetrics", summary = "List metrics",
            description = "Published metrics ordered by code, optionally of one topic. "
            + "Names and descriptions follow Accept-Language (English, or Simplified Chinese for zh).")
    @APIResponse(responseCode = "200", ref = "MetricPage")
    public RestResponse<PageResponse<MetricResponse>> list(
            @Parameter(description = "Topic code.", example = "air") @QueryParam("topic") String topic,
            @Parameter(description = "Only metrics changed after this instant, for polling clients, e.g. 2026-11-30T09:00:00Z.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedSince") String updatedSince,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        var params = new QueryParams();
        var since = params.instant("updatedSince", updatedSince);
        var window = pages.window(params, paging, uri);
        var at = params.asOf(asOf);
        var language = Language.of(headers);
        return pages.ok(metrics.list(QueryParams.blankToNull(topic), since, params.checks(), at, window)
                .map(metric -> MetricResponse.from(metric, language)), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMetric", summary = "Get a metric",
            description = "One metric by its stable code, retired or not. The ETag is its version.")
    @APIResponse(responseCode = "200", ref = "Metric")
    public RestResponse<MetricResponse> get(
            @Parameter(description = "The metric's code.", example = "land.forest-coverage") @PathParam("code") String code,
            @BeanParam AsOfParam asOf) {
        return Versions.ok(represent(metrics.get(code, QueryParams.at(asOf))));
    }

    @GET
    @Path("/{code}/facts")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listMetricFacts", summary = "List a metric's facts",
            description = "The metric's published facts ordered by period, earliest first, from every source and region: "
                    + "where two sources give the same figure, both are here side by side.")
    @APIResponse(responseCode = "200", ref = "FactPage")
    public RestResponse<PageResponse<FactResponse>> facts(
            @Parameter(description = "The metric's code.", example = "ets.coverage.annual-emissions") @PathParam("code") String code,
            @BeanParam UnitParam unit,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        var params = new QueryParams();
        var view = new View(Language.of(headers), params.unit(unit.unit));
        var window = pages.window(params, paging, uri);
        var at = params.asOf(asOf);
        params.validate();
        metrics.requireExists(code, at);
        return pages.ok(facts.list(FactQuery.ofMetric(code), params.checks(), at, window)
                .map(fact -> FactResponse.from(fact, view)), uri);
    }

    @GET
    @Path("/{code}/regions")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listMetricRegions", summary = "List a metric's regions",
            description = "The regions that the metric's published facts name, ordered by code, each with how many facts "
                    + "and the days their periods span: where the metric has a series, and how long it is.")
    @APIResponse(responseCode = "200", ref = "MetricRegionPage")
    public RestResponse<PageResponse<MetricRegionResponse>> regions(
            @Parameter(description = "The metric's code.", example = "ets.price.close-year-end") @PathParam("code") String code,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        var listing = pages.listing(paging, asOf, uri);
        var language = Language.of(headers);
        return pages.ok(facts.regions(code, listing.at(), listing.window()).map(region -> MetricRegionResponse.from(region, language)), uri);
    }

    @GET
    @Path("/{code}/series")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "getMetricSeries", summary = "Get a metric's series",
            description = "The metric's values in one region, one point per period, earliest first, each with its fact and "
                    + "source: ready to chart. Where several sources give the same period, the point is the most recently "
                    + "published source's (all of them are in /facts). All points are measured against one baseline: a "
                    + "series whose facts have several asks for `baseline`, so that no line joins values of different ones.")
    @APIResponse(responseCode = "200", ref = "SeriesPage")
    public RestResponse<PageResponse<SeriesPoint>> series(
            @Parameter(description = "The metric's code.", example = "ets.price.close-year-end") @PathParam("code") String code,
            @BeanParam SeriesParams series, @BeanParam UnitParam unit, @BeanParam SeriesPageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        var params = new QueryParams();
        var query = series.query(code, params);
        var view = new View(Language.of(headers), params.unit(unit.unit));
        var window = pages.window(params, paging, uri);
        var at = params.asOf(asOf);
        return pages.ok(facts.series(query, params.checks(), at, window)
                .map(fact -> SeriesPoint.from(fact, view)), uri);
    }

    @GET
    @Path("/{code}/series/latest")
    @Operation(operationId = "getLatestMetricPoint", summary = "Get a metric's latest point",
            description = "The point of the series with the latest period, as the World Bank API's mrv=1 gives it.")
    @APIResponse(responseCode = "200", ref = "SeriesPoint")
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No metric has this code, or it has no value in this region.")
    public SeriesPoint latest(
            @Parameter(description = "The metric's code.", example = "ets.price.close-year-end") @PathParam("code") String code,
            @BeanParam SeriesParams series, @BeanParam UnitParam unit, @BeanParam AsOfParam asOf) {
        var params = new QueryParams();
        var query = series.query(code, params);
        var view = new View(Language.of(headers), params.unit(unit.unit));
        var at = params.asOf(asOf);
        return facts.latest(query, params.checks(), at).map(fact -> SeriesPoint.from(fact, view))
                .orElseThrow(() -> new NotFoundException("value of metric '" + code + "' in region", query.region()));
    }

    @GET
    @Path("/{code}/revisions")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listMetricRevisions", summary = "List a metric's revisions",
            description = "Every version of the metric, oldest first: who wrote it, when, why, and each field's value before and after.")
    @APIResponse(responseCode = "200", ref = "RevisionPage")
    public RestResponse<PageResponse<RevisionResponse>> revisions(
            @Parameter(description = "The metric's code.", example = "land.forest-coverage") @PathParam("code") String code,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        return curated.revisions(metrics, code, paging, asOf, uri);
    }

    @POST
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "createMetric", summary = "Create a metric",
            description = "Adds a metric to the catalogue; a code in use is a 409.")
    @APIResponse(responseCode = "201", ref = "Metric", description = "Created; Location and ETag name it.")
    public RestResponse<MetricResponse> create(MetricRequest request, @Context UriInfo uri) {
        return curated.create(metrics, request, uri, this::represent);
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "replaceMetric", summary = "Replace a metric",
            description = "Replaces every writable field; the code in the body must be the path's. If-Match must carry the "
                    + "ETag of the version the change is based on: without it 428, with a stale one 412.")
    @APIResponse(responseCode = "200", ref = "Metric")
    public RestResponse<MetricResponse> replace(
            @Parameter(description = "The metric's code.", example = "land.forest-coverage") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MetricRequest request, @Context UriInfo uri) {
        return curated.replace(metrics, code, ifMatch, request, uri, this::represent);
    }

    @POST
    @Path("/{code}/retire")
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "retireMetric", summary = "Retire a metric",
            description = "Takes a metric that no published fact uses out of the catalogue's lists (409 while facts use it); "
                    + "it stays readable by code. If-Match is required.")
    @APIResponse(responseCode = "200", ref = "Metric")
    public RestResponse<MetricResponse> retire(
            @Parameter(description = "The metric's code.", example = "land.forest-coverage") @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RetireRequest request, @Context UriInfo uri) {
        return curated.retire(metrics, code, ifMatch, request, uri, this::represent);
    }

    private MetricResponse represent(MetricDetails metric) {
        return MetricResponse.from(metric, Language.of(headers));
    }

}
