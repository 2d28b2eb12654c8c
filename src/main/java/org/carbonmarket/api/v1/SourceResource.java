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
import java.time.Instant;
import org.carbonmarket.citation.Citation;
import org.carbonmarket.fact.FactQuery;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.Curators;
import org.carbonmarket.http.Language;
import org.carbonmarket.http.Versions;
import org.carbonmarket.source.SourceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The published documents that facts cite.")
public class SourceResource {

    private final SourceService sources;
    private final FactService facts;
    private final CuratedEndpoints curated;
    private final Pages pages;
    private final Citations citations;

    @Context
    HttpHeaders headers;

    SourceResource(SourceService sources, FactService facts, CuratedEndpoints curated, Pages pages, Citations citations) {
        this.pages = pages;
        this.citations = citations;
        this.sources = sources;
        this.facts = facts;
        this.curated = curated;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listSources", summary = "List sources", description = "Published sources ordered by id.")
    @APIResponse(responseCode = "200", ref = "SourcePage")
    public RestResponse<PageResponse<SourceResponse>> list(
            @Parameter(description = "Only sources changed after this instant, for polling clients, e.g. 2026-11-30T09:00:00Z.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedSince") String updatedSince,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        var params = new QueryParams();
        var since = params.instant("updatedSince", updatedSince);
        var window = pages.window(params, paging, uri);
        var at = params.asOf(asOf);
        params.validate();
        return pages.ok(sources.list(since, at, window).map(SourceResponse::from), uri);
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, Citation.BIBTEX, Citation.RIS, Citation.CSL_JSON})
    @Operation(operationId = "getSource", summary = "Get a source",
            description = "One source by its stable id, retired or not. The ETag is its version. " + Citations.OFFERED)
    @APIResponse(responseCode = "200", ref = "Source")
    public RestResponse<?> get(
            @Parameter(description = "The source's id.", example = "mee-qiushi-ecological-civilization") @PathParam("id") String id,
            @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        Instant at = QueryParams.at(asOf);
        var citation = citations.asked(headers);
        if (citation.isPresent()) {
            return citations.ofSource(citation.get(), id, at, uri);
        }
        return Versions.ok(SourceResponse.from(sources.get(id, at)));
    }

    @GET
    @Path("/{id}/facts")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listSourceFacts", summary = "List a source's facts",
            description = "The published facts that cite this source, by metric and period.")
    @APIResponse(responseCode = "200", ref = "FactPage")
    public RestResponse<PageResponse<FactResponse>> facts(
            @Parameter(description = "The source's id.", example = "mee-qiushi-ecological-civilization") @PathParam("id") String id,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        var params = new QueryParams();
        var window = pages.window(params, paging, uri);
        var at = params.asOf(asOf);
        params.validate();
        sources.requireExists(id, at);
        var view = View.of(Language.of(headers));
        return pages.ok(facts.list(FactQuery.ofSource(id), params.checks(), at, window)
                .map(fact -> FactResponse.from(fact, view)), uri);
    }

    @GET
    @Path("/{id}/revisions")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listSourceRevisions", summary = "List a source's revisions",
            description = "Every version of the source, oldest first: who wrote it, when, why, and each field's value before and after.")
    @APIResponse(responseCode = "200", ref = "RevisionPage")
    public RestResponse<PageResponse<RevisionResponse>> revisions(
            @Parameter(description = "The source's id.", example = "mee-qiushi-ecological-civilization") @PathParam("id") String id,
            @BeanParam PageParams paging, @BeanParam AsOfParam asOf, @Context UriInfo uri) {
        return curated.revisions(sources, id, paging, asOf, uri);
    }

    @POST
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "createSource", summary = "Create a source",
            description = "Adds a source that facts can cite; an id in use is a 409.")
    @APIResponse(responseCode = "201", ref = "Source", description = "Created; Location and ETag name it.")
    public RestResponse<SourceResponse> create(SourceRequest request, @Context UriInfo uri) {
        return curated.create(sources, request, uri, SourceResponse::from);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "replaceSource", summary = "Replace a source",
            description = "Replaces every writable field; the id in the body must be the path's. If-Match must carry the "
                    + "ETag of the version the change is based on: without it 428, with a stale one 412.")
    @APIResponse(responseCode = "200", ref = "Source")
    public RestResponse<SourceResponse> replace(
            @Parameter(description = "The source's id.", example = "mee-qiushi-ecological-civilization") @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SourceRequest request, @Context UriInfo uri) {
        return curated.replace(sources, id, ifMatch, request, uri, SourceResponse::from);
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Curators.ROLE)
    @Operation(operationId = "retireSource", summary = "Retire a source",
            description = "Takes a source that no published fact cites out of the lists (409 while facts cite it); "
                    + "it stays readable by id. If-Match is required.")
    @APIResponse(responseCode = "200", ref = "Source")
    public RestResponse<SourceResponse> retire(
            @Parameter(description = "The source's id.", example = "mee-qiushi-ecological-civilization") @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            RetireRequest request, @Context UriInfo uri) {
        return curated.retire(sources, id, ifMatch, request, uri, SourceResponse::from);
    }

}
