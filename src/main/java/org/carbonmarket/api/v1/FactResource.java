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
import java.util.UUID;
import org.carbonmarket.api.error.Problem;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.fact.FactQuery;
import org.carbonmarket.fact.FactService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/facts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Facts", description = "Published values of metrics, each with its source and verbatim quote.")
public class FactResource {

    private final FactService facts;

    FactResource(FactService facts) {
        this.facts = facts;
    }

    @GET
    @Operation(summary = "List facts",
            description = "Published facts, filtered, sorted and paginated. Filters combine with AND. "
                    + "`from`/`to` keep facts whose period overlaps that range. Link headers point at the first, "
                    + "previous, next and last pages.")
    @APIResponse(responseCode = "200", description = "A page of facts; Link headers name the neighbouring pages.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageResponse.FactPage.class),
                    examples = @ExampleObject(name = "facts", value = Examples.FACT_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-parameters", value = Examples.BAD_REQUEST)))
    public RestResponse<PageResponse<FactResponse>> list(
            @Parameter(description = "Topic code.", example = "carbon-market") @QueryParam("topic") String topic,
            @Parameter(description = "Metric code.", example = "ets.coverage.annual-emissions") @QueryParam("metric") String metric,
            @Parameter(description = "ISO 3166 region code.", example = "CN",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{2}(-[A-Z0-9]{1,3})?$"))
            @QueryParam("region") String region,
            @Parameter(description = "Source id.", example = "mee-qiushi-ecological-civilization") @QueryParam("source") String source,
            @Parameter(description = "Keep facts whose period ends on or after this date.", example = "2020-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Keep facts whose period starts on or before this date.", example = "2023-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Text to find in quotes and metric names and descriptions, case-insensitive.",
                    example = "forest", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("q") String q,
            @Parameter(description = "Comma-separated sort fields, each descending when prefixed with '-': "
                    + "period, value, metric, region, source, updated. Default: metric, then period.",
                    example = "-period,metric") @QueryParam("sort") String sort,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        var params = new QueryParams();
        var query = new FactQuery(QueryParams.blankToNull(topic), QueryParams.blankToNull(metric), params.region(QueryParams.blankToNull(region)),
                QueryParams.blankToNull(source), params.date("from", from), params.date("to", to), params.text("q", q, 200),
                params.sort(sort));
        params.range(query.from(), query.to());
        var page = params.paging(paging);
        params.validate();
        return PageLinks.ok(facts.list(query, page.page(), page.size(), FactResponse::from), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a fact", description = "One fact by its stable id.")
    @APIResponse(responseCode = "200", description = "The fact.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactResponse.class),
                    examples = @ExampleObject(name = "fact", value = Examples.FACT)))
    @APIResponse(responseCode = "404", description = "No fact has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.NOT_FOUND)))
    public FactResponse get(
            @Parameter(description = "The fact's id (a UUID).", example = Examples.FACT_ID,
                    schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id) {
        return facts.get(parseId(id), FactResponse::from);
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("fact", id);
        }
    }
}
