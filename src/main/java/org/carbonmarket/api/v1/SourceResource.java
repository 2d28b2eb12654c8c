package org.carbonmarket.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.carbonmarket.api.error.Problem;
import org.carbonmarket.fact.FactQuery;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.source.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The published documents that facts cite.")
public class SourceResource {

    private final SourceService sources;
    private final FactService facts;

    SourceResource(SourceService sources, FactService facts) {
        this.sources = sources;
        this.facts = facts;
    }

    @GET
    @Operation(summary = "List sources", description = "Sources ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of sources; Link headers name the neighbouring pages.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageResponse.SourcePage.class),
                    examples = @ExampleObject(name = "sources", value = Examples.SOURCE_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-parameters", value = Examples.BAD_REQUEST)))
    public RestResponse<PageResponse<SourceResponse>> list(@BeanParam PageParams paging, @Context UriInfo uri) {
        var params = new QueryParams();
        var page = params.paging(paging);
        params.validate();
        return PageLinks.ok(sources.list(page.page(), page.size(), SourceResponse::from), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a source", description = "One source by its stable id.")
    @APIResponse(responseCode = "200", description = "The source.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceResponse.class),
                    examples = @ExampleObject(name = "source", value = Examples.SOURCE)))
    @APIResponse(responseCode = "404", description = "No source has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceResponse get(
            @Parameter(description = "The source's id.", example = "mee-qiushi-ecological-civilization") @PathParam("id") String id) {
        return sources.get(id, SourceResponse::from);
    }

    @GET
    @Path("/{id}/facts")
    @Operation(summary = "List a source's facts", description = "The published facts that cite this source, by metric and period.")
    @APIResponse(responseCode = "200", description = "A page of the source's facts.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageResponse.FactPage.class),
                    examples = @ExampleObject(name = "facts", value = Examples.FACT_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid; `errors` names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-parameters", value = Examples.BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "No source has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PageResponse<FactResponse>> facts(
            @Parameter(description = "The source's id.", example = "mee-qiushi-ecological-civilization") @PathParam("id") String id,
            @BeanParam PageParams paging,
            @Context UriInfo uri) {
        var params = new QueryParams();
        var page = params.paging(paging);
        params.validate();
        sources.requireExists(id);
        return PageLinks.ok(facts.list(FactQuery.ofSource(id), page.page(), page.size(), FactResponse::from), uri);
    }
}
