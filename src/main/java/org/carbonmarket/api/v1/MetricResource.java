package org.carbonmarket.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.carbonmarket.api.error.Problem;
import org.carbonmarket.fact.FactQuery;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.metric.MetricService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The catalogue of what is measured.")
public class MetricResource {

    private final MetricService metrics;
    private final FactService facts;

    MetricResource(MetricService metrics, FactService facts) {
        this.metrics = metrics;
        this.facts = facts;
    }

    @GET
    @Operation(summary = "List metrics", description = "Metrics ordered by code, optionally of one topic.")
    @APIResponse(responseCode = "200", description = "A page of metrics; Link headers name the neighbouring pages.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageResponse.MetricPage.class),
                    examples = @ExampleObject(name = "metrics", value = Examples.METRIC_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-parameters", value = Examples.BAD_REQUEST)))
    public RestResponse<PageResponse<MetricResponse>> list(
            @Parameter(description = "Topic code.", example = "air") @QueryParam("topic") String topic,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        var params = new QueryParams();
        var page = params.paging(paging);
        params.validate();
        return PageLinks.ok(metrics.list(QueryParams.blankToNull(topic), page.page(), page.size(), MetricResponse::from), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Get a metric", description = "One metric by its stable code.")
    @APIResponse(responseCode = "200", description = "The metric.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricResponse.class),
                    examples = @ExampleObject(name = "metric", value = Examples.METRIC)))
    @APIResponse(responseCode = "404", description = "No metric has this code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MetricResponse get(
            @Parameter(description = "The metric's code.", example = "land.forest-coverage") @PathParam("code") String code) {
        return metrics.get(code, MetricResponse::from);
    }

    @GET
    @Path("/{code}/facts")
    @Operation(summary = "List a metric's facts (its series)",
            description = "The metric's published facts ordered by period, earliest first, from every source and region.")
    @APIResponse(responseCode = "200", description = "A page of the metric's facts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageResponse.FactPage.class),
                    examples = @ExampleObject(name = "series", value = Examples.FACT_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-parameters", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "No metric has this code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PageResponse<FactResponse>> facts(
            @Parameter(description = "The metric's code.", example = "ets.coverage.annual-emissions") @PathParam("code") String code,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        var params = new QueryParams();
        var page = params.paging(paging);
        params.validate();
        metrics.requireExists(code);
        return PageLinks.ok(facts.list(FactQuery.ofMetric(code), page.page(), page.size(), FactResponse::from), uri);
    }
}
