package org.carbonmarket.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.Language;
import org.carbonmarket.region.RegionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions", description = "The regions that facts name, former states and their successors included.")
public class RegionResource {

    private final RegionService regions;
    private final Pages pages;

    @Context
    HttpHeaders headers;

    RegionResource(RegionService regions, Pages pages) {
        this.pages = pages;
        this.regions = regions;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "The regions catalogue ordered by code: ISO 3166 countries and subdivisions, former states "
                    + "(ISO 3166-3) and user-assigned codes, with their names, validity, predecessors and successors. "
                    + "It is reference data without history: `asOf` is checked but every region is answered.")
    @APIResponse(responseCode = "200", ref = "RegionPage")
    public RestResponse<PageResponse<RegionResponse>> list(@BeanParam PageParams paging, @BeanParam AsOfParam asOf,
            @Context UriInfo uri) {
        var listing = pages.listing(paging, asOf, uri);
        var language = Language.of(headers);
        return pages.ok(regions.list(listing.window()).map(region -> RegionResponse.from(region, language)), uri);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRegion", summary = "Get a region", description = "One region by its code.")
    @APIResponse(responseCode = "200", ref = "Region")
    public RegionResponse get(@Parameter(description = "The region's code.", example = "SUHH") @PathParam("code") String code,
            @BeanParam AsOfParam asOf) {
        QueryParams.at(asOf);
        return RegionResponse.from(regions.get(code), Language.of(headers));
    }
}
